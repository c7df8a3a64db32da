package web

import (
	"fmt"
	"net/http"
	"slices"

	"crosscheck/internal/brief"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

type articleView struct {
	A          storage.StoredArticle
	Story      storage.Story
	Paragraphs [][]sentenceView
	// Claims are the briefing's facts this article states, in order.
	Claims []claimView
}

// sentenceView is one sentence of the cleaned text and the briefing
// facts it supports.
type sentenceView struct {
	Index int
	Text  string
	Facts []string // fact IDs
	Class string   // strongest status among them: agreed, some, one, conflict
}

type claimView struct {
	Fact      brief.Fact
	Class     string
	Sentences []int
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		return err
	}
	v := articleView{A: a}
	var b *brief.Briefing
	if a.Story != 0 {
		if v.Story, b, err = s.briefings.get(r.Context(), a.Story); err != nil {
			return err
		}
	}
	v.Paragraphs, v.Claims = highlight(a, b)
	title := a.Title
	if title == "" {
		title = fmt.Sprintf("Article %d", a.ID)
	}
	return s.render(w, http.StatusOK, "article", title, v)
}

// highlight splits the article into sentences the way the briefing
// counted them and marks each with the facts it supports, so a reader can
// see in the article itself the evidence behind every claim.
func highlight(a storage.StoredArticle, b *brief.Briefing) ([][]sentenceView, []claimView) {
	sentences := nlp.SplitSentences(a.Text)
	facts := make(map[int][]string)
	class := make(map[int]string)
	var claims []claimView
	rank := map[string]int{"": 0, "one": 1, "some": 2, "agreed": 3, "conflict": 4}
	if b != nil {
		conflicted := make(map[string]bool)
		for _, c := range b.Conflicts {
			conflicted[c.Fact] = true
		}
		for _, group := range []struct {
			class string
			facts []brief.Fact
		}{{"agreed", b.Agreed}, {"some", b.Partial}, {"one", b.Single}} {
			for _, f := range group.facts {
				cl := group.class
				if conflicted[f.ID] {
					cl = "conflict"
				}
				cv := claimView{Fact: f, Class: cl}
				for _, ref := range f.Refs {
					if ref.Article != a.ID || ref.Sentence < 0 || ref.Sentence >= len(sentences) {
						continue
					}
					cv.Sentences = append(cv.Sentences, ref.Sentence)
					if !slices.Contains(facts[ref.Sentence], f.ID) {
						facts[ref.Sentence] = append(facts[ref.Sentence], f.ID)
					}
					if rank[cl] > rank[class[ref.Sentence]] {
						class[ref.Sentence] = cl
					}
				}
				if len(cv.Sentences) > 0 {
					claims = append(claims, cv)
				}
			}
		}
	}
	var paras [][]sentenceView
	for _, sent := range sentences {
		for len(paras) <= sent.Paragraph {
			paras = append(paras, nil)
		}
		paras[sent.Paragraph] = append(paras[sent.Paragraph], sentenceView{
			Index: sent.Index, Text: sent.Text, Facts: facts[sent.Index], Class: class[sent.Index],
		})
	}
	return paras, claims
}

// sandboxPolicy is the policy of the original page: a unique origin, no
// scripts, no plugins, no requests anywhere, framed only by this site.
// Styles inline in the page may apply, so it stays readable.
const sandboxPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

// original serves the page an article was extracted from, as it was read.
// HTML is served under sandboxPolicy so the browser renders it with
// scripts and network access disabled; anything else is plain text.
func (s *Server) original(w http.ResponseWriter, r *http.Request) {
	s.page(func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		raw, kind, err := s.store.PageData(r.Context(), id)
		if err != nil {
			return err
		}
		h := w.Header()
		h.Set("Content-Security-Policy", sandboxPolicy)
		h.Set("X-Frame-Options", "SAMEORIGIN")
		h.Set("Cache-Control", "private, max-age=3600")
		if kind == "html" && r.URL.Query().Get("as") != "text" {
			h.Set("Content-Type", "text/html") // the page's own <meta charset> applies
		} else {
			h.Set("Content-Type", "text/plain; charset=utf-8")
		}
		_, err = w.Write(raw)
		return err
	})(w, r)
}
