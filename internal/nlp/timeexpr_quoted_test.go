package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestQuotedAndAnchoredDays checks that a relative day inside a direct
// quotation counts from the day its attribution names (the article's or
// another), and is left undated when the attribution names none; and
// that a weekday counted from a dated event is dated from it. Sentences
// are made up; the reference is a Wednesday.
func TestQuotedAndAnchoredDays(t *testing.T) {
	ref := time.Date(2016, 6, 8, 12, 0, 0, 0, time.UTC) // Wednesday
	type got struct{ Text, Start, Unresolved string }
	tests := []struct {
		name, text string
		want       []got
	}{
		{"today in a quotation said on another day",
			"“We will win today,” she said on Tuesday.",
			[]got{{"today", "2016-06-07", ""}, {"on Tuesday", "2016-06-07", ""}}},
		{"yesterday in a quotation said on Monday",
			"“I voted yesterday,” he told reporters on Monday.",
			[]got{{"yesterday", "2016-06-05", ""}, {"on Monday", "2016-06-06", ""}}},
		{"a quotation said on the article's day",
			"“We will win today,” she said Wednesday.",
			[]got{{"today", "2016-06-08", ""}, {"Wednesday", "2016-06-08", ""}}},
		{"a quotation whose saying is not dated",
			"“We will win today,” she said.",
			[]got{{"today", "", UnresolvedQuotedDay}}},
		{"a weekday in a quotation said in a week, not on a day",
			"“The vote is on Thursday,” he said last week.",
			[]got{{"on Thursday", "", UnresolvedQuotedDay}, {"last week", "2016-05-30", ""}}},
		{"control: indirect speech counts from the article's date",
			"She said she would vote today.",
			[]got{{"today", "2016-06-08", ""}}},
		{"a weekday after a dated event",
			"The results came on Monday, a day after the June 5 shooting.",
			[]got{{"on Monday", "2016-06-06", ""}, {"June 5", "2016-06-05", ""}}},
		{"the weekday after a dated event",
			"The count ended the Tuesday after the May 31 primary.",
			[]got{{"Tuesday", "2016-06-07", ""}, {"May 31", "2016-05-31", ""}}},
		{"a count that disagrees with the weekday",
			"The results came on Monday, two days after the June 5 shooting.",
			[]got{{"on Monday", "", UnresolvedAnchoredDay}, {"June 5", "2016-06-05", ""}}},
		{"control: an undated event leaves the clause's tense",
			"The results came on Monday, a day after the shooting.",
			[]got{{"on Monday", "2016-06-06", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, ref) {
				g := got{Text: te.Text, Unresolved: te.Unresolved}
				if te.Resolved || te.Open != "" {
					g.Start = te.Start.Format("2006-01-02")
				}
				gots = append(gots, g)
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("times mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
