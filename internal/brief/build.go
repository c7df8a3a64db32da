package brief

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
	"crosscheck/internal/signature"
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
	return BuildFrom(ctx, story, articles, dups, Analyze)
}

// DocFunc returns the analysis of article a as a briefing needs it: its
// text analysed in its language with relative dates resolved against
// ref, its publication date or, when that is unknown, the story's.
type DocFunc func(a article.Article, ref time.Time) nlp.Doc

// Analyze is the DocFunc that analyses the text: nlp.AnalyzeIn.
func Analyze(a article.Article, ref time.Time) nlp.Doc {
	return nlp.AnalyzeIn(a.Text, ref, a.Language)
}

// BuildFrom is Build with the articles' analyses from doc, which may
// look up ones made before (a store's, made at ingest): a briefing is
// then alignment and assembly alone, and is Build's briefing as long as
// doc gives what Analyze would. doc is called on several goroutines at
// once.
func BuildFrom(ctx context.Context, story Story, articles []article.Article, dups map[int64]int64, doc DocFunc) (*Briefing, error) {
	b, _, err := BuildKept(ctx, story, articles, dups, doc, nil, nil)
	return b, err
}

// BuildKept is BuildFrom taking what the alignment of an earlier build
// of the story kept (nil for none) and returning what to keep of this
// one (align.AlignKept), and taking the content words kept in words
// (nil: none) and keeping this build's there: the briefing is
// BuildFrom's whatever kept and words hold.
func BuildKept(ctx context.Context, story Story, articles []article.Article, dups map[int64]int64, doc DocFunc, kept *align.Kept, words *Words) (*Briefing, *align.Kept, error) {
	arts, err := numbered(articles)
	if err != nil {
		return nil, nil, fmt.Errorf("briefing story %d: %w", story.ID, err)
	}
	var reusesWere map[int64]keptReuse
	if kept != nil {
		var stated map[int64]statedText
		reusesWere, stated = decodeAssembly(kept.Assembly())
		if words != nil && words.stated == nil {
			// A Words new to the story (a process that started):
			// the days its texts state, as the last build read them.
			words.stated = stated
		}
	}
	s := newState(story, arts, dups, words)
	if doc != nil {
		s.doc = doc
	}
	s.kept = kept
	s.words = words
	s.keptReusesWere = reusesWere
	an, err := s.analyze(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("briefing story %d: %w", story.ID, err)
	}
	s.assemble(an)
	words.gramsDone()
	words.gramSumsDone()
	words.textsDone(s.read)
	if s.kept != nil {
		var stated map[int64]statedText
		if words != nil {
			stated = words.stated
		}
		s.kept.SetAssembly(encodeAssembly(s.keptReuses, stated))
	}
	return s.b, s.kept, nil
}

// newState starts the briefing of arts: an empty briefing with every
// section present, dated by its earliest article.
func newState(story Story, arts []article.Article, dups map[int64]int64, words *Words) *state {
	b := &Briefing{
		Schema:    SchemaVersion,
		Story:     story,
		Headline:  strings.TrimSpace(story.Title),
		Summary:   []SummarySentence{},
		Agreed:    []Fact{},
		Partial:   []Fact{},
		Single:    []Fact{},
		Conflicts: []Conflict{},
		Uncertain: []Conflict{},
		Updates:   []Conflict{},
		Quotes:    []SpeakerQuotes{},
		Citations: []Citation{},
		Timeline:  []Event{},
		Outlets:   []Outlet{},
	}
	arts = statedDays(arts, words)
	for _, a := range arts {
		if earlier(a.Published, b.Date) {
			b.Date = a.Published
		}
	}
	s := &state{b: b, arts: arts, dups: dups, byID: make(map[int64]int), doc: Analyze, read: newReadings(words)}
	for i, a := range arts {
		s.byID[a.ID] = i
	}
	s.outlet = outletNames(arts)
	return s
}

// assemble writes every section of the briefing from the analysis.
func (s *state) assemble(an analysis) {
	s.setAnalysis(an)
	s.findReuses()
	s.keepClaimsInLanguage()
	s.facts()
	s.abroad()
	s.headline()
	s.summary()
	s.quotes()
	s.citations()
	s.timeline()
	s.outlets()
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
// (article.Outlet), so that the briefing and the story list agree. A page
// that names no publisher is an unknown outlet labelled with its input;
// the input's base name stands for it, unless two different inputs share
// a base name.
func outletNames(arts []article.Article) []string {
	names := make([]string, len(arts))
	shortOf := make(map[string]map[string]bool) // base name → full origins
	unknown := func(i int) bool {
		return arts[i].Site == "" && arts[i].Origin != "" && names[i] == article.UnknownOutlet+" ("+arts[i].Origin+")"
	}
	for i, a := range arts {
		names[i] = strings.TrimSpace(a.Outlet())
		if a.Origin == "" && strings.HasPrefix(names[i], article.UnknownOutlet) {
			names[i] = fmt.Sprintf("%s (article %d)", article.UnknownOutlet, a.ID)
		}
		if unknown(i) {
			base := filepath.Base(a.Origin)
			if shortOf[base] == nil {
				shortOf[base] = make(map[string]bool)
			}
			shortOf[base][a.Origin] = true
		}
	}
	for i, a := range arts {
		if !unknown(i) {
			continue
		}
		if base := filepath.Base(a.Origin); len(shortOf[base]) == 1 {
			names[i] = article.UnknownOutlet + " (" + base + ")"
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
	doc    DocFunc
	// kept is what the alignment of an earlier build kept, replaced by
	// what this one keeps (align.AlignKept).
	kept *align.Kept
	// read holds what the assembly reads of a sentence's text alone,
	// kept from the last build of the story (text_kept.go).
	read *readings

	factOf  map[int]string   // claim index → fact ID
	claimOf map[[2]int64]int // (article ID, sentence) → claim index
	// wholeClaimOf is claimOf over the claims a sentence states whole,
	// not through one of its clauses.
	wholeClaimOf map[[2]int64]int
	evidence     map[int][]string // claim index → outlets of originals
	// uncertain are the sentences credited with each claim on weak
	// evidence only (align.Ref.Uncertain), by claim index; they are
	// taken out of the claims' sentences (setAnalysis), so that nothing
	// counts them among the outlets that state a fact.
	uncertain map[int][]align.Ref
	// support is how many outlets a claim's sentences come from,
	// credited with confidence or not: the summary's measure of how
	// widely a sentence is reported, which no reader sees as a count.
	support map[int]int

	grams map[int]map[string]bool // article index → its word 4-grams (articleGrams)
	// witnesses and sentGrams keep witnessRef's answers, by (article
	// index, sentence), and its sentences' gram sets, by article index.
	witnesses map[[2]int][2]int
	sentGrams map[int][]map[string]bool

	// langOf is each article's language, docs its analysis and sigs its
	// sentences' signatures, set only for a story told in several
	// languages (abroad.go).
	langOf []string
	docs   []nlp.Doc
	sigs   [][]signature.Signature
	// claimRoot joins claims of different languages that state one
	// fact (sameAbroad), for the summary.
	claimRoot map[int]int

	reuses     []Reuse
	reusedFrom map[[2]int]int // (article index, sentence) → index of the article it came from
	// keptReusesWere are findReuses' answers the last build of the
	// story kept with its assembly (align.Kept's Assembly), keptReuses
	// what findReuses keeps of this one (reuse_kept.go).
	keptReusesWere map[int64]keptReuse
	keptReuses     map[int64]keptReuse
	// words keeps the sentences' content words across builds
	// (words_kept.go); nil when the caller keeps none.
	words *Words
	// sentenceWords are the content words of each article's sentences
	// (wordsOf), by article and sentence, made by summary for the
	// stages after it.
	sentenceWords [][][]string
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

// statedDays dates each article of no known date by the day its text
// gives as its own ("hosted a special event today (Sept. 12)" beside
// "on Sept. 12, 2017"): what counts from the article's day is then
// counted from it, in the analysis and on the timeline alike. The days
// of the texts kept in words (nil: none) are taken, and this build's
// kept there.
func statedDays(arts []article.Article, words *Words) []article.Article {
	out := arts
	var now map[int64]statedText
	if words != nil {
		now = make(map[int64]statedText)
		words.statedBytes = 0
	}
	for i, a := range arts {
		if !a.Published.IsZero() {
			continue
		}
		var st statedText
		if words != nil {
			var ok bool
			if st, ok = words.stated[a.ID]; !ok || !st.of(a.Text) {
				sum := sha256.Sum256([]byte(a.Text))
				st = statedText{sum: &sum}
				st.at, st.ok = nlp.StatedDay(a.Text)
			}
			st.text = a.Text
			if _, dup := now[a.ID]; !dup {
				now[a.ID] = st
				words.statedBytes += len(st.text) + sha256.Size
			}
		} else {
			st.at, st.ok = nlp.StatedDay(a.Text)
		}
		if at, ok := st.at, st.ok; ok {
			if &out[0] == &arts[0] {
				out = slices.Clone(arts)
			}
			out[i].Published = at
		}
	}
	if words != nil {
		words.stated = now
	}
	return out
}
