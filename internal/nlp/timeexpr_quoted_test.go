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
		{"a quotation dated by the same happening told outside it",
			"The mayor died late Monday, his office announced. “The mayor died at 21:10 hours this evening,” his spokesman announced.",
			[]got{{"late Monday", "2016-06-06", ""}, {"this evening", "2016-06-06", ""}}},
		{"control: another happening outside the quotation",
			"The mayor died late Monday. “We met this evening,” his aide said.",
			[]got{{"late Monday", "2016-06-06", ""}, {"this evening", "", UnresolvedQuotedDay}}},
		{"control: the happening told at two days outside the quotation",
			"A guard died late Monday. Another guard died on Tuesday. “He died this evening,” the warden said.",
			[]got{{"late Monday", "2016-06-06", ""}, {"on Tuesday", "2016-06-07", ""}, {"this evening", "", UnresolvedQuotedDay}}},
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

// TestQuotedDayOfNarratedHappening: news round 16 (spent; castro-death 04,
// a page of Saturday 2016-11-26): the lead dates the death the quotation
// tells with "this evening".
func TestQuotedDayOfNarratedHappening(t *testing.T) {
	ref := time.Date(2016, 11, 26, 12, 0, 0, 0, time.UTC)
	text := "Cuban revolutionary icon Fidel Castro died late Friday in Havana, his brother, President Raul Castro, announced on national television.\n\n" +
		"\"The commander in chief of the Cuban revolution died at 22:29 hours this evening,\" the president announced on national television. Fidel Castro was 90."
	doc := Doc{Text: text, Sentences: SplitSentences(text)}
	var gots []string
	for _, te := range FindTimes(&doc, ref) {
		gots = append(gots, te.Text+" "+te.Start.Format("2006-01-02")+" "+te.Unresolved)
	}
	want := []string{"late Friday 2016-11-25 ", "this evening 2016-11-25 "}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("times mismatch (-want +got):\n%s", diff)
	}
}
