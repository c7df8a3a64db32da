package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPartsSumToTotal: parts of a count given apart ("10 foreign nationals
// and 3 holding dual citizenships") that sum to another outlet's total
// ("13 foreign nationals") are no conflict (round 37: Istanbul airport).
// Parts of other moving counts ("10 killed and 3 injured") are no parts.
func TestPartsSumToTotal(t *testing.T) {
	lead := "Suicide bombers attacked the main airport of the city on Tuesday night. "
	total := lead + "The governor said at least 13 foreign nationals were among the dead."
	tests := []struct {
		name  string
		pages []string
		want  [][]string
	}{
		{"control: a figure alone", []string{total,
			lead + "The governor said 10 foreign nationals were among the dead.",
		}, [][]string{{"10 foreign nationals", "at least 13 foreign nationals"}}},
		{"parts after", []string{total,
			lead + "The governor said 10 foreign nationals and 3 holding dual citizenships were among the dead.",
		}, nil},
		{"parts before", []string{total,
			lead + "The governor said 3 dual citizens and 10 foreign nationals were among the dead.",
		}, nil},
		{"control: parts that do not sum", []string{total,
			lead + "The governor said 10 foreign nationals and 2 holding dual citizenships were among the dead.",
		}, [][]string{{"10 foreign nationals", "at least 13 foreign nationals"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shownConflicts(tt.pages)); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}
