package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound32Classes: the timeline classes of news rounds 32a and 33a.
//   - nova-scotia-shooting 04: "fires set on Saturday night" is a deed's
//     participle, not a plan "set" for a day; a plan set for a day, or
//     set at it in the present, stays ahead.
//   - joplin-tornado 05: a present perfect done "by Monday morning" is
//     done by now, so the deadline is the last Monday up to the page's
//     day; a deadline of no tense, or after a modal, stays ahead.
//   - wework-ipo-pulled 02: "Monday's disclosure" on a page of a Monday
//     is the page's day whichever way its clause is read; a possessive
//     weekday of another day, or quoted, stays undated.
//   - joplin-tornado 01: "Last updated: 2:09 a.m. Monday" on a page of
//     Sunday 22 May is the next day; a bare weekday of the narration,
//     or of an update line that goes on to tell a happening, keeps its
//     reading.
func TestRound32Classes(t *testing.T) {
	type got struct{ Text, Start, End, Open, Unresolved string }
	for _, tt := range []struct {
		name, text, ref string
		want            []got
	}{
		{"fires set on a day gone",
			"Lisa McCully worked at Debert Elementary, in the area where there were shootings and several fires set on Saturday night.",
			"2020-04-20",
			[]got{{"on Saturday night", "2020-04-18", "2020-04-19", "", ""}}},
		{"control: fires to be set",
			"Several fires will be set on Saturday night.",
			"2020-04-20",
			[]got{{"on Saturday night", "2020-04-25", "2020-04-26", "", ""}}},
		{"control: a plan set for a day",
			"The vote is set for Saturday.",
			"2020-04-20",
			[]got{{"Saturday", "2020-04-25", "2020-04-26", "", ""}}},
		{"control: a plan set at a day, in the present",
			"The trial is set on Saturday.",
			"2020-04-20",
			[]got{{"on Saturday", "2020-04-25", "2020-04-26", "", ""}}},
		{"done by a day, present perfect",
			"According to Cora Scott, a spokeswoman for the hospital, all of the patients have been moved to other hospitals by Monday morning.",
			"2011-05-26",
			[]got{{"by Monday morning", "", "2011-05-24", "before", ""}}},
		{"control: a deadline of no tense",
			"The patients must be moved by Monday morning.",
			"2011-05-26",
			[]got{{"by Monday morning", "", "2011-05-31", "before", ""}}},
		{"control: a perfect after an infinitive marker",
			"The patients have to be moved by Monday morning.",
			"2011-05-26",
			[]got{{"by Monday morning", "", "2011-05-31", "before", ""}}},
		{"a possessive weekday of the page's own day",
			"Monday’s disclosure provides no clearer guidance on WeWork’s future.",
			"2019-09-30",
			[]got{{"Monday’s disclosure provides", "2019-09-30", "2019-10-01", "", ""}}},
		{"control: a possessive weekday of another day",
			"Monday’s disclosure provides no clearer guidance on WeWork’s future.",
			"2019-10-01",
			[]got{{"Monday’s disclosure provides", "", "", "", UnresolvedPossessiveDay}}},
		{"control: a possessive weekday of the page's day, quoted",
			"“Monday’s disclosure provides no clearer guidance,” he said.",
			"2019-09-30",
			[]got{{"Monday’s disclosure provides", "", "", "", UnresolvedPossessiveDay}}},
		{"an update stamp's weekday after the page's day",
			"Last updated: 2:09 a.m. Monday, May 22. First posted at 6:52 p.m. Sunday, May 22, 2011.\n\nAuthorities said a tornado struck a Joplin hospital Sunday.",
			"2011-05-22",
			[]got{
				{"Monday", "2011-05-23", "2011-05-24", "", ""},
				{"May 22", "2011-05-22", "2011-05-23", "", ""},
				{"Sunday, May 22, 2011", "2011-05-22", "2011-05-23", "", ""},
				{"Sunday", "2011-05-22", "2011-05-23", "", ""},
			}},
		{"control: an update line that tells a happening",
			"UPDATE: On Wednesday evening, prosecutors confirmed the charge.",
			"2019-02-22",
			[]got{{"On Wednesday evening", "2019-02-20", "2019-02-21", "", ""}}},
		{"control: the narration's weekday beside the page's own",
			"Crews reached the hospital on Monday, officials said.\n\nAuthorities said a tornado struck a Joplin hospital Sunday.",
			"2011-05-22",
			[]got{
				{"on Monday", "", "", "", UnresolvedUpdatedDay},
				{"Sunday", "2011-05-22", "2011-05-23", "", ""},
			}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Open, te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
