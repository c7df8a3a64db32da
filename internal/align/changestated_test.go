package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestChangeStatedIsUpdate: a source stating that a count moved ("the
// toll rose from 36 to 41", "up from 147", "revised to 41 from 36")
// makes the two values one count at two times, an update in that order,
// never a conflict (round 37: Istanbul airport, 36 against 41 dead).
func TestChangeStatedIsUpdate(t *testing.T) {
	lead := "Suicide bombers attacked the main airport of the city on Tuesday night. "
	said36 := lead + "The prime minister said 36 people died Tuesday in the attack on the airport."
	said41 := lead + "At least 41 people were killed in the attack on the airport, officials said."
	tests := []struct {
		name  string
		pages []string
		want  [][]string
	}{
		{"control: no change stated", []string{said36, said41}, [][]string{{"36 people", "At least 41 people", "?"}}},
		{"rose from X to Y", []string{said36, said41,
			lead + "The death toll in the attack on the airport rose from 36 to 41, the governor said Wednesday.",
		}, [][]string{{"36 people", "At least 41 people", "+"}}},
		{"rose to Y from X", []string{said36, said41,
			lead + "The governor said Wednesday the death toll had risen to 41 from 36.",
		}, [][]string{{"36 people", "At least 41 people", "+"}}},
		{"revised to Y from X", []string{said36, said41,
			lead + "Officials revised the toll to 41 from 36 on Wednesday.",
		}, [][]string{{"36 people", "At least 41 people", "+"}}},
		{"up from X", []string{said36, said41,
			lead + "The toll stood at 41 on Wednesday, up from 36 a day earlier.",
		}, [][]string{{"36 people", "At least 41 people", "+"}}},
		{"control: other numbers changed", []string{said36, said41,
			lead + "The number of injured rose from 147 to 239, the governor said.",
		}, [][]string{{"36 people", "At least 41 people", "?"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shownConflicts(tt.pages)); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}

// TestChangeStatedOrder: the update lists the earlier figure first
// whichever outlet comes first, a count revised down too.
func TestChangeStatedOrder(t *testing.T) {
	lead := "Suicide bombers attacked the main airport of the city on Tuesday night. "
	inputs := pageInputs(time.Date(2016, 6, 29, 0, 0, 0, 0, time.UTC), []string{
		lead + "The prime minister said 36 people died Tuesday in the attack on the airport.",
		lead + "At least 41 people were killed in the attack on the airport, officials said.",
		lead + "The death toll in the attack on the airport was revised down from 41 to 36, the governor said Wednesday.",
	})
	var got [][]string
	for _, c := range Align(inputs, Options{}).Conflicts {
		var vs []string
		for _, v := range c.Variants {
			vs = append(vs, v.Value)
		}
		got = append(got, vs)
	}
	if diff := cmp.Diff([][]string{{"At least 41 people", "36 people"}}, got); diff != "" {
		t.Errorf("update values (-want +got):\n%s", diff)
	}
}
