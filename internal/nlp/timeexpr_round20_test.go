package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound20TimelineClasses: classes of timeline entries judged wrong in
// round 20 (spent), with the round's own sentences beside invented ones
// and controls. A month word followed by "the" and a capitalised epithet
// is a ruler's name ("by August the Strong"); "from" a year until a
// possessive and a year is one span ("from 1967 until his 2009").
func TestRound20TimelineClasses(t *testing.T) {
	type got struct {
		Text, Start, End, Unresolved, Open string
	}
	for _, tt := range []struct {
		name string
		ref  string
		text string
		want []got
	}{
		{"a ruler's name and epithet (green-vault-heist 01)", "2019-11-25",
			"The museum has a large collection of jewels, Baroque artifacts and intricately crafted golden tableaux amassed between 1723 and 1730 by August the Strong, the Saxon elector and arts patron who later became king of Poland.",
			nil},
		{"an epithet after another month name", "2024-01-10",
			"The chapel was founded by May the Pious in his last years.",
			nil},
		// The rule leaves the month alone; its year is another class.
		{"a month before its verb's object (PolNeAR train, wash-post 2016-03-10)", "2016-03-10",
			"Missouri: Remember in November the Democrats who filibustered over 30 hours to fight against religious liberty.",
			[]got{{"in November", "2015-11-01", "2015-12-01", "", ""}}},
		{"a month then the day ordinal", "2024-01-10",
			"The fair opens by August the fifth.",
			[]got{{"by August", "", "2024-09-01", "", OpenBefore}}},
		{"a month then the, lower case", "2024-01-10",
			"The work will be done by August the latest.",
			[]got{{"by August", "", "2024-09-01", "", OpenBefore}}},
		{"a month then the and a name of another thing", "2024-01-10",
			"The dam will be finished by August, the ministry said.",
			[]got{{"by August", "", "2024-09-01", "", OpenBefore}}},
		{"from a year until a possessive and a year (gabon-coup 04)", "2023-08-30",
			"Bongo was a candidate for the Democratic Party of Gabon (PDG), founded by his father Omar Bongo, who led Gabon from 1967 until his 2009.",
			[]got{{"from 1967 until his 2009", "1967-01-01", "2010-01-01", "", ""}}},
		{"from a year until the year of a noun", "2023-08-30",
			"He chaired the party from 1998 until the 2016 election.",
			[]got{{"from 1998 until the 2016 election", "1998-01-01", "2017-01-01", "", ""}}},
		{"until a possessive and no year", "2023-08-30",
			"He led the party from 1998 until his death.",
			[]got{{"from 1998", "1998-01-01", "1999-01-01", "", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved, te.Open})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
