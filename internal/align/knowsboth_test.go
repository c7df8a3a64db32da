package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVagueMagnitudeKnowsNoFigure: a magnitude word with no figure
// ("Thousands of rescuers") is no figure its source gives of another
// outlet's count (spent round 34, Kerala: it hid 353,000 against 800,000
// people in relief camps); a source giving the other figure itself still
// does not contradict it.
func TestVagueMagnitudeKnowsNoFigure(t *testing.T) {
	lead := "Floods hit the Indian state of Kerala on Saturday. "
	ours := lead + "Some 353,000 people have taken shelter in over 3,000 relief camps, officials said."
	tests := []struct {
		name  string
		pages []string
		want  [][]string
	}{
		{"thousands of others", []string{ours,
			lead + "Thousands of rescuers were continuing efforts to reach stranded people. An estimated 800,000 people have taken shelter in some 4,000 relief camps, officials said.",
		}, [][]string{{"An estimated 800,000 people", "Some 353,000 people"}}},
		{"control: the other figure given too", []string{ours,
			lead + "Some 353,000 people had taken shelter in relief camps by Friday. An estimated 800,000 people have taken shelter in some 4,000 relief camps, officials said.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shownConflicts(tt.pages)); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}
