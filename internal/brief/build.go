package brief

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
)

// SummaryWords bounds the briefing's summary.
const SummaryWords = 100

// minFactWords drops claims too short to state anything ("Photo: Reuters").
const minFactWords = 4

// Build writes the briefing of a story from its articles. dups maps the ID
// of each copy (an exact or near duplicate, a syndicated rewrite) to the
// article it copies: copies are listed with their outlet but count as no
// evidence. Articles without an ID are numbered after the highest ID given.
func Build(ctx context.Context, story Story, articles []article.Article, dups map[int64]int64) (*Briefing, error) {
	arts, err := numbered(articles)
	if err != nil {
		return nil, fmt.Errorf("briefing story %d: %w", story.ID, err)
	}
	s := newState(story, arts, dups)
	an, err := s.analyze(ctx)
	if err != nil {
		return nil, fmt.Errorf("briefing story %d: %w", story.ID, err)
	}
	s.assemble(an)
	return s.b, nil
}

// newState starts the briefing of arts: an empty briefing with every
// section present, dated by its earliest article.
func newState(story Story, arts []article.Article, dups map[int64]int64) *state {
	b := &Briefing{
		Schema:    SchemaVersion,
		Story:     story,
		Headline:  strings.TrimSpace(story.Title),
		Summary:   []SummarySentence{},
		Agreed:    []Fact{},
		Partial:   []Fact{},
		Single:    []Fact{},
		Conflicts: []Conflict{},
		Quotes:    []SpeakerQuotes{},
		Citations: []Citation{},
		Timeline:  []Event{},
		Outlets:   []Outlet{},
	}
	for _, a := range arts {
		if earlier(a.Published, b.Date) {
			b.Date = a.Published
		}
	}
	s := &state{b: b, arts: arts, dups: dups, byID: make(map[int64]int)}
	for i, a := range arts {
		s.byID[a.ID] = i
	}
	s.outlet = outletNames(arts)
	return s
}

// assemble writes every section of the briefing from the analysis.
func (s *state) assemble(an analysis) {
	s.an = an
	s.facts()
	s.headline()
	s.summary()
	s.quotes()
	s.citations()
	s.timeline()
	s.outlets()
}

// Documents prepares articles for Summarize the way Build does: sentences,
// and which sentences state the same claim and how many outlets report it.
// Copies should be left out by the caller.
func Documents(ctx context.Context, articles []article.Article) ([]Document, error) {
	arts, err := numbered(articles)
	if err != nil {
		return nil, err
	}
	s := newState(Story{}, arts, nil)
	an, err := s.analyze(ctx)
	if err != nil {
		return nil, err
	}
	s.an = an
	s.facts()
	docs, _ := s.documents()
	return docs, nil
}

// numbered returns the articles with an ID each, refusing duplicate IDs.
func numbered(articles []article.Article) ([]article.Article, error) {
	out := slices.Clone(articles)
	var next int64
	seen := make(map[int64]bool)
	for _, a := range out {
		if a.ID == 0 {
			continue
		}
		if seen[a.ID] {
			return nil, fmt.Errorf("article id %d given twice (%s)", a.ID, a.Origin)
		}
		seen[a.ID] = true
		next = max(next, a.ID)
	}
	for i := range out {
		if out[i].ID == 0 {
			next++
			out[i].ID = next
		}
	}
	return out, nil
}

// outletNames names each article's publisher as the store counts outlets
// (article.Outlet), so that the briefing and the story list agree. When
// that name is only the file the page was read from, the file's base name
// stands for it, unless two different files share a base name.
func outletNames(arts []article.Article) []string {
	names := make([]string, len(arts))
	shortOf := make(map[string]map[string]bool) // base name → full origins
	for i, a := range arts {
		names[i] = strings.TrimSpace(a.Outlet())
		if names[i] == "" {
			names[i] = fmt.Sprintf("article %d", a.ID)
		}
		if names[i] == a.Origin && a.Site == "" && !strings.Contains(a.Origin, "://") {
			base := filepath.Base(a.Origin)
			if shortOf[base] == nil {
				shortOf[base] = make(map[string]bool)
			}
			shortOf[base][a.Origin] = true
		}
	}
	for i, a := range arts {
		if names[i] != a.Origin {
			continue
		}
		if base := filepath.Base(a.Origin); len(shortOf[base]) == 1 {
			names[i] = base
		}
	}
	return names
}

// state is the work in progress of one Build.
type state struct {
	b      *Briefing
	arts   []article.Article
	outlet []string // outlet name per article
	dups   map[int64]int64
	byID   map[int64]int // article ID → index
	an     analysis

	factOf   map[int]string   // claim index → fact ID
	claimOf  map[[2]int64]int // (article ID, sentence) → claim index
	evidence map[int][]string // claim index → outlets of originals
}

// root returns the index of the original article i copies (i itself when
// it is an original). Chains of copies are followed; a cycle stops.
func (s *state) root(i int) int {
	seen := map[int]bool{i: true}
	for {
		orig, ok := s.dups[s.arts[i].ID]
		if !ok || orig == s.arts[i].ID {
			return i
		}
		j, ok := s.byID[orig]
		if !ok || seen[j] {
			return i
		}
		seen[j] = true
		i = j
	}
}

func (s *state) isCopy(i int) bool { return s.root(i) != i }

func (s *state) ref(article int64, sentence int) Ref {
	i := s.byID[article]
	return Ref{Article: article, Sentence: sentence, Outlet: s.outlet[i], Origin: s.arts[i].Origin}
}

// facts sorts the claims into facts by how many outlets report them,
// counting each outlet once and copies not at all, and attaches the
// conflicts to their facts.
func (s *state) facts() {
	originals := make(map[string]bool)
	for i := range s.arts {
		if !s.isCopy(i) {
			originals[s.outlet[i]] = true
		}
	}
	nOutlets := len(originals)
	s.factOf = make(map[int]string)
	s.claimOf = make(map[[2]int64]int)
	s.evidence = make(map[int][]string)

	next := 0
	var agreed, partial, single []int
	for ci, c := range s.an.Claims {
		for _, r := range c.Sentences {
			s.claimOf[[2]int64{r.ArticleID, int64(r.Sentence)}] = ci
		}
		var ev []string
		for _, r := range c.Sentences {
			o := s.outlet[s.root(s.byID[r.ArticleID])]
			if !slices.Contains(ev, o) {
				ev = append(ev, o)
			}
		}
		s.evidence[ci] = ev
		if len(strings.Fields(c.Text)) < minFactWords {
			continue
		}
		switch {
		case len(ev) == 1:
			single = append(single, ci)
		case len(ev) == nOutlets:
			agreed = append(agreed, ci)
		default:
			partial = append(partial, ci)
		}
	}
	fact := func(ci int) Fact {
		next++
		id := fmt.Sprintf("F%d", next)
		s.factOf[ci] = id
		c := s.an.Claims[ci]
		f := Fact{ID: id, Text: s.representative(c), Outlets: s.evidence[ci], Refs: []Ref{}, CopiedBy: []string{}}
		for _, r := range c.Sentences {
			f.Refs = append(f.Refs, s.ref(r.ArticleID, r.Sentence))
			if o := r.Outlet; !slices.Contains(f.Outlets, o) && !slices.Contains(f.CopiedBy, o) {
				f.CopiedBy = append(f.CopiedBy, o)
			}
		}
		return f
	}
	for _, ci := range agreed {
		s.b.Agreed = append(s.b.Agreed, fact(ci))
	}
	for _, ci := range partial {
		s.b.Partial = append(s.b.Partial, fact(ci))
	}
	for _, ci := range single {
		s.b.Single = append(s.b.Single, fact(ci))
	}

	for _, c := range s.an.Conflicts {
		if c.Claim < 0 || c.Claim >= len(s.an.Claims) {
			continue
		}
		conf := Conflict{Kind: c.Kind, Fact: s.factOf[c.Claim], Subject: s.representative(s.an.Claims[c.Claim]), Variants: []Variant{}}
		for _, v := range c.Variants {
			nv := Variant{Value: v.Value, Outlets: slices.Clone(v.Outlets), Refs: []Ref{}, Sources: []string{}}
			if nv.Outlets == nil {
				nv.Outlets = []string{}
			}
			for _, r := range v.Refs {
				if ref := s.ref(r.ArticleID, r.Sentence); !slices.Contains(nv.Refs, ref) {
					nv.Refs = append(nv.Refs, ref)
				}
			}
			if v.CitedSource != "" {
				nv.Sources = append(nv.Sources, v.CitedSource)
			}
			conf.Variants = append(conf.Variants, nv)
		}
		s.b.Conflicts = append(s.b.Conflicts, conf)
	}
}

// representative picks the sentence that stands for a claim: the member
// from an original article most similar to the other members (word tf-idf
// cosine within the claim), the earliest article winning ties. Computing
// it here, in a fixed order, keeps the briefing the same from run to run.
func (s *state) representative(c align.Claim) string {
	vocab := newVocabulary()
	tfs := make([]map[int]int, len(c.Sentences))
	for k, r := range c.Sentences {
		tfs[k] = vocab.add(contentWords(r.Text))
	}
	vecs := make([]vector, len(tfs))
	for k, tf := range tfs {
		vecs[k] = vocab.tfidf(tf)
	}
	best, bestScore := -1, -1.0
	for k, r := range c.Sentences {
		if s.isCopy(s.byID[r.ArticleID]) {
			continue
		}
		var score float64
		for j := range c.Sentences {
			if j != k {
				score += cosine(vecs[k], vecs[j])
			}
		}
		if best < 0 || score > bestScore+1e-9 || (math.Abs(score-bestScore) <= 1e-9 && s.before(r.ArticleID, c.Sentences[best].ArticleID)) {
			best, bestScore = k, score
		}
	}
	if best < 0 {
		return c.Text
	}
	return c.Sentences[best].Text
}

// before orders articles by publication date, known dates first, then by
// input order.
func (s *state) before(a, b int64) bool {
	i, j := s.byID[a], s.byID[b]
	pi, pj := s.arts[i].Published, s.arts[j].Published
	if earlier(pi, pj) {
		return true
	}
	if earlier(pj, pi) {
		return false
	}
	return i < j
}

// headline is the story's title, else the earliest original's title.
func (s *state) headline() {
	if s.b.Headline != "" {
		return
	}
	best := -1
	for i, a := range s.arts {
		if s.isCopy(i) || strings.TrimSpace(a.Title) == "" {
			continue
		}
		if best < 0 || earlier(a.Published, s.arts[best].Published) {
			best = i
		}
	}
	if best >= 0 {
		s.b.Headline = strings.TrimSpace(s.arts[best].Title)
		return
	}
	if len(s.b.Agreed) > 0 {
		s.b.Headline = s.b.Agreed[0].Text
	}
}

// earlier orders known dates before unknown ones.
func earlier(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return !a.IsZero() && b.IsZero()
	}
	return a.Before(b)
}

// documents returns the original articles as summariser input, each
// sentence with the number of outlets that report its claim, and the index
// of each document's article.
func (s *state) documents() ([]Document, []int) {
	var docs []Document
	var docArt []int
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		d := Document{Published: a.Published}
		for si, sent := range s.an.Articles[i].Sentences {
			d.Sentences = append(d.Sentences, sent)
			support, claim := 1, -1
			if ci, ok := s.claimOf[[2]int64{a.ID, int64(si)}]; ok {
				support, claim = len(s.evidence[ci]), ci
			}
			d.Support = append(d.Support, support)
			d.Claim = append(d.Claim, claim)
		}
		docs = append(docs, d)
		docArt = append(docArt, i)
	}
	return docs, docArt
}

// summary summarises the original articles and cites for every picked
// sentence itself and the other members of its claim.
func (s *state) summary() {
	docs, docArt := s.documents()
	for _, p := range Summarize(docs, SummaryWords) {
		a := s.arts[docArt[p.Doc]]
		ss := SummarySentence{Text: docs[p.Doc].Sentences[p.Sentence], Refs: []Ref{s.ref(a.ID, p.Sentence)}}
		if ci, ok := s.claimOf[[2]int64{a.ID, int64(p.Sentence)}]; ok {
			for _, r := range s.an.Claims[ci].Sentences {
				if r.ArticleID != a.ID || r.Sentence != p.Sentence {
					ss.Refs = append(ss.Refs, s.ref(r.ArticleID, r.Sentence))
				}
			}
		}
		s.b.Summary = append(s.b.Summary, ss)
	}
}

// quotes groups the quotes of original articles by speaker.
func (s *state) quotes() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		for _, q := range s.an.Articles[i].Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "Unnamed speaker"
			}
			k, ok := idx[speaker]
			if !ok {
				k = len(s.b.Quotes)
				idx[speaker] = k
				s.b.Quotes = append(s.b.Quotes, SpeakerQuotes{Speaker: speaker})
			}
			s.b.Quotes[k].Quotes = append(s.b.Quotes[k].Quotes, Quote{
				Text: q.Text, Cue: q.Cue, Outlet: s.outlet[i], Ref: s.ref(a.ID, q.Sentence),
			})
		}
	}
	slices.SortStableFunc(s.b.Quotes, func(x, y SpeakerQuotes) int { return cmp.Compare(len(y.Quotes), len(x.Quotes)) })
}

// citations turns the attributions of original articles into edges
// outlet → cited source → the cited source's own sources.
func (s *state) citations() {
	idx := make(map[[2]string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		for _, at := range s.an.Articles[i].Attributions {
			cited := at.Cited
			if cited == "" || strings.EqualFold(cited, s.outlet[i]) {
				continue
			}
			key := [2]string{s.outlet[i], cited}
			k, ok := idx[key]
			if !ok {
				k = len(s.b.Citations)
				idx[key] = k
				s.b.Citations = append(s.b.Citations, Citation{Outlet: s.outlet[i], Cites: cited, Via: []string{}})
			}
			c := &s.b.Citations[k]
			if via := at.Via; via != "" && !slices.Contains(c.Via, via) {
				c.Via = append(c.Via, via)
			}
			c.Evidence = append(c.Evidence, s.ref(a.ID, at.Sentence))
		}
	}
}

// timeline lists the resolved time expressions of original articles by
// date; expressions naming the same interval in sentences of the same
// claim are one event.
func (s *state) timeline() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		anchor := "published"
		if a.Published.IsZero() {
			anchor = "story"
		}
		sentences := s.an.Articles[i].Sentences
		for _, t := range s.an.Articles[i].Times {
			start := t.Start.Format("2006-01-02")
			end := start
			if t.End.After(t.Start) {
				end = t.End.Add(-time.Nanosecond).Format("2006-01-02")
			}
			precision := t.Granularity
			if precision == nlp.GranPart {
				precision = nlp.GranDay
			}
			text := ""
			if t.Sentence >= 0 && t.Sentence < len(sentences) {
				text = sentences[t.Sentence]
			}
			group := fmt.Sprintf("%d:%d", a.ID, t.Sentence)
			if ci, ok := s.claimOf[[2]int64{a.ID, int64(t.Sentence)}]; ok {
				group = fmt.Sprintf("claim:%d", ci)
			}
			key := start + "|" + end + "|" + group
			if k, ok := idx[key]; ok {
				s.b.Timeline[k].Refs = append(s.b.Timeline[k].Refs, s.ref(a.ID, t.Sentence))
				continue
			}
			idx[key] = len(s.b.Timeline)
			s.b.Timeline = append(s.b.Timeline, Event{
				Start: start, End: end, Precision: precision, Expression: t.Text,
				Text: text, Refs: []Ref{s.ref(a.ID, t.Sentence)}, Anchor: anchor,
			})
		}
	}
	slices.SortStableFunc(s.b.Timeline, func(x, y Event) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
}

// outlets lists every outlet with its pages, the facts only it reports and
// the pages it copied.
func (s *state) outlets() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		name := s.outlet[i]
		k, ok := idx[name]
		if !ok {
			k = len(s.b.Outlets)
			idx[name] = k
			s.b.Outlets = append(s.b.Outlets, Outlet{Name: name, Articles: []Source{}, Adds: []string{}, Copies: []Copy{}})
		}
		o := &s.b.Outlets[k]
		o.Articles = append(o.Articles, Source{
			Article: a.ID, Title: a.Title, Origin: a.Origin, URL: a.URL,
			Published: a.Published, PublishedFrom: a.PublishedFrom,
		})
		if r := s.root(i); r != i {
			o.Copies = append(o.Copies, Copy{
				Article: a.ID, Origin: a.Origin, Of: s.arts[r].ID, OfOutlet: s.outlet[r],
				Overlap: containment(a.Text, s.arts[r].Text),
			})
		}
	}
	for _, f := range s.b.Single {
		if k, ok := idx[f.Outlets[0]]; ok {
			s.b.Outlets[k].Adds = append(s.b.Outlets[k].Adds, f.ID)
		}
	}
	first := func(o Outlet) time.Time {
		var t time.Time
		for _, a := range o.Articles {
			if earlier(a.Published, t) {
				t = a.Published
			}
		}
		return t
	}
	slices.SortStableFunc(s.b.Outlets, func(x, y Outlet) int {
		tx, ty := first(x), first(y)
		switch {
		case earlier(tx, ty):
			return -1
		case earlier(ty, tx):
			return 1
		}
		return strings.Compare(x.Name, y.Name)
	})
}
