package align

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestOtherFigureIsAnotherFact(t *testing.T) {
	day := time.Date(2013, 4, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		texts   []string
		outlets []string // the outlets credited together with A
	}{
		{"a round figure for a precise one",
			[]string{
				"The earthquake killed 5,383 people in the province on Sunday.",
				"The earthquake killed 5,383 people in the province, officials said.",
				"The earthquake killed more than 5,000 people in the province on Sunday.",
			},
			[]string{"A", "B"}},
		{"another count of the same noun",
			[]string{
				"The earthquake killed 5,383 people in the province on Sunday.",
				"The earthquake killed 5,383 people in the province, officials said.",
				"The earthquake killed 1,500 people in the province on Sunday.",
			},
			[]string{"A", "B"}},
		{"the same figure in other units stays (control)",
			[]string{
				"The ship ran aground 75 miles from the port on Monday.",
				"The ship ran aground 75 miles from the port, the coast guard said.",
				"The ship ran aground 121 km from the port on Monday.",
			},
			[]string{"A", "B", "C"}},
		{"a figure describing a place is not the fact's (control)",
			[]string{
				"The leaders will meet in Vladivostok, less than 100 miles from the border, next week.",
				"The leaders will meet in Vladivostok next week, officials said.",
				"The leaders will meet next week in Vladivostok, which is just 129 kilometers from the border.",
			},
			[]string{"A", "B", "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []Input
			for i, text := range tt.texts {
				in = append(in, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text, Published: day})
			}
			res := Align(in, Options{})
			var got []string
			for _, c := range res.Claims {
				if slices.Contains(c.Outlets, "A") {
					got = slices.Sorted(slices.Values(c.Outlets))
				}
			}
			if diff := cmp.Diff(tt.outlets, got); diff != "" {
				t.Errorf("outlets with A (-want +got):\n%s", diff)
			}
		})
	}
}
