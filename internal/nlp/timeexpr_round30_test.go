package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound30Classes: the timeline classes of news round 30 (spent).
//   - government-shutdown-2013 06: a day word glossed by its date at a
//     sentence's end ("before the end of the day tomorrow, Oct. 1,
//     2013.") is that date, as one set off by two commas is; a date
//     that goes on into the clause ("tomorrow, Oct. 1 and 2") glosses
//     nothing.
//   - travel-ban-order 03: "the 2017 fiscal year" (a refugee cap) is no
//     calendar year and is left undated; a calendar year beside it
//     stays.
func TestRound30Classes(t *testing.T) {
	type got struct{ Text, Start, End, Unresolved string }
	for _, tt := range []struct {
		name, text, ref string
		want            []got
	}{
		{"a gloss closing a quoted sentence, page undated",
			"“We do not know that Congress will act before the end of the day tomorrow, Oct. 1, 2013.”",
			"",
			[]got{{"tomorrow", "2013-10-01", "2013-10-02", ""}, {"Oct. 1, 2013", "2013-10-01", "2013-10-02", ""}}},
		{"a gloss closing the narration's sentence, page posted next day",
			"The vote is due today, Sept. 12.",
			"2017-09-13",
			[]got{{"today", "2017-09-12", "2017-09-13", ""}, {"Sept. 12", "2017-09-12", "2017-09-13", ""}}},
		{"a date going on into the clause glosses nothing",
			"“We do not know that Congress will act tomorrow, Oct. 1 and 2, 2013.”",
			"",
			[]got{{"tomorrow", "", "", UnresolvedNoDate}, {"Oct. 1 and 2, 2013", "2013-10-01", "2013-10-03", ""}}},
		{"a fiscal year",
			"It caps the number of refugees admitted during the 2017 fiscal year at 50,000, set in 2016.",
			"2017-01-31",
			[]got{{"the 2017 fiscal year", "", "", UnresolvedFiscalYear}, {"in 2016", "2016-01-01", "2017-01-01", ""}}},
		{"a budget year",
			"The cuts fall in the 2017 budget year.",
			"2017-01-31",
			[]got{{"the 2017 budget year", "", "", UnresolvedFiscalYear}}},
		{"a calendar year naming a thing",
			"Turnout fell in the 2016 election year.",
			"2017-01-31",
			[]got{{"the 2016 election year", "2016-01-01", "2017-01-01", ""}}},
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

// TestStatedDayNotFromEndGloss: a gloss closing its sentence dates its
// day word but sets no article's own day: in government-shutdown-2013 06
// it closes a memo quoted with mismatched marks, a day before the page's.
func TestStatedDayNotFromEndGloss(t *testing.T) {
	text := "\"Congress will not act before the end of the day tomorrow, Oct. 1, 2013. Execute plans,” wrote Burwell.\n\nThe government shut down on Oct. 1, 2013."
	if at, ok := StatedDay(text); ok {
		t.Errorf("StatedDay = %v, want none", at)
	}
	if _, ok := StatedDay("It will act tomorrow (Oct. 1), he wrote.\n\nThe government shut down on Oct. 1, 2013."); !ok {
		t.Error("StatedDay of a bracketed gloss: none, want 2013-09-30")
	}
}
