package align

import (
	"strings"
	"testing"
	"time"
)

// TestPersonDay holds the session-17 recall class "the day of what befell
// one person once, given apart" (BENCHMARKS.md, "session 17: conflicts";
// spent round 24, a coronation dated "on Saturday, May 6, 2023" and "on
// May 8, 2023"), in sentences written in the shape of the sources', and
// the controls that must make no confident conflict.
func TestPersonDay(t *testing.T) {
	day := time.Date(2021, 3, 10, 12, 0, 0, 0, time.UTC)
	const died9 = "Folk singer Marta Quillon died at her home in Dorset on Tuesday, March 9, 2021, her family said."
	tests := []struct {
		name  string
		pages []string
		want  string // "" none, "confident" or "uncertain"
	}{
		{"died on two days", []string{
			died9,
			"Marta Quillon died at her home in Dorset on March 7, 2021, after a long illness.",
		}, "confident"},
		{"crowned on two days, in the passive", []string{
			"London - In a grand ceremony, Prince Tobias Quillon was crowned as King of Wessex on March 8, 2021.",
			"Wessex's King Tobias Quillon was crowned at the abbey on Saturday, March 6, 2021, before thousands of guests.",
		}, "confident"},
		// Control: "crowned" in the active tells what someone did.
		{"crowned in the active", []string{
			"King Tobias Quillon crowned his son at the abbey on March 8, 2021.",
			"Wessex's King Tobias Quillon was crowned at the abbey on Saturday, March 6, 2021, before thousands of guests.",
		}, ""},
		// Control: what a person does again.
		{"visited on two days", []string{
			"Marta Quillon visited Dorset on Tuesday, March 9, 2021, her family said.",
			"Marta Quillon visited Dorset on March 7, 2021, after a long illness.",
		}, ""},
		// Control: the name is no subject of the verb.
		{"someone else died", []string{
			died9,
			"The husband of singer Marta Quillon died at their home in Dorset on March 7, 2021, the family said.",
		}, ""},
		{"someone else died, a name in the clause before", []string{
			died9,
			"A fan died at the concert on March 7, 2021, Marta Quillon said.",
		}, ""},
		// Control: a day to come.
		{"to be crowned", []string{
			"Prince Tobias Quillon will be crowned as King of Wessex on March 8, 2021.",
			"Wessex's King Tobias Quillon was crowned at the abbey on Saturday, March 6, 2021, before thousands of guests.",
		}, ""},
		// Control: a page giving the happening two days.
		{"one page, two days", []string{
			died9,
			"Marta Quillon died on March 7, 2021. Marta Quillon died on March 9, 2021, according to a later report.",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := alignPages(day, tt.pages)
			got := ""
			for _, c := range res.Conflicts {
				if !strings.HasPrefix(c.Slot, "when ") || !strings.Contains(c.Slot, "Quillon") {
					continue
				}
				got = "confident"
				if c.Uncertain != "" {
					got = "uncertain"
				}
			}
			if got != tt.want {
				t.Errorf("person-day conflict %q, want %q: %+v", got, tt.want, res.Conflicts)
			}
		})
	}
}
