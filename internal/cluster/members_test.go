package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMemberSample(t *testing.T) {
	s, o := &story{}, &story{}
	for seq := int64(1); seq <= 12; seq++ {
		s.addMember(member{seq: seq}, 4)
		o.addMember(member{seq: seq + 100}, 4)
	}
	seqs := func(s *story) []int64 {
		var out []int64
		for _, m := range s.members {
			out = append(out, m.seq)
		}
		return out
	}
	if diff := cmp.Diff([]int64{1, 2, 11, 12}, seqs(s)); diff != "" {
		t.Errorf("sample keeps the earliest and the latest (-want +got):\n%s", diff)
	}
	s.mergeMembers(o, 4)
	if diff := cmp.Diff([]int64{1, 2, 111, 112}, seqs(s)); diff != "" {
		t.Errorf("merged sample (-want +got):\n%s", diff)
	}
}

// TestBridgeDoesNotMerge: an article about two stories joins one of them,
// and the two merge only when their other articles are close too.
func TestBridgeDoesNotMerge(t *testing.T) {
	volcano := "The volcano erupted near the village, ash covered the valley and lava reached the farms."
	election := "The parliament election count finished, the coalition won most seats and the premier resigned."
	bridge := "The volcano ash covered the valley as the parliament election count finished and the coalition won most seats while lava reached the farms."
	for _, tt := range []struct {
		gate      float64
		wantMerge bool
	}{{0, true}, {0.15, false}} {
		cfg := DefaultConfig()
		cfg.MinDocs, cfg.Assign, cfg.Merge, cfg.MergeMembers = 1, 0.2, 0.2, tt.gate
		c := New(cfg)
		m := make(Merges)
		add := func(text string) int64 {
			a := c.Add(Doc{Text: text})
			m.Record(a)
			return a.Story
		}
		v := add(volcano)
		add(volcano + " Farmers fled.")
		e := add(election)
		add(election + " Voters queued.")
		add(bridge)
		if merged := m.Resolve(v) == m.Resolve(e); merged != tt.wantMerge {
			t.Errorf("MergeMembers %.2f: the volcano and the election merged %v, want %v", tt.gate, merged, tt.wantMerge)
		}
	}
}
