package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSameDayYearDays: an article of unknown date gives a yearless day
// the year it writes with the same day and month, before or after it
// (news round 29, spent: rousseff-impeachment 04, the caption "Dilma
// Rousseff, 31 Aug" and "on August 31, 2016"), when that full date lies
// near the story's day and is the only one of that day and month; a
// birth date long ago gives a day of the story no year.
func TestSameDayYearDays(t *testing.T) {
	type got struct {
		Text, Start string
		RefYear     bool
	}
	story := time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text string
		want       []got
	}{
		{"the full date written after",
			"Dilma Rousseff, 31 Aug\n\nPicture of the Senate's plenary session taken during the impeachment vote, at the Senate in Brasilia, on August 31, 2016.",
			[]got{{"31 Aug", "2016-08-31", false}, {"August 31, 2016", "2016-08-31", false}}},
		{"a birth date long ago",
			"The album, released on his birthday, January 8, was praised. He was born in Brixton on January 8, 1947.",
			[]got{{"January 8", "2016-01-08", true}, {"January 8, 1947", "1947-01-08", false}}},
		{"two years of the same day",
			"The vote came on 31 Aug. A first vote was held on August 31, 2016, and another on August 31, 2015.",
			[]got{{"31 Aug.", "2016-08-31", true}, {"August 31, 2016", "2016-08-31", false}, {"August 31, 2015", "2015-08-31", false}}},
		{"another day of the month",
			"The vote came on 30 Aug. The session opened on August 31, 2016.",
			[]got{{"30 Aug.", "2016-08-30", true}, {"August 31, 2016", "2016-08-31", false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range SameDayYearDays(FindTimes(&doc, story), story) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.RefYear})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
