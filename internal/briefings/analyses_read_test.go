package briefings

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"crosscheck/internal/analysis"
	"crosscheck/internal/article"
	"crosscheck/internal/storage"
)

// TestUpdateReadsChangedAnalyses: a Keeper's first build of a story
// reads its stored analyses whole; each update after reads their sums
// and only the analyses it needs and does not hold: at most the new
// article's. Every stored briefing is the full rebuild. An analysis
// changed under its article's id (here one made against another date)
// is read again, and the briefing is a fresh Keeper's; the test fails
// if held analyses were taken by their article alone. Analyses stored
// without sums (before the column, or by a writer that did not store
// them) are read and compared whole, with the same briefings.
func TestUpdateReadsChangedAnalyses(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		seeds := seedArticles(t)
		if len(seeds) < 3 {
			t.Fatalf("%d seed articles, want 3 or more", len(seeds))
		}
		counted := &analysisReads{Store: st}
		k := New(counted)
		for n := 1; n <= len(seeds); n++ {
			counted.reset()
			addOneByOne(t, st, k, seeds[n-1:n], func(int) int64 { return 1 })
			what := fmt.Sprintf("seeds, %d articles", n)
			same(t, what, fullRebuild(t, st, 1), storedCurrent(t, st, 1))
			whole, sums, read := counted.counts()
			if n == 1 && (whole != 1 || sums != 0) || n > 1 && (whole != 0 || sums != 1) {
				t.Errorf("%s: analyses read whole %d times, their sums %d times", what, whole, sums)
			}
			if len(read) > 2 || slices.ContainsFunc(read, func(id int64) bool { return id != seeds[n-1].ID }) {
				t.Errorf("%s: analyses of articles %v read, want at most the new article %d's", what, read, seeds[n-1].ID)
			}
		}

		// restored stores a's analysis under its id and returns the
		// briefing k updates to and a fresh Keeper's, encoded; counted
		// holds the reads of k's update alone.
		restored := func(a article.Article) (held, fresh []byte) {
			t.Helper()
			an, err := analysis.Of(a)
			if err != nil {
				t.Fatal(err)
			}
			an.Article = a.ID
			if err := st.PutAnalyses(ctx, []storage.Analysis{*an}); err != nil {
				t.Fatal(err)
			}
			counted.reset()
			_, b, err := k.Refresh(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			_, f, err := New(st).Refresh(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			return encode(t, b), encode(t, f)
		}

		// An analysis changed under its id: one made as of another
		// date or in another language (the briefing moves with it).
		before := storedCurrent(t, st, 1)
		changed := false
		var others []article.Article
		for _, a := range seeds {
			if a.Published.IsZero() {
				continue // its analysis is made against the story's date
			}
			moved, other := a, a
			moved.Published = a.Published.AddDate(0, 0, -3)
			other.Language = "de"
			others = append(others, moved, other)
		}
		for _, a := range others {
			held, fresh := restored(a)
			_, _, read := counted.counts()
			if len(read) > 1 || len(read) == 1 && read[0] != a.ID {
				t.Errorf("article %d's analysis stored again: analyses of %v read, want at most %d's", a.ID, read, a.ID)
			}
			same(t, fmt.Sprintf("article %d's analysis changed", a.ID), fresh, held)
			if !bytes.Equal(fresh, before) {
				if len(read) != 1 {
					t.Errorf("article %d's analysis changed and not read again", a.ID)
				}
				changed = true
				break
			}
		}
		if !changed {
			t.Fatal("no seed article's analysis made against another date changes the briefing: the test cannot tell a held analysis from the stored one")
		}

		// Without sums: read whole and compared, the original
		// analysis back, then the other language's again.
		counted.noSums = true
		original := others[0]
		original.Published = original.Published.AddDate(0, 0, 3)
		for _, a := range []article.Article{original, others[1]} {
			held, fresh := restored(a)
			same(t, fmt.Sprintf("article %d's analysis stored again, no sums", a.ID), fresh, held)
			if _, _, read := counted.counts(); !slices.Contains(read, a.ID) {
				t.Errorf("no sums: article %d's changed analysis not read (%v)", a.ID, read)
			}
		}
	})
}

// analysisReads counts a Keeper's reads of stored analyses; with noSums
// it gives them as stored before the sums were.
type analysisReads struct {
	*storage.Store
	noSums bool

	mu          sync.Mutex
	whole, sums int
	read        []int64
}

func (s *analysisReads) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.whole, s.sums, s.read = 0, 0, nil
}

func (s *analysisReads) counts() (whole, sums int, read []int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	read = slices.Clone(s.read)
	slices.Sort(read)
	return s.whole, s.sums, slices.Compact(read)
}

func (s *analysisReads) strip(ans map[int64]storage.Analysis) map[int64]storage.Analysis {
	if s.noSums {
		for id, an := range ans {
			an.Sum = nil
			ans[id] = an
		}
	}
	return ans
}

func (s *analysisReads) StoryAnalyses(ctx context.Context, story int64) (map[int64]storage.Analysis, error) {
	s.mu.Lock()
	s.whole++
	s.mu.Unlock()
	ans, err := s.Store.StoryAnalyses(ctx, story)
	return s.strip(ans), err
}

func (s *analysisReads) StoryAnalysisSums(ctx context.Context, story int64) (map[int64]storage.Analysis, error) {
	s.mu.Lock()
	s.sums++
	s.mu.Unlock()
	ans, err := s.Store.StoryAnalysisSums(ctx, story)
	return s.strip(ans), err
}

func (s *analysisReads) Analysis(ctx context.Context, article int64) (storage.Analysis, error) {
	s.mu.Lock()
	s.read = append(s.read, article)
	s.mu.Unlock()
	an, err := s.Store.Analysis(ctx, article)
	if s.noSums {
		an.Sum = nil
	}
	return an, err
}
