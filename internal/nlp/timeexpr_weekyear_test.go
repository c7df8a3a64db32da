package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestWeekdayYears checks that a day written with its weekday and no year,
// in a text of unknown date, takes the year the text names that agrees
// with the weekday, and stays undated otherwise. Sentences are made up.
func TestWeekdayYears(t *testing.T) {
	type got struct{ Text, Start, Unresolved string }
	tests := []struct {
		name, text string
		ref        time.Time
		want       got
	}{
		{"the latest year named agrees",
			"The trial began on April 15, 2024. Closing arguments came on Tuesday, May 28.",
			time.Time{}, got{"on Tuesday, May 28", "2024-05-28", ""}},
		{"the year before the latest agrees and is named",
			"The case opened in 2023. The report of 2024 followed. It was filed on Tuesday, May 30.",
			time.Time{}, got{"on Tuesday, May 30", "2023-05-30", ""}},
		{"the year after the latest agrees but is not named",
			"The trial began on April 15, 2024. The verdict came on Wednesday, May 28.",
			time.Time{}, got{"on Wednesday, May 28", "", UnresolvedNoYear}},
		{"no year of the three agrees",
			"The trial began on April 15, 2024. Closing arguments came on Friday, May 28.",
			time.Time{}, got{"on Friday, May 28", "", UnresolvedNoYear}},
		{"a reference date of another year: the weekday's year",
			"The trial began on April 15, 2024. Closing arguments came on Tuesday, May 28.",
			time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), got{"on Tuesday, May 28", "2024-05-28", ""}},
		{"no weekday written, with a reference date: its year, as before",
			"The vote was held in 2023. The first round was on May 14.",
			time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC), got{"May 14", "2028-05-14", ""}},
		{"no weekday: no year to tell",
			"The trial began on April 15, 2024. Closing arguments came on May 28.",
			time.Time{}, got{"May 28", "", UnresolvedNoYear}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				if te.Unresolved == "" && !te.RefYear && !te.Relative && te.Text != tt.want.Text {
					continue // the years the text names
				}
				g := got{Text: te.Text, Unresolved: te.Unresolved}
				if te.Resolved {
					g.Start = te.Start.Format("2006-01-02")
				}
				gots = append(gots, g)
			}
			if diff := cmp.Diff([]got{tt.want}, gots); diff != "" {
				t.Errorf("times mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
