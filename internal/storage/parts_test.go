package storage

import (
	"bytes"
	"context"
	"math/rand"
	"testing"
	"time"
)

// keptLike is n bytes that look like an encoded Kept: runs of small
// varints and sums, no long repeats.
func keptLike(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		if r.Intn(4) == 0 {
			b[i] = byte(r.Intn(256))
		} else {
			b[i] = byte(r.Intn(16))
		}
	}
	return b
}

// TestCutParts: parts put back together are the value; each is within
// its bounds; bytes inserted in the middle move the cuts around them
// only, so most parts of the value after are parts of the value before.
func TestCutParts(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	before := keptLike(r, 1<<20)
	insert := keptLike(r, 300)
	after := append(append(append([]byte(nil), before[:500_000]...), insert...), before[500_000:]...)
	for _, tc := range []struct {
		name string
		b    []byte
	}{{"empty", nil}, {"short", before[:100]}, {"one part", before[:partMin+10]}, {"before", before}, {"after", after}} {
		parts := cutParts(tc.b)
		var whole []byte
		for i, p := range parts {
			if len(p.body) > partMax || i < len(parts)-1 && len(p.body) < partMin {
				t.Errorf("%s: part %d of %d bytes, bounds %d-%d", tc.name, i, len(p.body), partMin, partMax)
			}
			whole = append(whole, p.body...)
		}
		if !bytes.Equal(whole, tc.b) {
			t.Errorf("%s: parts put together are not the value (%d bytes, want %d)", tc.name, len(whole), len(tc.b))
		}
		listed, total, err := readPartsList(partsList(parts))
		if err != nil || len(listed) != len(parts) || total != len(tc.b) {
			t.Errorf("%s: list read back as %d parts of %d bytes (%v), want %d of %d", tc.name, len(listed), total, err, len(parts), len(tc.b))
		}
	}
	had := map[[partSumSize]byte]bool{}
	for _, p := range cutParts(before) {
		had[p.sum] = true
	}
	parts, fresh := cutParts(after), 0
	for _, p := range parts {
		if !had[p.sum] {
			fresh += len(p.body)
		}
	}
	if len(parts) < 100 || fresh > 3*partMax {
		t.Errorf("after 300 bytes inserted, %d of %d bytes in new parts (%d parts), want the parts around the insertion only", fresh, len(after), len(parts))
	}
	if _, _, err := readPartsList([]byte{3, 1, 2}); err == nil {
		t.Error("a list cut short was read")
	}
}

func TestAlignmentInParts(t *testing.T) { eachBackend(t, testAlignmentInParts) }

// testAlignmentInParts: an alignment stored in parts reads back as
// stored, an update writes only the parts it has not stored, parts no
// longer listed are gone, and a missing part makes the alignment read
// as none.
func testAlignmentInParts(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	add(t, s, "a.txt", "A", "One", "First event text.", time.Time{}, Placement{Story: 1, NewStory: true})
	add(t, s, "b.txt", "B", "Two", "Second event text.", time.Time{}, Placement{Story: 2, NewStory: true})
	r := rand.New(rand.NewSource(3))
	first := keptLike(r, 200_000)
	second := append(append(append([]byte(nil), first[:90_000]...), keptLike(r, 50)...), first[90_000:]...)
	other := keptLike(r, 30_000)
	st, _ := s.Story(ctx, 1)
	partsOfStory := func(story int64) map[string]bool {
		rows, err := s.db.QueryContext(ctx, `SELECT part_sum FROM briefing_parts WHERE story_id = $1`, story)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]bool{}
		for rows.Next() {
			var sum []byte
			if err := rows.Scan(&sum); err != nil {
				t.Fatal(err)
			}
			out[string(sum)] = true
		}
		return out
	}
	put := func(story, revision int64, alignment []byte) {
		t.Helper()
		if ok, err := s.PutBriefing(ctx, StoredBriefing{Story: story, Version: "v1", Revision: revision, Briefing: []byte("b"), Alignment: alignment}); err != nil || !ok {
			t.Fatalf("PutBriefing = %v, %v", ok, err)
		}
	}
	read := func(story int64, want []byte, what string) {
		t.Helper()
		a, err := s.BriefingAlignment(ctx, story)
		if err != nil || !bytes.Equal(a.Alignment, want) || (want == nil) != (a.Alignment == nil) {
			t.Errorf("%s: BriefingAlignment(%d) = %d bytes (nil %v), %v; want %d bytes (nil %v)", what, story, len(a.Alignment), a.Alignment == nil, err, len(want), want == nil)
		}
	}
	put(1, st.Revision, first)
	st2, _ := s.Story(ctx, 2)
	put(2, st2.Revision, other)
	read(1, first, "first")
	read(2, other, "other story")
	had := partsOfStory(1)
	if len(had) != len(cutParts(first)) {
		t.Errorf("%d parts stored, want %d", len(had), len(cutParts(first)))
	}
	put(1, st.Revision, second)
	read(1, second, "second")
	now := partsOfStory(1)
	written := 0
	for sum := range now {
		if !had[sum] {
			written++
		}
	}
	if want := len(cutParts(second)); len(now) != want || written == 0 || written > 4 {
		t.Errorf("after 50 bytes inserted: %d parts stored (want %d), %d of them new (want 1-4)", len(now), want, written)
	}
	read(2, other, "other story after the update")
	// A part gone (a writer replaced them under a reader): none kept.
	for sum := range now {
		if _, err := s.db.ExecContext(ctx, `DELETE FROM briefing_parts WHERE story_id = $1 AND part_sum = $2`, 1, []byte(sum)); err != nil {
			t.Fatal(err)
		}
		break
	}
	read(1, nil, "a part missing")
	// Stored empty, and stored without one: no parts left.
	put(1, st.Revision, []byte{})
	read(1, []byte{}, "empty")
	put(1, st.Revision, nil)
	read(1, nil, "none")
	if n := len(partsOfStory(1)); n != 0 {
		t.Errorf("%d parts left after a briefing without alignment", n)
	}
	read(2, other, "other story at the end")
}
