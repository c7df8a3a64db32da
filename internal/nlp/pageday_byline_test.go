package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestBylineDay: a page of unknown date that prints its day after its
// byline, glued to the writer's name (boris-johnson-icu 01 of round 30)
// or set off by a comma, is of that day, and its "on Monday" counts from
// it; controls: a bound ("By Thursday March 5, 2020"), "by" inside a
// sentence, a later date written in the text, two bylines of two days.
func TestBylineDay(t *testing.T) {
	ref := time.Date(2020, 4, 6, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text string
		want       string // the page's day, "" for none
		monday     string // the day "on Monday" is given then, "" for none
	}{
		{"a date glued to the byline",
			"Factbox: Reaction as UK PM Johnson moved to intensive care By Gerald HernandezApril 7, 2020News British Prime Minister Boris Johnson was moved to intensive care on Monday after his coronavirus symptoms worsened.",
			"2020-04-07", "2020-04-06"},
		{"a date after the byline's comma",
			"By Nick Miroff, April 7, 2020\n\nThe minister was moved to intensive care on Monday.",
			"2020-04-07", "2020-04-06"},
		{"a bound, no byline",
			"By Thursday April 9, 2020 the minister had left intensive care, after moving there on Monday.",
			"", ""},
		{"by inside a sentence",
			"The report was written by Gerald Hernandez April 7, 2020 and he was moved on Monday.",
			"", ""},
		{"a later date in the text",
			"By Gerald HernandezApril 7, 2020News He was moved on Monday; a review is set for April 20, 2020.",
			"", ""},
		{"two bylines of two days",
			"By Gerald HernandezApril 7, 2020News He was moved on Monday.\n\nBy Ann SmithApril 6, 2020News More.",
			"", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, ref)
			day, ok := PageDay(&d, ref, time.Time{}, nil)
			got, monday := "", ""
			if ok {
				got = day.Format(time.DateOnly)
				for _, te := range Analyze(tt.text, day).Times {
					if te.Text == "on Monday" && te.Resolved {
						monday = te.Start.Format(time.DateOnly)
					}
				}
			}
			if diff := cmp.Diff([]string{tt.want, tt.monday}, []string{got, monday}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
