package briefings

import (
	"context"
	"fmt"
	"testing"

	"crosscheck/internal/storage"
)

// TestRefreshReadsNoBriefing: updating a story's stored briefing (what
// ingest does) reads only the stored briefing's version and revision,
// never the briefing, and stores the full rebuild; a story current
// already is not built again.
func TestRefreshReadsNoBriefing(t *testing.T) {
	st := openStore(t, sqliteDSN(t))
	counted := &briefingReads{Store: st}
	k := New(counted)
	seeds := seedArticles(t)
	for n := 1; n <= len(seeds); n++ {
		addOneByOne(t, st, k, seeds[n-1:n], func(int) int64 { return 1 })
		same(t, fmt.Sprintf("seeds, %d articles", n), fullRebuild(t, st, 1), storedCurrent(t, st, 1))
	}
	before, err := st.BriefingVersion(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := k.RefreshStories(context.Background(), []int64{1}); err != nil {
		t.Fatal(err)
	}
	if counted.briefings != 0 || counted.puts != len(seeds) {
		t.Errorf("%d updates read the whole briefing %d times and stored %d, want 0 and %d", len(seeds), counted.briefings, counted.puts, len(seeds))
	}
	if after, err := st.BriefingVersion(context.Background(), 1); err != nil || after.Version != before.Version || after.Revision != before.Revision {
		t.Errorf("a current briefing's refresh: version %s revision %d, was %s %d (%v)", after.Version, after.Revision, before.Version, before.Revision, err)
	}
}

// briefingReads counts the reads of whole stored briefings and the
// briefings stored.
type briefingReads struct {
	*storage.Store
	briefings, puts int
}

func (s *briefingReads) Briefing(ctx context.Context, story int64) (storage.StoredBriefing, error) {
	s.briefings++
	return s.Store.Briefing(ctx, story)
}

func (s *briefingReads) PutBriefing(ctx context.Context, b storage.StoredBriefing) (bool, error) {
	s.puts++
	return s.Store.PutBriefing(ctx, b)
}
