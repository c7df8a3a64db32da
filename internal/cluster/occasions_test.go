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

// TestOccasionJoin: an article its words leave out of every story (Assign
// is set out of reach) joins one by a named gathering only as the rule
// says — dated within OccasionDays, or, with OccasionUndated, both
// undated — and never against the years.
func TestOccasionJoin(t *testing.T) {
	day := time.Date(2016, 7, 26, 0, 0, 0, 0, time.UTC)
	first := Doc{ID: 1, Title: "Protesters march at the Democratic convention", Text: "Hundreds of protesters marched in the heat on the opening day of the Democratic National Convention, delegates said."}
	second := Doc{ID: 2, Title: "Sanders delegates boo at the Democratic convention", Text: "Sanders delegates booed speakers on the floor of the Democratic National Convention as protesters marched outside."}
	for _, tc := range []struct {
		name          string
		first, second time.Time
		undated       bool
		secondTitle   string
		wantStories   int
	}{
		{name: "dated, two days apart", first: day, second: day.AddDate(0, 0, 2), wantStories: 1},
		{name: "dated, a month apart", first: day, second: day.AddDate(0, 1, 0), wantStories: 2},
		{name: "undated, rule off", wantStories: 2},
		{name: "undated", undated: true, wantStories: 1},
		{name: "undated article, dated story", first: day, undated: true, wantStories: 2},
		{name: "undated, the years disagree", undated: true, secondTitle: "2012 Democratic convention: Sanders delegates boo", wantStories: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Assign, cfg.Merge, cfg.OccasionAssign = 0.99, 0.99, 0
			cfg.OccasionUndated = tc.undated
			c := New(cfg)
			a, b := first, second
			a.Published, b.Published = tc.first, tc.second
			if tc.secondTitle != "" {
				a.Title = "2016 Democratic convention: protesters march"
				b.Title = tc.secondTitle
			}
			c.Add(a)
			c.Add(b)
			if got := c.Stories(); got != tc.wantStories {
				t.Errorf("%d stories, want %d", got, tc.wantStories)
			}
		})
	}
}
