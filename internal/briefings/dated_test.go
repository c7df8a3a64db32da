package briefings

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"
	"testing"
	"time"

	"crosscheck/internal/analysis"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// TestDatedAnalysesServeAStart: the analyses a Keeper makes against the
// story's day are stored, and a Keeper that starts afresh decodes them
// rather than making them again, with the full rebuild's briefing.
func TestDatedAnalysesServeAStart(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		seeds := seedArticles(t)
		addOneByOne(t, st, New(st), seeds, func(int) int64 { return 1 })
		stored, err := st.StoryDatedAnalyses(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(stored) == 0 {
			t.Fatal("no dated analysis stored: the seed story has no undated article analysed against its day")
		}
		counted := &datedWrites{Store: st}
		_, b, err := New(counted).Refresh(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "a Keeper started afresh", fullRebuild(t, st, 1), encode(t, b))
		if counted.puts != 0 {
			t.Errorf("a Keeper started afresh stored %d dated analyses: it made them again", counted.puts)
		}
	})
}

// datedWrites counts the dated analyses a Keeper stores.
type datedWrites struct {
	*storage.Store
	mu   sync.Mutex
	puts int
}

func (s *datedWrites) PutDatedAnalyses(ctx context.Context, as []storage.DatedAnalysis) error {
	s.mu.Lock()
	s.puts += len(as)
	s.mu.Unlock()
	return s.Store.PutDatedAnalyses(ctx, as)
}

// TestDatedAnalysesKeyed: a stored dated analysis serves only the day,
// rules, text and language it was made from. The one stored here is
// another text's, so that serving it where it must not shows; the test
// fails when any of the four checks is taken out.
func TestDatedAnalysesKeyed(t *testing.T) {
	seeds := seedArticles(t)
	if len(seeds) < 2 {
		t.Fatalf("%d seed articles, want 2 or more", len(seeds))
	}
	text, language := seeds[0].Text, "en"
	day := time.Date(2013, 7, 22, 0, 0, 0, 0, time.UTC)
	marker := nlp.AnalyzeIn(seeds[1].Text, day, language)
	data, err := json.Marshal(marker)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := datedRef(day)
	exact := storage.DatedAnalysis{Article: 1, Ref: key, Version: analysis.Version, From: madeFrom(text, language), Doc: data}
	otherRules, otherDay, otherText, otherLanguage := exact, exact, exact, exact
	otherRules.Version = "other rules"
	otherDay.Ref, _ = datedRef(day.AddDate(0, 0, 1))
	otherText.From = madeFrom(text+" More.", language)
	otherLanguage.From = madeFrom(text, "de")
	for _, c := range []struct {
		name   string
		stored storage.DatedAnalysis
		serves bool
	}{
		{"the same", exact, true},
		{"other rules", otherRules, false},
		{"another day", otherDay, false},
		{"another text", otherText, false},
		{"another language", otherLanguage, false},
	} {
		dk := &docsKept{dated: map[int64][]storage.DatedAnalysis{1: {c.stored}}}
		got := dk.doc(1, nil, text, language, time.Time{}, day, func() *storage.Analysis { return nil })
		want := nlp.AnalyzeIn(text, day, language)
		if c.serves {
			want = marker
			want.Text = text
		}
		if !reflect.DeepEqual(got.Sentences, want.Sentences) || !reflect.DeepEqual(got.Times, want.Times) {
			t.Errorf("%s: the stored dated analysis served %v, want %v", c.name, !c.serves, c.serves)
		}
		// What was made afresh is stored, and only that.
		made := dk.madeDated()
		if c.serves && len(made) != 0 || !c.serves && (len(made) != 1 || made[0].Ref != key || !datedServes(&made[0], text, language, day)) {
			t.Errorf("%s: stored after the build %+v", c.name, made)
		}
	}
}
