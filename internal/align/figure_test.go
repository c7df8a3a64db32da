package align

import (
	"slices"
	"strings"
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

// TestFigureTheFactGives checks that a claim shown with a count (a detail
// of its happening) credits only outlets whose sentence gives that count:
// "Eleven of the cars were carrying hazardous materials" is not stated by
// "other cars were carrying hazardous materials". The claim may instead
// be shown by the sentence that gives no count, which every member
// states. Magnitudes with no figure of their own and counts of a known
// set are no such detail.
func TestFigureTheFactGives(t *testing.T) {
	day := time.Date(2023, 2, 6, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		texts []string
		// figure is the count a claim's text may show only when every
		// sentence of it gives it too.
		figure string
		// together are outlets that must share one claim.
		together []string
	}{
		{"a count of the cars",
			[]string{
				"Eleven of the cars were carrying hazardous materials, including vinyl chloride.",
				"Eleven of the cars were carrying hazardous materials such as vinyl chloride, officials said.",
				"The rail car which caught fire was carrying plastic pellets, with other cars carrying hazardous materials such as vinyl chloride.",
			},
			"Eleven", []string{"A", "B"}},
		{"a count of the injured",
			[]string{
				"Four people were slightly injured in the blast at the airport on Sunday.",
				"Four people were slightly injured when the blast hit the airport on Sunday.",
				"People were injured in the blast at the airport on Sunday, the police said.",
			},
			"Four", []string{"A", "B"}},
		{"a magnitude with no figure is no detail (control)",
			[]string{
				"North Korea possesses tens of millions of artillery shells that Russia wants to buy.",
				"North Korea possesses a huge stockpile of artillery shells that Russia wants to buy.",
				"North Korea possesses artillery shells that Russia wants to buy, analysts say.",
			},
			"", []string{"A", "B", "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []Input
			for i, text := range tt.texts {
				in = append(in, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text, Published: day})
			}
			res := Align(in, Options{})
			found := false
			for _, c := range res.Claims {
				if tt.figure != "" && strings.Contains(c.Text, tt.figure) {
					for _, s := range c.Sentences {
						if !strings.Contains(s.Text, tt.figure) {
							t.Errorf("claim %q credits %s, whose sentence %q does not give %q", c.Text, s.Outlet, s.Text, tt.figure)
						}
					}
				}
				if !slices.ContainsFunc(tt.together, func(o string) bool { return !slices.Contains(c.Outlets, o) }) {
					found = true
				}
			}
			if !found {
				t.Errorf("no claim credits all of %v", tt.together)
			}
		})
	}
}

// TestApartByFigureOwnFact checks that a sentence which leaves its claim
// for another figure, after its credit with the claim's fact was found
// weak, is not uncertain in the claim of its own it becomes: its fact is
// its own sentence, which it states by construction (the 2021 Maxwell
// verdict: "five years" for two perjury counts is not "up to 65 years"
// for the five guilty charges).
func TestApartByFigureOwnFact(t *testing.T) {
	day := time.Date(2021, 12, 30, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		texts []string
		// claims: each claim's outlets, an uncertain one marked "?",
		// and its text.
		claims [][]string
	}{
		{"the perjury counts' sentence",
			[]string{
				"In all, the five guilty charges could carry a combined sentence of up to 65 years in prison.",
				"Maxwell could potentially spend the rest of her life behind bars, with a maximum possible sentence of 65 years.",
				"The two perjury counts each carry a maximum prison sentence of five years.",
			},
			[][]string{
				{"A", "In all, the five guilty charges could carry a combined sentence of up to 65 years in prison."},
				{"B", "Maxwell could potentially spend the rest of her life behind bars, with a maximum possible sentence of 65 years."},
				{"C", "The two perjury counts each carry a maximum prison sentence of five years."},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []Input
			for i, text := range tt.texts {
				in = append(in, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text, Published: day})
			}
			var got [][]string
			for _, c := range Align(in, Options{}).Claims {
				var outlets []string
				for _, r := range c.Sentences {
					o := r.Outlet
					if r.Uncertain != "" {
						o += "?"
					}
					outlets = append(outlets, o)
				}
				got = append(got, append(outlets, c.Text))
			}
			if diff := cmp.Diff(tt.claims, got); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		})
	}
}
