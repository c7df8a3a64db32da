package briefings

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/align"
	"crosscheck/internal/storage"
)

// TestKeptHeldIsStored: after every update the Kept a Keeper holds for
// the story is, byte for byte, the one stored beside the briefing; a
// Keeper whose held Kept is stale (another process built the story
// since) and one whose Kept is under other rules still store the full
// rebuild.
func TestKeptHeldIsStored(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		counted := &alignmentReads{Store: st}
		k, other := New(counted), New(st)
		seeds := seedArticles(t)
		if len(seeds) < 4 {
			t.Fatalf("%d seed articles, want 4 or more", len(seeds))
		}
		for n := 1; n <= len(seeds); n++ {
			by := k
			if n == len(seeds)-1 {
				// Another process adds an article: k's held Kept
				// is then of the story before it.
				by = other
			}
			addOneByOne(t, st, by, seeds[n-1:n], func(int) int64 { return 1 })
			what := fmt.Sprintf("seeds, %d articles", n)
			same(t, what, fullRebuild(t, st, 1), storedCurrent(t, st, 1))
			sb, err := st.BriefingAlignment(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			h, ok := by.held.stories[1]
			if !ok {
				t.Fatalf("%s: no Kept held", what)
			}
			held, err := h.kept.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(held, sb.Alignment) || h.words.Bytes() == 0 || h.docs.Bytes() == 0 || h.bytes != len(held)+h.words.Bytes()+h.docs.Bytes() {
				t.Errorf("%s: the Kept held (%d bytes, counted %d with %d of words) is not the one stored (%d bytes)", what, len(held), h.bytes, h.words.Bytes(), len(sb.Alignment))
			}
			if n == 1 {
				// Kept under other rules is not taken: the next
				// build reads the stored one.
				k.held.stories[1] = heldKept{version: "other rules", kept: h.kept, bytes: h.bytes}
			}
		}
		// The first build found none, the second was held one under
		// other rules; the others took the Kept held, the last a
		// stale one.
		if counted.n != 2 {
			t.Errorf("the stored Kept read %d times, want 2", counted.n)
		}
	})
}

// alignmentReads counts the reads of a stored Kept.
type alignmentReads struct {
	*storage.Store
	n int
}

func (s *alignmentReads) BriefingAlignment(ctx context.Context, story int64) (storage.StoredBriefing, error) {
	s.n++
	return s.Store.BriefingAlignment(ctx, story)
}

// TestKeptHeldBound: the Kept of the stories built longest ago go first
// when the held ones pass the bound, and one over the bound alone is not
// held.
func TestKeptHeldBound(t *testing.T) {
	type hold struct {
		story int64
		size  int
	}
	tests := []struct {
		name  string
		holds []hold
		want  []int64
	}{
		{"under the bound", []hold{{1, keptHeldBytes / 3}, {2, keptHeldBytes / 3}}, []int64{1, 2}},
		{"the oldest goes", []hold{{1, keptHeldBytes / 3}, {2, keptHeldBytes / 3}, {3, keptHeldBytes / 2}}, []int64{2, 3}},
		{"held again is newer", []hold{{1, keptHeldBytes / 3}, {2, keptHeldBytes / 3}, {1, keptHeldBytes / 3}, {3, keptHeldBytes / 2}}, []int64{1, 3}},
		{"over the bound alone", []hold{{1, keptHeldBytes / 3}, {2, keptHeldBytes + 1}}, []int64{1}},
		{"over the bound replaces", []hold{{1, keptHeldBytes / 3}, {1, keptHeldBytes + 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var kh keptHeld
			for _, h := range tt.holds {
				kh.hold(h.story, Version, new(align.Kept), h.size, nil, nil, encodedSizes{})
			}
			var got []int64
			total := 0
			for id := int64(1); id <= 3; id++ {
				if h, ok := kh.stories[id]; ok {
					got = append(got, id)
					total += h.bytes
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("stories held (-want +got):\n%s", diff)
			}
			if total != kh.bytes {
				t.Errorf("bytes counted %d, held %d", kh.bytes, total)
			}
			for _, id := range got {
				if kept, _, _, _ := kh.take(id, "other rules"); kept != nil {
					t.Errorf("story %d: a Kept held under other rules was taken", id)
				}
			}
			if kh.bytes != 0 || len(kh.stories) != 0 {
				t.Errorf("after taking all: %d bytes, %d stories held", kh.bytes, len(kh.stories))
			}
		})
	}
}
