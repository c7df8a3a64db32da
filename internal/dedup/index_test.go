package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/eval"
	"crosscheck/internal/sharedtest"
)

func loadECB(t testing.TB) []eval.EventDoc {
	t.Helper()
	docs, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// longest returns the longest text of the set with at least minParas lines,
// so edits below leave most of it intact.
func longest(docs []eval.EventDoc, minParas int) string {
	best := ""
	for _, d := range docs {
		if strings.Count(d.Text, "\n")+1 >= minParas && len(d.Text) > len(best) {
			best = d.Text
		}
	}
	return best
}

func TestCopies(t *testing.T) {
	docs := loadECB(t)
	orig := longest(docs, 12)
	lines := strings.Split(orig, "\n")
	other := docs[0].Text

	// A copy with a few words swapped: about 1% of the words.
	ws := strings.Fields(orig)
	for i := 17; i < len(ws); i += 97 {
		ws[i] = "substituted"
	}
	nearText := strings.Join(ws, " ")

	tests := []struct {
		name string
		text string
		kind Kind
	}{
		{"exact copy, other case and spacing", strings.ToUpper(strings.ReplaceAll(orig, " ", "  ")), Exact},
		{"near copy, words substituted", nearText, Near},
		{"syndicated with a new intro and a cut", "A new intro paragraph written by the republishing outlet to frame the wire story for its readers.\n" +
			"Another local paragraph adds context that the wire story did not carry at all here.\n" + strings.Join(lines[:len(lines)/2], "\n"), Syndicated},
		{"syndicated with the end cut", strings.Join(lines[:len(lines)*2/3], "\n"), Syndicated},
		{"unrelated article", other, None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(DefaultConfig())
			ix.Observe(Doc{ID: 1, Text: orig})
			ix.Observe(Doc{ID: 2, Text: docs[len(docs)-1].Text})
			m := ix.Check(Doc{ID: 3, Text: tt.text})
			if m.Kind != tt.kind {
				t.Fatalf("Check = %v (similarity %.2f), want %v", m.Kind, m.Similarity, tt.kind)
			}
			if tt.kind != None && m.Of != 1 {
				t.Errorf("Check.Of = %d, want 1", m.Of)
			}
		})
	}
}

func TestCopyLinksToEarliest(t *testing.T) {
	docs := loadECB(t)
	orig := longest(docs, 12)
	ix := NewIndex(DefaultConfig())
	ix.Observe(Doc{ID: 10, Text: orig})
	if m := ix.Observe(Doc{ID: 11, Text: orig}); m.Kind != Exact || m.Of != 10 {
		t.Fatalf("second copy: %+v", m)
	}
	if m := ix.Observe(Doc{ID: 12, Text: orig + "\n"}); m.Kind != Exact || m.Of != 10 {
		t.Errorf("third copy links to %d (%v), want 10", m.Of, m.Kind)
	}
}

func TestSharedParagraphs(t *testing.T) {
	docs := loadECB(t)
	a := strings.Split(longest(docs, 12), "\n")
	b := strings.Split(docs[0].Text, "\n")
	ix := NewIndex(DefaultConfig())
	ix.Observe(Doc{ID: 1, Text: strings.Join(a, "\n")})
	ix.Observe(Doc{ID: 2, Text: strings.Join(b, "\n")})
	// An article quoting one paragraph of each among text of its own.
	mixed := "An opening paragraph of the outlet's own, long enough to be matched if it were copied.\n" +
		a[3] + "\n" + b[0] + "\nA closing paragraph of its own, also long enough to be matched if copied."
	m := ix.Check(Doc{ID: 3, Text: mixed})
	want := []SharedParagraph{{Index: 1, Of: 1}, {Index: 2, Of: 2}}
	if diff := cmp.Diff(want, m.SharedParagraphs); diff != "" {
		t.Errorf("SharedParagraphs (-want +got):\n%s", diff)
	}
	if m.Kind != None {
		t.Errorf("Kind = %v, want none: most of the article is its own", m.Kind)
	}
}

// TestNoCopiesAcrossEvents runs the whole ECB+ set through one index:
// articles about different events must never be called copies.
func TestNoCopiesAcrossEvents(t *testing.T) {
	docs := loadECB(t)
	ix := NewIndex(DefaultConfig())
	event := make(map[int64]string)
	found := 0
	for i, d := range docs {
		id := int64(i + 1)
		event[id] = d.Event
		m := ix.Observe(Doc{ID: id, Text: d.Text})
		if m.Kind == None {
			continue
		}
		found++
		if event[m.Of] != d.Event {
			t.Errorf("%s (%s) called a %v copy of an article of event %s", d.ID, d.Event, m.Kind, event[m.Of])
		}
	}
	t.Logf("%d of %d ECB+ articles are copies within their event", found, len(docs))
}

func TestSeedsAreNotCopies(t *testing.T) {
	paths := sharedtest.Glob(t, "seeds", "*.txt")
	ix := NewIndex(DefaultConfig())
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := ix.Observe(Doc{ID: int64(i + 1), Text: string(b)}); m.Kind != None {
			t.Errorf("%s: %v copy of %d; the seeds are five outlets' own articles", filepath.Base(p), m.Kind, m.Of)
		}
	}
}

func TestEmptyText(t *testing.T) {
	ix := NewIndex(DefaultConfig())
	ix.Observe(Doc{ID: 1, Text: ""})
	if m := ix.Observe(Doc{ID: 2, Text: " \n\t "}); m.Kind != None {
		t.Errorf("empty texts matched: %+v", m)
	}
}

func FuzzObserve(f *testing.F) {
	f.Add("Kim Jong Un heads to Russia.\nHe meets Putin.", "Kim Jong Un heads to Russia.")
	f.Add("", "\n\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		ix := NewIndex(DefaultConfig())
		ix.Observe(Doc{ID: 1, Text: a})
		m := ix.Observe(Doc{ID: 2, Text: b})
		if m.Similarity < 0 || m.Similarity > 1 {
			t.Errorf("similarity %v out of [0,1]", m.Similarity)
		}
		if m.Kind != None && m.Of != 1 {
			t.Errorf("match of unknown article %d", m.Of)
		}
	})
}

// TestCopiesOfCopiesLinkToTheOriginal edits a text a few words at a time,
// each version copying the one before: every version is a near copy of
// the first, though the last has drifted far from it.
func TestCopiesOfCopiesLinkToTheOriginal(t *testing.T) {
	docs := loadECB(t)
	ws := strings.Fields(longest(docs, 12))
	ix := NewIndex(DefaultConfig())
	ix.Observe(Doc{ID: 1, Text: strings.Join(ws, " ")})
	for v := 2; v <= 20; v++ {
		for i := v * 7; i < len(ws); i += 150 {
			ws[i] = "edited"
		}
		m := ix.Observe(Doc{ID: int64(v), Text: strings.Join(ws, " ")})
		if m.Kind != Near || m.Of != 1 {
			t.Errorf("version %d: %v of %d (similarity %.2f), want near copy of 1", v, m.Kind, m.Of, m.Similarity)
		}
	}
}

// TestWindow observes distinct ECB+ texts with a window of 3 and then
// copies of each: a copy is found while its original is among the last
// 3 to 6 articles, and not once it has fallen out of both generations.
func TestWindow(t *testing.T) {
	docs := loadECB(t)
	cfg := DefaultConfig()
	cfg.Window = 3
	var texts []string
	probe := NewIndex(DefaultConfig())
	for _, d := range docs {
		if probe.Observe(Doc{ID: int64(len(texts) + 1), Text: d.Text}).Kind == None && len(strings.Fields(d.Text)) > 100 {
			texts = append(texts, d.Text)
		}
		if len(texts) == 8 {
			break
		}
	}
	tests := []struct {
		name     string
		observed int  // distinct articles observed before the copy
		found    bool // whether the copy of the first is found
	}{
		{"within the current generation", 3, true},
		{"in the previous generation", 6, true},
		{"dropped with its generation", 7, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex(cfg)
			for i := range tc.observed {
				ix.Observe(Doc{ID: int64(i + 1), Text: texts[i]})
			}
			m := ix.Observe(Doc{ID: 100, Text: texts[0]})
			if got := m.Kind == Exact && m.Of == 1; got != tc.found {
				t.Errorf("copy of article 1 after %d articles: %v of %d; want found = %v", tc.observed, m.Kind, m.Of, tc.found)
			}
			if ix.Len() > 2*cfg.Window {
				t.Errorf("index keeps %d articles, want at most %d", ix.Len(), 2*cfg.Window)
			}
		})
	}
}
