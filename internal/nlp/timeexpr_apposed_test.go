package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestApposedWeekdayDates checks that a weekday and a date set side by
// side by a comma name one day, in either order, with the weekday's
// bound and part of the day. The first two sentences are from pages of
// the spent news rounds 9 and 12 (develop), the others their variants.
func TestApposedWeekdayDates(t *testing.T) {
	type got struct{ Text, Start, End, Open, Unresolved string }
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	}
	tests := []struct {
		name, text string
		ref        time.Time
		want       []got
	}{
		{"a bound weekday with its part of the day, then the date",
			"By Saturday night, Jan. 26, when authorities called off rescue efforts until day break, the death toll stood at 40 dead with up to 300 people estimated to be missing.",
			time.Date(2019, 1, 29, 0, 0, 0, 0, time.UTC),
			[]got{{Text: "By Saturday night, Jan. 26", End: "2019-01-27", Open: OpenBefore}}},
		{"the date, then the weekday as its appositive, in an undated article",
			"On February 3, 2023, a Friday evening, 38 train cars derailed just outside of town, near the Ohio-Pennsylvania border.",
			time.Time{},
			[]got{{Text: "February 3, 2023", Start: "2023-02-03", End: "2023-02-04"}, {Text: "Friday evening", Start: "2023-02-03", End: "2023-02-04"}}},
		{"an appositive weekday the date does not fall on stays undated",
			"On February 3, 2023, a Sunday evening, 38 train cars derailed just outside of town.",
			time.Time{},
			[]got{{Text: "February 3, 2023", Start: "2023-02-03", End: "2023-02-04"}, {Text: "Sunday evening", Unresolved: UnresolvedNoDate}}},
		{"a weekday of another clause is no appositive",
			"Crews arrived on February 3, 2023, and on Friday evening 38 train cars derailed.",
			time.Time{},
			[]got{{Text: "February 3, 2023", Start: "2023-02-03", End: "2023-02-04"}, {Text: "on Friday evening", Unresolved: UnresolvedNoDate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, day(te.Start), day(te.End), te.Open, te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("times mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
