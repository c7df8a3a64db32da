package align

import (
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCountLinkedConflicts: counts of one noun under one predicate in
// sentences no claim joins (EgyptAir MS181's passengers, spent round 29)
// are shown as an uncertain conflict, never a confident one nor an
// update; the controls are counts that agree, counts under a light
// verb, under different predicates, and a moving count given at
// different times.
func TestCountLinkedConflicts(t *testing.T) {
	day := time.Date(2019, 3, 11, 0, 0, 0, 0, time.UTC)
	egypt81 := "A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. The flight from Alexandria to Cairo was carrying 81 passengers, its pilot said."
	egypt55 := "A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. The Airbus 320, which was carrying 55 passengers and a crew of seven, was diverted to Larnaca."
	tests := []struct {
		name      string
		pages     []string
		later     bool // the second page published a day later
		uncertain [][]string
	}{
		{"one noun, one predicate, no claim", []string{egypt81, egypt55}, false,
			[][]string{{"55 passengers", "81 passengers"}}},
		{"control: the same count", []string{egypt81,
			"A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. The Airbus 320, which was carrying 81 passengers and a crew of seven, was diverted to Larnaca."}, false, nil},
		{"control: a light verb", []string{
			"A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. The flight had 81 passengers from Alexandria to Cairo.",
			"A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. The Airbus 320, which had 55 passengers and a crew of seven, was diverted to Larnaca."}, false, nil},
		{"control: different predicates", []string{egypt81,
			"A man hijacked an EgyptAir plane flying from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus. Police later freed 55 passengers at Larnaca."}, false, nil},
		// Spent round 10: the earlier crash's toll, dated months
		// before the page.
		{"control: a count dated before the report", []string{
			"An Ethiopian Airlines Boeing 737 MAX 8 crashed near Addis Ababa on Sunday. All 157 people onboard were reported dead after the incident.",
			"An Ethiopian Airlines Boeing 737 MAX 8 crashed near Addis Ababa on Sunday. The plane was the same model as the one that crashed in Indonesia last October, resulting in the deaths of 189 people."}, false, nil},
		// Spent round 10: a part of the total the other page gives.
		{"control: a part of a breakdown", []string{
			"Elizabeth Holmes was convicted on Monday. She has been found guilty of four counts of defrauding investors of nearly $145 million.",
			"Elizabeth Holmes was convicted on Monday. She has been found guilty on three counts of criminal wire fraud and one count of conspiracy to commit wire fraud."}, false, nil},
		{"control: a moving count at different times", []string{
			"Floods hit the region on Monday. The floods killed 12 people in the valley, officials said.",
			"Floods hit the region on Monday. Rescue teams said the disaster killed 40 people across the province."}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, p := range tt.pages {
				pub := day
				if tt.later && i > 0 {
					pub = day.Add(24 * time.Hour)
				}
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: pub, Text: p})
			}
			res := Align(inputs, Options{})
			var got [][]string
			for _, c := range res.Conflicts {
				if c.Uncertain == "" || c.Update {
					t.Errorf("confident conflict or update: %+v", c)
					continue
				}
				var vs []string
				for _, v := range c.Variants {
					vs = append(vs, v.Value)
				}
				sort.Strings(vs)
				got = append(got, vs)
			}
			if diff := cmp.Diff(tt.uncertain, got); diff != "" {
				t.Errorf("uncertain conflicts (-want +got):\n%s\n%+v", diff, res.Conflicts)
			}
		})
	}
}
