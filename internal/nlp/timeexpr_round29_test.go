package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound29Classes: the timeline classes of news round 29 (spent).
//   - oso-mudslide 02 (a Monday's story): a quoted "since Saturday"
//     counts back to the Saturday the narration dates ("broke free about
//     10:45 a.m. Saturday"), whatever day of that week it was said; a
//     quoted weekday the narration does not name, one of a clause that
//     tells no tense (a figure: "says he's neutral on Monday"), one
//     looked ahead to and a quoted "yesterday" keep their reason.
//   - manning-commutation 03: a caption's yearless month ("Manning,
//     center, is escorted into a courthouse … in November") may be of an
//     earlier year and is left undated; the same month in the narration,
//     and a caption's weekday, are dated.
func TestRound29Classes(t *testing.T) {
	type got struct{ Text, Start, End, Unresolved string }
	for _, tt := range []struct {
		name, text, ref string
		want            []got
	}{
		{"a quoted weekday the narration dates",
			"It is a grim situation, said Travis Hots.\n\n“We have not found anyone alive on this pile since Saturday,” he said.\n\nThe hillside broke free about 10:45 a.m. Saturday.",
			"2014-03-24",
			[]got{{"since Saturday", "2014-03-22", "", ""}, {"Saturday", "2014-03-22", "2014-03-23", ""}}},
		{"a quoted weekday the narration does not name",
			"It is a grim situation, said Travis Hots.\n\n“We have not found anyone alive on this pile since Saturday,” he said.\n\nThe hillside broke free on Friday.",
			"2014-03-24",
			[]got{{"since Saturday", "", "", UnresolvedQuotedDay}, {"on Friday", "2014-03-21", "2014-03-22", ""}}},
		{"a quoted yesterday counts from its saying",
			"The hillside broke free on Sunday.\n\n“We found nobody yesterday,” he said.",
			"2014-03-24",
			[]got{{"on Sunday", "2014-03-23", "2014-03-24", ""}, {"yesterday", "", "", UnresolvedQuotedDay}}},
		{"a quoted weekday of a figure, no tense told",
			"Clinton spoke to AIPAC on Monday.\n\n“Not a president who says he's neutral on Monday, pro-Israel on Tuesday,” Clinton said.",
			"2016-03-22",
			[]got{{"on Monday", "2016-03-21", "2016-03-22", ""}, {"on Monday", "", "", UnresolvedQuotedDay}, {"on Tuesday", "", "", UnresolvedQuotedDay}}},
		{"a quoted weekday looked ahead to",
			"The hillside broke free on Saturday.\n\n“We will open the road on Saturday,” he said.",
			"2014-03-24",
			[]got{{"on Saturday", "2014-03-22", "2014-03-23", ""}, {"on Saturday", "", "", UnresolvedQuotedDay}}},
		{"a caption's yearless month",
			"Army Pfc. Bradley Manning, center, is escorted into a courthouse in Fort Meade, Md., in November.\n\nPresident Barack Obama has commuted the sentence of Chelsea Manning.",
			"2017-01-17",
			[]got{{"in November", "", "", UnresolvedCaptionMonth}}},
		{"the narration's yearless month",
			"Manning was escorted into a courthouse in Fort Meade, Md., in November.",
			"2017-01-17",
			[]got{{"in November", "2016-11-01", "2016-12-01", ""}}},
		{"a caption's weekday",
			"Talk-show host Oprah Winfrey, right, interviewed cyclist Lance Armstrong on Monday in Austin, Texas.",
			"2013-01-17",
			[]got{{"on Monday", "2013-01-14", "2013-01-15", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
