package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Spans counted from the reference day, the weekend by the clause's tense,
// and counts back left open by a comparative (audit rounds 7 and 8), with
// the readings that must not change.
func TestSpansAndOpenCountsBack(t *testing.T) {
	tue := time.Date(2016, 10, 4, 15, 0, 0, 0, time.UTC) // a Tuesday
	mon := time.Date(2016, 8, 1, 15, 0, 0, 0, time.UTC)  // a Monday
	type got struct{ Text, Start, End, Open string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"this past week is the seven days up to the reference day", tue, "The paper's coverage this past week was critical.",
			[]got{{"this past week", "2016-09-27", "2016-10-05", ""}}},
		{"in the last week", tue, "He has made a big deal in the last week about taxes.",
			[]got{{"the last week", "2016-09-27", "2016-10-05", ""}}},
		{"the past two years", tue, "Sales have fallen over the past two years.",
			[]got{{"the past two years", "2014-10-04", "2016-10-05", ""}}},
		{"the next two weeks ahead", tue, "The campaign will spend heavily over the next two weeks.",
			[]got{{"the next two weeks", "2016-10-04", "2016-10-19", ""}}},
		{"a plural without a count is open at its far end", tue, "The party will pick a nominee in the coming weeks.",
			[]got{{"the coming weeks", "2016-10-04", "", OpenAfter}}},
		{"a bound word does not open a span", tue, "Polls taken after the past week show a tie.",
			[]got{{"the past week", "2016-09-27", "2016-10-05", ""}}},
		{"the next week's primaries is the calendar week", tue, "Clinton leads ahead of next week's primaries.",
			[]got{{"next week's primaries", "2016-10-10", "2016-10-17", ""}}},
		{"the next week in the possessive", tue, "They will campaign before the next week's primaries.",
			[]got{{"next week's primaries", "2016-10-10", "2016-10-17", ""}}},
		{"this week of mourning stays this week", tue, "Flags fly low this week of mourning.",
			[]got{{"this week", "2016-10-03", "2016-10-10", ""}}},
		{"this past weekend", tue, "The rally this past weekend drew thousands.",
			[]got{{"this past weekend", "2016-10-01", "2016-10-03", ""}}},
		// Controls: last week stays the calendar week before.
		{"last week is the calendar week", tue, "The report came out last week.",
			[]got{{"last week", "2016-09-26", "2016-10-03", ""}}},
		// Hard negatives: the final one of something, another event's
		// next days.
		{"the last week of a month ranks: only the month is read", tue, "He campaigned in the last week of July.",
			[]got{{"of July", "2016-07-01", "2016-08-01", ""}}},
		{"the last week before an event ranks", tue, "He campaigned hard in the last week before the vote.",
			nil},
		{"of after last month without an article is another word's", tue, "He was found guilty last month of murder.",
			[]got{{"last month", "2016-09-01", "2016-10-01", ""}}},
		{"the next weeks in a past story", tue, "He resigned, and the next two weeks were quiet.",
			nil},
		{"the next week fronted in a past story", tue, "The next week, he flew to Ohio.",
			nil},
		{"the next year after a past verb", tue, "Gray resigned the next year because of the allegations.",
			nil},
		{"in the next week with a past form before", tue, "She has scheduled campaign stops in Nevada in the next week.",
			[]got{{"the next week", "2016-10-04", "2016-10-12", ""}}},
		{"the next week after a past clause", tue, "He has had a big lead, needing a shot of energy over the next week.",
			[]got{{"the next week", "2016-10-04", "2016-10-12", ""}}},
		{"the last day ranks", tue, "It was the last day of the trial.",
			nil},
		{"this weekend told in the past on a Monday", mon, "Starting this weekend, his wife has joined him as a critic.",
			[]got{{"this weekend", "2016-07-30", "2016-08-01", ""}}},
		{"this weekend ahead on a Monday", mon, "Trump will campaign in Ohio this weekend.",
			[]got{{"this weekend", "2016-08-06", "2016-08-08", ""}}},
		{"this weekend untensed on a Monday", mon, "Rallies this weekend in Ohio and Iowa.",
			[]got{{"this weekend", "2016-08-06", "2016-08-08", ""}}},
		{"less than two weeks ago", time.Date(2016, 8, 9, 12, 0, 0, 0, time.UTC), "It was less than two weeks ago that Khan spoke.",
			[]got{{"less than two weeks ago", "2016-07-26", "", OpenAfter}}},
		{"more than a year ago", tue, "The gap began more than a year ago, when he released the plan.",
			[]got{{"more than a year ago", "", "2015-10-04", OpenBefore}}},
		{"over three months ago", tue, "Over three months ago the deal fell apart.",
			[]got{{"Over three months ago", "", "2016-07-04", OpenBefore}}},
		{"more than compares an amount", tue, "Revenue was $74 million more than a year ago.",
			[]got{{"a year ago", "2015-01-01", "2016-01-01", ""}}},
		{"more than after a word of amounts", tue, "Prices are much higher, far more than a year ago.",
			[]got{{"a year ago", "2015-01-01", "2016-01-01", ""}}},
		{"this coming weekend in a past clause", tue, "Aides were dispatched to Orlando this coming weekend.",
			[]got{{"this coming weekend", "2016-10-08", "2016-10-10", ""}}},
		{"the next week untensed", tue, "Missouri also votes in the next week.",
			[]got{{"the next week", "2016-10-04", "2016-10-12", ""}}},
		{"a plain count back stays closed", tue, "The deal was signed two weeks ago.",
			[]got{{"two weeks ago", "2016-09-17", "2016-09-24", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				if te.Resolved == (te.Open != "") {
					t.Errorf("%q: resolved %v with open %q", te.Text, te.Resolved, te.Open)
				}
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Open})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
