package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound19TimelineClasses: classes of round 19's judged timeline
// entries (hillsborough-inquests 01 and 03, junior-doctors-strike 01 and
// 04, pistorius-murder-conviction 04, cut to the sentences that matter)
// beside invented sentences and controls. A weekday inside a name ("Sheffield
// Wednesday's ground") is no day; "from" a time with nothing after it
// that closes a range runs on; a date with a day number on each side of
// its month is left undated; a bare weekday before a noun of something
// recurring ("Saturday pay") classifies it and names no day.
func TestRound19TimelineClasses(t *testing.T) {
	wed := time.Date(2016, 4, 27, 12, 0, 0, 0, time.UTC) // a Wednesday
	type got struct {
		Text, Start, End, Unresolved, Open string
	}
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a club in the possessive", wed,
			"Thousands of fans were crushed at Sheffield Wednesday's ground on April 15, 1989.",
			[]got{{"April 15, 1989", "1989-04-15", "1989-04-16", "", ""}}},
		{"a club before its head", wed,
			"The hosts (Sheffield Wednesday Football Club) made errors.",
			nil},
		{"an invented club in the possessive", wed,
			"The fans walked to Lisbon Tuesday's stadium before kick-off.",
			nil},
		{"an invented church", wed,
			"Mourners gathered at Kirkby Friday Chapel.",
			nil},
		{"from a year with nothing after", wed,
			"The judge detailed their relationship from 2012 and the night in 2013 when he shot her.",
			[]got{{"from 2012", "2012-01-01", "", "", OpenAfter}, {"in 2013", "2013-01-01", "2014-01-01", "", ""}}},
		{"from a month onwards", wed,
			"The new rules apply from March onwards.",
			[]got{{"from March", "2016-03-01", "", "", OpenAfter}}},
		{"a day number on each side of the month", wed,
			"Junior doctors protest outside the hospital on 26 April 2 2016, during a strike.",
			[]got{{"26 April 2 2016", "", "", UnresolvedTwoDays, ""}}},
		{"a weekday before a noun of what recurs", wed,
			"Saturday pay",
			[]got{{"Saturday", "", "", UnresolvedGeneric, ""}}},
		{"a weekday before an invented noun of what recurs", wed,
			"Shops campaigned against Sunday trading for years.",
			[]got{{"Sunday", "", "", UnresolvedGeneric, ""}}},
		// Controls: a weekday after a bare name is an adverb; a weekday
		// after a word that places it, capitalised at the sentence's
		// start, is a day; a name before a weekday followed by a verb;
		// "from" a year closed by "to" or joined to a second year; a
		// record from a year; a year classifying a noun; a single date;
		// a bare weekday before a preposition.
		{"a weekday after a bare name", wed,
			"President Obama Tuesday signed the bill.",
			[]got{{"Tuesday", "2016-04-26", "2016-04-27", "", ""}}},
		{"a weekday's possessive at the start", wed,
			"On Tuesday's vote, the union said nothing.",
			[]got{{"On Tuesday's vote", "2016-04-26", "2016-04-27", "", ""}}},
		{"from a year to another", wed,
			"He lived there from 2012 to the end of the war.",
			[]got{{"from 2012", "2012-01-01", "2013-01-01", "", ""}}},
		{"from a year and another", wed,
			"Figures from 2012 and 2013 show a fall.",
			[]got{{"from 2012", "2012-01-01", "2013-01-01", "", ""}}},
		{"a photo from a year", wed,
			"A photo from 2012 shows the couple.",
			[]got{{"from 2012", "2012-01-01", "2013-01-01", "", ""}}},
		{"from a year's level", wed,
			"Emissions fell 30% from 2005 levels.",
			[]got{{"from 2005", "2005-01-01", "2006-01-01", "", ""}}},
		{"a day month year", wed,
			"The strike began on 26 April 2016 at 8am.",
			[]got{{"26 April 2016", "2016-04-26", "2016-04-27", "", ""}}},
		{"a bare weekday before a preposition", wed,
			"The union walked out Saturday over pay.",
			[]got{{"Saturday", "2016-04-23", "2016-04-24", "", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved, te.Open})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
