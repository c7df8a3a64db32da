package cluster

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestOccasionsOf(t *testing.T) {
	for _, tc := range []struct {
		title, lead string
		want        []string
	}{
		{"Bill Clinton addresses a very different party", "PHILADELPHIA - It was Bill Clinton's night at the Democratic convention, one more prime speaking slot", []string{"@philadelphia", "convention democratic"}},
		{"Former AG Mukasey at RNC", "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at the Republican National Convention that", []string{"@cleveland", "convention republican"}},
		{"Trump fever infects convention finale", "Cleveland (AFP) – The Trump troops embraced their newly crowned nominee, clogging the convention floor", []string{"@cleveland"}},
		{"Al Gore to skip Democratic convention", "Al Gore's self-imposed exile from politics will extend to this week's Democratic National Convention.", []string{"convention democratic"}},
		// A month or a weekday names no gathering; a sentence's first
		// word alone is not a dateline.
		{"Voters head out", "The March 15 primaries are next. On Tuesday's debate stage the candidates", nil},
		{"Results", "Clinton, who won the Iowa caucuses, spoke - briefly.", []string{"caucus iowa"}},
		{"A quiet week", "WASHINGTON — The Senate left town.", []string{"@washington"}},
		{"A quiet week", "Washington, a city of talkers, went quiet.", nil},
		{"Takedown", "In the third Democratic presidential primary debate Saturday, Sen. Bernie Sanders", []string{"primary democratic"}},
		{"After Democratic debate", "Even the day after a Democratic presidential debate, the candidate", []string{"debate democratic"}},
		{"Primary eve", "MANCHESTER, N.H. - Four days after the Republicans", []string{"@manchester"}},
		{"Poll", "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats are", []string{"@cambridge"}},
		{"Ruling", "JACKSON, Miss. - U.S. District Judge", []string{"@jackson"}},
		{"A list", "Apples, Pears and more - all fruit.", nil},
		{"Exclusive–Maria Espinoza speaks", "Exclusive–Maria Espinoza, the director, said", nil},
		{"Howard Dean Tells Democratic Convention", "", []string{"convention dean"}},
	} {
		if diff := cmp.Diff(tc.want, occasionsOf(tc.title, tc.lead)); diff != "" {
			t.Errorf("occasionsOf(%q, %q) (-want +got):\n%s", tc.title, tc.lead, diff)
		}
	}
}

func FuzzOccasionsOf(f *testing.F) {
	f.Add("Bill Clinton addresses the party", "PHILADELPHIA - It was his night at the Democratic convention.")
	f.Add("Primary eve", "MANCHESTER, N.H., Jan. 3 (AP) — Four days before the New Hampshire primary")
	f.Add("", "A, B - ( — ,")
	day := time.Date(2016, 7, 25, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, title, lead string) {
		keys := occasionsOf(title, lead)
		if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
			t.Errorf("occasionsOf(%q, %q) = %q: not sorted and unique", title, lead, keys)
		}
		for _, k := range keys {
			if k == "" || k == datelineKey {
				t.Errorf("occasionsOf(%q, %q) = %q: an empty key", title, lead, keys)
			}
		}
		// Two dated articles set at the same occasions.
		c := New(DefaultConfig())
		c.Add(Doc{ID: 1, Title: title, Text: lead, Published: day})
		c.Add(Doc{ID: 2, Title: lead, Text: title + " " + lead, Published: day.Add(time.Hour)})
		if n := c.Stories(); n < 1 || n > 2 {
			t.Errorf("%d stories from 2 articles", n)
		}
	})
}
