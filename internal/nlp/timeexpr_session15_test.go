package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSession15TimelineClasses: a part of a month, year or decade written
// "mid-" joined to it places the whole period, as "late 2018" places its
// year, and "early"/"late"/"mid-" between "the" and a decade that part's
// years (session 18)
// (sentences of PolNeAR train and of spent rounds 10, 11 and 13:
// holmes-verdict, twitter-takeover, weinstein-verdict); a year fronted
// before its sentence's clause, set off by a comma, gives that clause's
// yearless month its year (PolNeAR train), while a second verb still
// opens another clause.
func TestSession15TimelineClasses(t *testing.T) {
	type got struct {
		Text, Start, End, Open string
	}
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"mid- joined to a month", "2022-01-04",
			"The jury of eight men and four women were handed the case in mid-December after three months of proceedings.",
			[]got{{"mid-December", "2021-12-01", "2022-01-01", ""}}},
		{"mid- joined to a month, fronted", "2022-10-28",
			"However, in mid-May, Musk changed his mind about the purchase.",
			[]got{{"mid-May", "2022-05-01", "2022-06-01", ""}}},
		{"since mid- a year", "2016-02-08",
			"The company said it had suspended 125,000 accounts associated with extremism since mid-2015.",
			[]got{{"since mid-2015", "2015-05-01", "", OpenAfter}}},
		{"the mid- decade", "2020-02-25",
			"Sciorra said Weinstein barged into her apartment and raped her in the mid-1990s.",
			[]got{{"in the mid-1990s", "1994-01-01", "1997-01-01", ""}}},
		{"the late decade", "2018-08-14",
			"The Morandi Bridge was built on the A10 toll motorway in the late 1960s.",
			[]got{{"in the late 1960s", "1967-01-01", "1970-01-01", ""}}},
		{"mid alone is no time", "2016-02-08",
			"Prices fell in the mid-Atlantic states.",
			nil},
		{"a fronted year", "2016-09-04",
			"In 2008, Barack Obama's campaign began airing Spanish-language ads in mid-September, a timeline Clinton could still match this year.",
			[]got{{"In 2008", "2008-01-01", "2009-01-01", ""}, {"mid-September", "2008-09-01", "2008-10-01", ""}, {"this year", "2016-01-01", "2017-01-01", ""}}},
		{"a fronted year, a second clause", "2016-09-04",
			"In 2008, the campaign aired ads and then the party bought more in September.",
			[]got{{"In 2008", "2008-01-01", "2009-01-01", ""}, {"in September", "2016-09-01", "2016-10-01", ""}}},
		{"a year not fronted", "2016-09-04",
			"The campaign began in 2008 and aired ads in September.",
			[]got{{"in 2008", "2008-01-01", "2009-01-01", ""}, {"in September", "2016-09-01", "2016-10-01", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Open})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
