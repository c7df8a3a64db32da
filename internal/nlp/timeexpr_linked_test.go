package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Weekdays tied to a day the text dates, and names that hold "Today"
// (blind audit round 9, now spent), with the readings that must not
// change.
func TestLinkedWeekdays(t *testing.T) {
	fri := time.Date(2023, 3, 10, 20, 0, 0, 0, time.UTC) // a Friday
	wed := time.Date(2023, 8, 30, 20, 0, 0, 0, time.UTC) // a Wednesday
	feb := time.Date(2023, 2, 20, 20, 0, 0, 0, time.UTC) // a Monday
	type got struct{ Text, Start, End, Open, Unresolved string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a deadline is ahead", fri, "Insured depositors will have access to their deposits no later than Monday morning.",
			[]got{{"no later than Monday morning", "", "2023-03-14", OpenBefore, ""}}},
		{"a deadline in a clause without tense", fri, "Depositors get access by Monday.",
			[]got{{"by Monday", "", "2023-03-14", OpenBefore, ""}}},
		{"a deadline told in the past keeps it", fri, "By Monday, 30 people were dead.",
			[]got{{"By Monday", "", "2023-03-07", OpenBefore, ""}}},
		{"a modal perfect is still past", fri, "The fire may have been set by Monday.",
			[]got{{"by Monday", "", "2023-03-07", OpenBefore, ""}}},
		{"a range's weekday from its dated end", wed, "A watch is in effect from noon Wednesday, Aug. 30 through 6 p.m. Thursday.",
			[]got{{"Wednesday, Aug. 30", "2023-08-30", "2023-08-31", "", ""}, {"Thursday", "2023-08-31", "2023-09-01", "", ""}}},
		{"a range of days in a month still reads", wed, "The fair ran Aug. 10 through 12.",
			[]got{{"Aug. 10 through 12", "2023-08-10", "2023-08-13", "", ""}}},
		{"to before other words is no range", wed, "He spoke on Aug. 2 to reporters Thursday.",
			[]got{{"Aug. 2", "2023-08-02", "2023-08-03", "", ""}, {"Thursday", "2023-08-24", "2023-08-25", "", ""}}},
		{"a weekday beside a full date", feb, "On February 3, 2023, a Friday evening, 38 cars derailed.",
			[]got{{"February 3, 2023", "2023-02-03", "2023-02-04", "", ""}, {"Friday evening", "2023-02-03", "2023-02-04", "", ""}}},
		{"a weekday beside a date that disagrees keeps its own", feb, "On February 3, 2023, a Sunday evening, 38 cars derailed.",
			[]got{{"February 3, 2023", "2023-02-03", "2023-02-04", "", ""}, {"Sunday evening", "2023-02-19", "2023-02-20", "", ""}}},
		{"a weekday after a date's clause is its own", feb, "The plan of February 3, 2023, was changed on Friday.",
			[]got{{"February 3, 2023", "2023-02-03", "2023-02-04", "", ""}, {"on Friday", "2023-02-17", "2023-02-18", "", ""}}},
		{"a show's one-word title in quotation marks", wed, `The mayor told NBC's "Today" show that it looked bad.`,
			nil},
		{"a show's one-word title in curly marks", wed, "She said on NBC’s “Today” that she would stay.",
			nil},
		// Inside a quotation a relative day is the speaker's, left undated;
		// it is read, not dropped as a name.
		{"a quotation that opens with Today", wed, `He said, "Today we vote."`,
			[]got{{"Today", "", "", "", UnresolvedQuotedDay}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				g := got{Text: te.Text, Open: te.Open, Unresolved: te.Unresolved}
				if !te.Start.IsZero() {
					g.Start = te.Start.Format("2006-01-02")
				}
				if !te.End.IsZero() {
					g.End = te.End.Format("2006-01-02")
				}
				gots = append(gots, g)
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
