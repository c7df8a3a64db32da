package align

import (
	"cmp"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/textdump"
)

// seedAnnotations is testdata/seeds.json.
type seedAnnotations struct {
	Facts []struct {
		Fact  string            `json:"fact"`
		Pages map[string]string `json:"pages"`
	} `json:"facts"`
	Conflicts []struct {
		About  string   `json:"about"`
		Real   bool     `json:"real"`
		Kinds  []string `json:"kinds"`
		Values []struct {
			Page  string `json:"page"`
			Value string `json:"value"`
		} `json:"values"`
		// NotVariants are values that agree with every side and so must
		// not be a variant of their own.
		NotVariants []struct {
			Page  string `json:"page"`
			Value string `json:"value"`
		} `json:"not_variants"`
	} `json:"conflicts"`
	Quotes []eval.GoldQuote `json:"quotes"`
}

// seedDate stands in for unknown publication dates in benchmarks.
var seedDate = time.Date(2023, 9, 11, 12, 0, 0, 0, time.UTC)

// loadSeeds extracts the seed pages and aligns them. Publication dates are
// the ones textdump finds; unknown dates stay zero, so that relative days
// are compared as weekdays rather than against a made-up date.
func loadSeeds(t *testing.T) ([]string, []Input, Result, seedAnnotations) {
	t.Helper()
	files := sharedtest.Glob(t, "seeds", "*.txt")
	var names []string
	var inputs []Input
	var storyDate time.Time
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := textdump.Extract(string(b))
		if err != nil {
			t.Fatalf("extracting %s: %v", f, err)
		}
		names = append(names, filepath.Base(f)[:3])
		inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: filepath.Base(f)[:3], Published: a.Published, Text: a.Text})
		if !a.Published.IsZero() && (storyDate.IsZero() || a.Published.Before(storyDate)) {
			storyDate = a.Published
		}
	}
	// As the briefing does, articles of unknown date count their
	// "Tuesday"s and "next week"s from the story's earliest date.
	for i := range inputs {
		inputs[i].Doc = nlp.Analyze(inputs[i].Text, cmp.Or(inputs[i].Published, storyDate))
	}
	var ann seedAnnotations
	b, err := os.ReadFile("testdata/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ann); err != nil {
		t.Fatalf("reading testdata/seeds.json: %v", err)
	}
	return names, inputs, Align(inputs, Options{}), ann
}

// sentenceWith returns the index of the one sentence of d containing sub.
func sentenceWith(t *testing.T, d *nlp.Doc, page, sub string) int {
	t.Helper()
	found := -1
	for i, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			if found >= 0 {
				t.Fatalf("page %s: %q is in sentences %d and %d", page, sub, found, i)
			}
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("page %s: no sentence contains %q", page, sub)
	}
	return found
}

func TestSeedClaims(t *testing.T) {
	names, inputs, res, ann := loadSeeds(t)
	docOf := map[string]int{}
	for i, n := range names {
		docOf[n] = i
	}
	var gold [][]eval.SentKey
	for _, f := range ann.Facts {
		var g []eval.SentKey
		for page, sub := range f.Pages {
			i := docOf[page]
			g = append(g, eval.SentKey{Doc: page, Sentence: sentenceWith(t, &inputs[i].Doc, page, sub)})
		}
		gold = append(gold, g)
	}
	predicted := map[eval.SentKey][]int{}
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			k := eval.SentKey{Doc: names[r.ArticleID-1], Sentence: r.Sentence}
			predicted[k] = append(predicted[k], c.ID)
		}
	}
	score := eval.PairwiseAlignment(gold, predicted)
	t.Logf("seed claim alignment: precision %.2f recall %.2f (tp %d fp %d fn %d)", score.Precision, score.Recall, score.TP, score.FP, score.FN)
	if score.Precision < 0.95 || score.Recall < 0.88 {
		t.Errorf("seed claim alignment precision %.2f recall %.2f, want at least 0.95 and 0.88", score.Precision, score.Recall)
	}

	// With the facts of two pages and the sentences no other page
	// states, every pairing of an annotated sentence counts.
	var pairs struct {
		Facts []struct {
			Pages map[string]string `json:"pages"`
		} `json:"facts"`
		Alone []struct {
			Page     string `json:"page"`
			Sentence string `json:"sentence"`
		} `json:"alone"`
	}
	b, err := os.ReadFile("testdata/seeds_pairs.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &pairs); err != nil {
		t.Fatalf("reading testdata/seeds_pairs.json: %v", err)
	}
	for _, f := range pairs.Facts {
		var g []eval.SentKey
		for page, sub := range f.Pages {
			g = append(g, eval.SentKey{Doc: page, Sentence: sentenceWith(t, &inputs[docOf[page]].Doc, page, sub)})
		}
		gold = append(gold, g)
	}
	for _, a := range pairs.Alone {
		gold = append(gold, []eval.SentKey{{Doc: a.Page, Sentence: sentenceWith(t, &inputs[docOf[a.Page]].Doc, a.Page, a.Sentence)}})
	}
	all := eval.PairwiseAlignment(gold, predicted)
	t.Logf("seed claim alignment, facts of two pages and lone sentences too: precision %.2f recall %.2f (tp %d fp %d fn %d)", all.Precision, all.Recall, all.TP, all.FP, all.FN)
	if all.Precision < 0.85 || all.Recall < 0.85 {
		t.Errorf("seed claim alignment with facts of two pages: precision %.2f recall %.2f, want at least 0.85 and 0.85", all.Precision, all.Recall)
	}
	// The facts told by all five pages must come out as "all" claims.
	for _, f := range ann.Facts {
		if len(f.Pages) < len(names) {
			continue
		}
		best := 0
		for page, sub := range f.Pages {
			si := sentenceWith(t, &inputs[docOf[page]].Doc, page, sub)
			for _, ci := range predicted[eval.SentKey{Doc: page, Sentence: si}] {
				best = max(best, res.Claims[ci].Sources)
			}
		}
		if best < 3 {
			t.Errorf("fact %q told by all pages: largest claim holding it has %d sources", f.Fact, best)
		}
	}
}

func TestSeedConflicts(t *testing.T) {
	names, _, res, ann := loadSeeds(t)
	outletHas := func(c Conflict, page, value string) bool {
		for _, v := range c.Variants {
			if slices.Contains(v.Outlets, page) && strings.Contains(v.Value, value) {
				return true
			}
		}
		return false
	}
	_ = names
	real := 0
	for _, want := range ann.Conflicts {
		found := false
		for _, c := range res.Conflicts {
			if !slices.Contains(want.Kinds, c.Kind) {
				continue
			}
			n := 0
			for _, v := range want.Values {
				if outletHas(c, v.Page, v.Value) {
					n++
				}
			}
			if n >= 2 {
				found = true
			}
		}
		if want.Real {
			real++
		}
		for _, nv := range want.NotVariants {
			for _, c := range res.Conflicts {
				for _, v := range c.Variants {
					if len(v.Outlets) == 1 && v.Outlets[0] == nv.Page && strings.Contains(v.Value, nv.Value) {
						t.Errorf("conflict about %s: %q (%s) is a variant of its own", want.About, nv.Value, nv.Page)
					}
				}
			}
		}
		if found != want.Real {
			t.Errorf("conflict about %s: reported %v, want %v; conflicts: %+v", want.About, found, want.Real, res.Conflicts)
		}
	}
	if len(res.Conflicts) > 2*real {
		t.Errorf("%d conflicts reported, annotation has %d real ones: %+v", len(res.Conflicts), real, res.Conflicts)
	}
}

func TestSeedQuotes(t *testing.T) {
	names, inputs, _, ann := loadSeeds(t)
	var found []eval.FoundQuote
	for i, in := range inputs {
		for _, q := range in.Doc.Quotes {
			if q.Direct {
				found = append(found, eval.FoundQuote{Doc: names[i], Text: q.Text, Speaker: q.Speaker})
			}
		}
	}
	s := eval.ScoreQuotes(ann.Quotes, found)
	t.Logf("seed quotes: precision %.2f recall %.2f; with speaker: precision %.2f recall %.2f", s.Quotes.Precision, s.Quotes.Recall, s.Speakers.Precision, s.Speakers.Recall)
	if s.Quotes.Recall < 0.9 || s.Quotes.Precision < 0.8 || s.Speakers.Recall < 0.75 {
		t.Errorf("seed quotes: recall %.2f precision %.2f speaker recall %.2f, want at least 0.9, 0.8, 0.75", s.Quotes.Recall, s.Quotes.Precision, s.Speakers.Recall)
	}
}

// TestSeedFactsExactOutlets checks the briefing's promise on the seeds:
// every annotated fact reported by three or more pages comes out as one
// claim holding exactly those pages, with the annotated sentence of each
// (through any clause of it). Facts the aligner still misses are listed in
// knownMisses with why; the test fails when one of them starts to pass, so
// that the list only shrinks.
func TestSeedFactsExactOutlets(t *testing.T) {
	knownMisses := map[string]string{}
	names, inputs, res, ann := loadSeeds(t)
	docOf := map[string]int{}
	for i, n := range names {
		docOf[n] = i
	}
	found := 0
	for _, f := range ann.Facts {
		if len(f.Pages) < 3 {
			continue
		}
		want := map[eval.SentKey]bool{}
		for page, sub := range f.Pages {
			want[eval.SentKey{Doc: page, Sentence: sentenceWith(t, &inputs[docOf[page]].Doc, page, sub)}] = true
		}
		var near []string
		ok := false
		for _, c := range res.Claims {
			got := map[string]bool{}
			held := 0
			for _, r := range c.Sentences {
				page := names[r.ArticleID-1]
				got[page] = true
				if want[eval.SentKey{Doc: page, Sentence: r.Sentence}] {
					held++
				}
			}
			if held == len(want) && len(got) == len(want) {
				ok = true
				break
			}
			if held >= 2 {
				near = append(near, strings.Join(slices.Sorted(maps.Keys(got)), ","))
			}
		}
		why, known := knownMisses[f.Fact]
		switch {
		case ok && known:
			t.Errorf("fact %q is now found with exactly its pages: take it out of knownMisses", f.Fact)
		case ok:
			found++
		case known:
			t.Logf("known miss %q: %s", f.Fact, why)
		default:
			t.Errorf("fact %q (pages %s): no claim with exactly its pages and sentences; claims holding two or more of its sentences cover pages %v",
				f.Fact, strings.Join(slices.Sorted(maps.Keys(f.Pages)), ","), near)
		}
	}
	t.Logf("seed facts of three or more pages found as one claim with exactly their pages: %d", found)
}

// TestSeedReportedSpeech scores reported speech (indirect quotes) on the
// seeds against testdata/seeds_reported.json: frames found, and speakers
// named by the head of the phrase that names them.
func TestSeedReportedSpeech(t *testing.T) {
	names, inputs, _, _ := loadSeeds(t)
	var ann struct {
		Reported []eval.GoldReported `json:"reported"`
	}
	b, err := os.ReadFile("testdata/seeds_reported.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ann); err != nil {
		t.Fatalf("reading testdata/seeds_reported.json: %v", err)
	}
	var found []eval.FoundReported
	for i, in := range inputs {
		for _, q := range in.Doc.Quotes {
			if !q.Direct {
				// The briefing names a speaker by its entity when it has
				// one: score that name.
				speaker := q.Speaker
				if q.SpeakerEntity >= 0 {
					speaker = in.Doc.Entities[q.SpeakerEntity].Name
				}
				found = append(found, eval.FoundReported{Doc: names[i], Text: q.Text, Speaker: speaker, Cue: q.Cue, Listener: q.Listener})
			}
		}
	}
	s := eval.ScoreReported(ann.Reported, found)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("seed reported speech: precision %.2f recall %.2f; with speaker: precision %.2f recall %.2f; of %d matched, cue right %d, clean text %d; listeners %d of %d",
		s.Frames.Precision, s.Frames.Recall, s.Speakers.Precision, s.Speakers.Recall, s.Matched, s.Cues, s.Clean, s.Listeners, s.GoldListeners)
	// Before speakers were named by their phrase's head: precision 1.00
	// recall 0.91, speaker precision 0.52 recall 0.48, 16 of 21 texts
	// clean, no listener.
	const floorP, floorR, floorSP, floorSR = 1.0, 1.0, 1.0, 1.0
	if s.Frames.Precision < floorP || s.Frames.Recall < floorR || s.Speakers.Precision < floorSP || s.Speakers.Recall < floorSR {
		t.Errorf("seed reported speech: precision %.2f recall %.2f, speaker precision %.2f recall %.2f; want at least %.2f, %.2f, %.2f, %.2f",
			s.Frames.Precision, s.Frames.Recall, s.Speakers.Precision, s.Speakers.Recall, floorP, floorR, floorSP, floorSR)
	}
	if s.Clean < s.Matched || s.Cues < s.Matched || s.Listeners < s.GoldListeners {
		t.Errorf("seed reported speech: of %d matched, %d with clean text and %d with the right cue; %d of %d listeners; want all", s.Matched, s.Clean, s.Cues, s.Listeners, s.GoldListeners)
	}
}
