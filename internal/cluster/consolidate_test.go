package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConsolidate: two stories of one event that a single pass kept apart
// (the threshold too high for its angles) are merged with hindsight; two
// lone articles are not, nor stories that disagree on the year, nor
// anything when the pass is off.
func TestConsolidate(t *testing.T) {
	quake := "The earthquake struck the island of Qeshm, the houses of the village collapsed and rescuers searched the rubble."
	// The same event in other words: close to quake at 0.35-0.52, below
	// the Assign of 0.6 set below.
	other := "Rescue teams dug through debris on Qeshm island after the earthquake, and aid for the stricken village arrived."
	for _, tt := range []struct {
		name        string
		consolidate float64
		docs        []string
		want        []int // which of the docs' stories end as one: the index of the doc whose story each ends in
	}{
		{
			name:        "two parts of one event",
			consolidate: 0.15,
			docs:        []string{quake, quake + " Aid arrived.", other, other + " Tents were set up."},
			want:        []int{0, 0, 0, 0},
		},
		{
			name:        "off",
			consolidate: 0,
			docs:        []string{quake, quake + " Aid arrived.", other, other + " Tents were set up."},
			want:        []int{0, 0, 2, 2},
		},
		{
			name:        "two lone articles",
			consolidate: 0.15,
			docs:        []string{quake, other},
			want:        []int{0, 1},
		},
		{
			name:        "years disagree",
			consolidate: 0.15,
			docs:        []string{"In 2005 " + quake + " The 2005 quake.", "In 2005 " + quake + " Aid arrived in 2005.", "In 2008 " + other + " The 2008 quake.", "In 2008 " + other + " Tents were set up in 2008."},
			want:        []int{0, 0, 2, 2},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			// Assign high enough that the second wording opens a story of
			// its own, as an angle of an event can.
			cfg.Assign, cfg.Merge, cfg.Consolidate = 0.6, 0.9, tt.consolidate
			c := New(cfg)
			m := make(Merges)
			var ids []int64
			for _, d := range tt.docs {
				a := c.Add(Doc{Text: d})
				m.Record(a)
				ids = append(ids, a.Story)
			}
			m.RecordFolds(c.Consolidate())
			got := make([]int, len(ids))
			for i, id := range ids {
				for j := range ids {
					if m.Resolve(ids[j]) == m.Resolve(id) {
						got[i] = j
						break
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("stories after consolidation (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCut(t *testing.T) {
	folds := []Fold{{1, 2, 0.4}, {1, 3, 0.3}, {4, 5, 0.2}}
	if diff := cmp.Diff(folds[:2], Cut(folds, 0.25)); diff != "" {
		t.Errorf("Cut at 0.25 (-want +got):\n%s", diff)
	}
}
