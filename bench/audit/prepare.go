package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
	"crosscheck/internal/source"
)

// How many items of each sampled kind the audit asks for, at the least
// (the floor, with room for items a judge cannot decide); the
// pairs can be raised with -pairs.
var minPairs = 110

// minQuotes is how many direct quotes are drawn at the least (reported
// speech half that); -quotes raises it, a large number drawing every
// quote, to list what a change of the quote finder changed.
var minQuotes = 45

const minTimeline = 36

// item is one question to a judge about one thing the briefing says.
type item struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	// Kind is what is judged: pair, conflict, uncertain, update,
	// quote-words, quote-speaker, reported-content, timeline, citation.
	Kind string `json:"kind"`
	// Group ties the pairs of one fact together, for "facts whose every
	// outlet states them".
	Group string `json:"group,omitempty"`
	// Credit, of a pair, is "confident" or "uncertain": whether the
	// briefing states that the outlet reports the fact, or lists it
	// apart as one that may also report it (brief.Fact.MayAlso).
	// Items of rounds before uncertain credits have none: confident.
	Credit string `json:"credit,omitempty"`
	// Speaker, of a quote-speaker item, is "confident" or "uncertain":
	// whether the briefing asserts the speaker or shows it as uncertain
	// with SpeakerReason. Items of rounds before uncertain speakers have
	// none: confident. SpeakerEvidence is what the speaker rests on.
	Speaker         string               `json:"speaker,omitempty"`
	SpeakerReason   string               `json:"speaker_reason,omitempty"`
	SpeakerEvidence *nlp.SpeakerEvidence `json:"speaker_evidence,omitempty"`
	Question        string               `json:"question"`
	Shown           string               `json:"shown"`
	Evidence        []cited              `json:"evidence"`
}

// cited is a sentence the briefing points at, with the source it is in.
type cited struct {
	Source   string `json:"source"`
	Sentence string `json:"sentence"`
}

// story is one briefed story and the items drawn from it.
type story struct {
	name      string
	dated     bool // the sources state their publication dates (PolNeAR)
	briefing  *brief.Briefing
	sentences map[int64][]string // article id → its sentences as briefed
	source    map[int64]string   // article id → source file name
}

// plan is what prepareAudit draws: how many stories, from which split
// of which set, and which earlier audits' documents to leave out.
type plan struct {
	events  int // 0: every story that qualifies
	seed    int64
	exclude []string
	develop bool
	// polnear: the stories are PolNeAR developing stories, whose texts
	// may not be committed (see the package comment).
	polnear bool
	// months, with polnear: draw from these months (topics) instead of
	// the held-out half; checkMonths has vetted them.
	months []string
}

func prepareAudit(ctx context.Context, docs []eval.EventDoc, out string, p plan) error {
	rng := rand.New(rand.NewPCG(uint64(p.seed), 13))
	seen, err := auditedDocs(p.exclude)
	if err != nil {
		return err
	}
	read := map[string]bool{} // events with a document a judge has seen
	for _, d := range docs {
		if seen[d.ID] {
			read[d.Event] = true
		}
	}
	fresh := slices.DeleteFunc(slices.Clone(docs), func(d eval.EventDoc) bool { return read[d.Event] })
	var chosen [][]eval.EventDoc
	if p.polnear {
		chosen = choosePolNeAR(fresh, p.events, rng, p.develop, p.months)
	} else {
		chosen = chooseEvents(fresh, p.events, rng, p.develop)
	}
	if len(chosen) == 0 || len(chosen) < p.events {
		return fmt.Errorf("only %d events of the split qualify, %d asked for", len(chosen), p.events)
	}
	if p.polnear {
		if err := keepSourcesOut(out); err != nil {
			return err
		}
	}
	var stories []*story
	for i, ev := range chosen {
		kind := ecbText
		if p.polnear {
			kind = polnearText
		}
		s, err := briefStory(ctx, storyDir(out, i+1), fmt.Sprintf("S%02d", i+1), ev, kind)
		if err != nil {
			return err
		}
		stories = append(stories, s)
	}
	items := drawItems(stories, rng)
	return writeItems(filepath.Join(out, "items.jsonl"), items)
}

// auditedDocs names the documents earlier audits showed their judges
// (the sources/ of each story directory, or its SOURCES.txt where the
// sources are not committed), so a new round draws events nobody has read.
func auditedDocs(dirs []string) (map[string]bool, error) {
	seen := map[string]bool{}
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "S*", "sources", "*.txt"))
		if err != nil {
			return nil, err
		}
		lists, err := filepath.Glob(filepath.Join(dir, "S*", sourceList))
		if err != nil {
			return nil, err
		}
		for _, l := range lists {
			b, err := os.ReadFile(l)
			if err != nil {
				return nil, fmt.Errorf("excluding %s: %w", dir, err)
			}
			files = append(files, strings.Fields(string(b))...)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("excluding %s: no story sources in it", dir)
		}
		for _, f := range files {
			seen[strings.TrimSuffix(filepath.Base(f), ".txt")] = true
		}
	}
	return seen, nil
}

// chooseEvents draws n events of held-out topics (of develop topics if
// develop) with three or more articles, at most one event a topic.
func chooseEvents(docs []eval.EventDoc, n int, rng *rand.Rand, develop bool) [][]eval.EventDoc {
	byEvent := map[string][]eval.EventDoc{}
	var events []string
	for _, d := range docs {
		t, err := strconv.Atoi(d.Topic)
		if err != nil || eval.HeldOutTopic(t) == develop {
			continue
		}
		if _, ok := byEvent[d.Event]; !ok {
			events = append(events, d.Event)
		}
		byEvent[d.Event] = append(byEvent[d.Event], d)
	}
	slices.Sort(events)
	rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	topics := map[string]bool{}
	var out [][]eval.EventDoc
	for _, e := range events {
		ds := byEvent[e]
		if len(ds) < 3 || topics[ds[0].Topic] || (n > 0 && len(out) == n) {
			continue
		}
		topics[ds[0].Topic] = true
		out = append(out, ds)
	}
	return out
}

// sourceKind is where a story's texts come from, which decides how they
// are written for the judges and ingested.
type sourceKind int

const (
	// ecbText: ECB+ texts (CC BY), written to sources/ and committed.
	ecbText sourceKind = iota
	// polnearText: PolNeAR texts, written to sources/ under the title,
	// publisher and date their metadata gives, listed in SOURCES.txt and
	// never committed.
	polnearText
	// storedPage: text pages already in sources/ (see readPages), never
	// committed; their MANIFEST.tsv names them.
	storedPage
)

// briefStory writes the story's sources (unless they are stored pages,
// already there) and briefing under dir and keeps what the items need. A
// PolNeAR source starts with the title, publisher and date its metadata
// gives, as a web page shows them, and its file names are listed in
// SOURCES.txt.
func briefStory(ctx context.Context, dir, name string, docs []eval.EventDoc, kind sourceKind) (*story, error) {
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		return nil, err
	}
	s := &story{name: name, dated: kind == polnearText || kind == storedPage && allDated(docs), sentences: map[int64][]string{}, source: map[int64]string{}}
	arts := make([]article.Article, len(docs))
	var list strings.Builder
	for i, d := range docs {
		file := d.ID + ".txt"
		text := d.Text + "\n"
		if kind == polnearText {
			text = sourceHeader(d) + text
			fmt.Fprintln(&list, file)
			if d.Language == "" {
				d.Language = "en" // the corpus is American political news
			}
		}
		if kind != storedPage {
			if err := os.WriteFile(filepath.Join(dir, "sources", file), []byte(text), 0o644); err != nil {
				return nil, err
			}
		}
		if kind == storedPage {
			arts[i] = asStoredPage(ctx, d, file)
		} else {
			arts[i] = asIngested(ctx, d, file)
		}
		arts[i].ID = int64(i + 1)
		s.source[arts[i].ID] = file
	}
	if kind == polnearText {
		if err := os.WriteFile(filepath.Join(dir, sourceList), []byte(list.String()), 0o644); err != nil {
			return nil, err
		}
	}
	b, err := brief.Build(ctx, brief.Story{Title: name}, arts, nil)
	if err != nil {
		return nil, fmt.Errorf("briefing %s: %w", name, err)
	}
	s.briefing = b
	docsOut, err := brief.Documents(ctx, arts)
	if err != nil {
		return nil, fmt.Errorf("sentences of %s: %w", name, err)
	}
	for i, d := range docsOut {
		s.sentences[arts[i].ID] = d.Sentences
	}
	var md strings.Builder
	if err := brief.RenderMarkdown(&md, b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "briefing.md"), []byte(md.String()), 0o644); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(dir, "briefing.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return s, brief.RenderJSON(f, b)
}

// asIngested is the article crosscheck makes of the source file when a
// user ingests it: the text dump's extraction, so a date line the text
// states becomes the publication date as it would on ingest, and the file
// name stands for the outlet, so that every article counts apart. An
// article whose set names its outlet (PolNeAR) is ingested as the web
// page it was, with its metadata (publisher, title, date) in the page's
// head (webPage). A page the extractor refuses is kept whole, as the
// set's text, in the language its words are written in when they tell.
func asIngested(ctx context.Context, d eval.EventDoc, file string) article.Article {
	p := source.Page{Origin: file, Kind: source.KindText, Data: []byte(d.Text + "\n")}
	if d.Outlet != "" {
		p.Kind, p.Data = source.KindHTML, webPage(d)
	}
	a, err := extract.Extract(ctx, p)
	if err != nil || a.Text == "" {
		a = article.Article{Text: d.Text, Language: lang.Detect(d.Text)}
		if d.Outlet != "" {
			a.Site, a.Published = d.Outlet, d.Published
		}
	}
	a.Origin = file
	if d.Outlet == "" {
		a.Site = d.ID
	}
	if a.Title == "" {
		a.Title = d.Title
	}
	return a
}

// sentence returns what a reference points at.
func (s *story) sentence(r brief.Ref) cited {
	c := cited{Source: s.source[r.Article]}
	if ss := s.sentences[r.Article]; r.Sentence >= 0 && r.Sentence < len(ss) {
		c.Sentence = ss[r.Sentence]
	}
	return c
}

func writeItems(path string, items []item) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
