package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSecondPredicateAndForecastSpan: a coordinated second predicate
// after the expression ("and will continue") does not give the first
// one's tense, and a span up to a day after a verb of warning
// ("warned of rain through Wednesday") is what was warned of, so it is
// ahead. The first two sentences are of news round 16 (spent;
// hurricane-harvey-landfall 02 and 04, pages of Saturday 2017-08-26); the
// rest are invented.
func TestSecondPredicateAndForecastSpan(t *testing.T) {
	sat := time.Date(2017, 8, 26, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start, End string }
	for _, tt := range []struct {
		name string
		text string
		want []got
	}{
		{"past predicate far before, future one after and", "AccuWeather reports Hurricane Harvey made landfall as a major hurricane between Port Aransas and Port O’Connor, Texas early on Friday night and will continue to batter the Gulf Coast throughout the weekend.",
			[]got{{"on Friday night", "2017-08-25", "2017-08-26"}}},
		{"warned of rain through a weekday", "The National Hurricane Center warned of 12-foot storm surges and warned of up to 40 inches of rain in some areas through Wednesday.",
			[]got{{"through Wednesday", "", "2017-08-31"}}},
		{"a coordinated verb with no past before", "The storm hit the coast on Friday and will move north.",
			[]got{{"on Friday", "2017-08-25", "2017-08-26"}}},
		{"forecast until a weekday", "Forecasters predicted heavy showers over the whole region until Tuesday.",
			[]got{{"until Tuesday", "", "2017-08-30"}}},
		// Controls: a plural subject joined by "and" keeps the future
		// after it; a warning dated by the day right after it is past;
		// a span told in the past with no verb of warning stays past.
		{"and between nouns", "On Tuesday, police and firefighters will search the area.",
			[]got{{"On Tuesday", "2017-08-29", "2017-08-30"}}},
		{"warned on a weekday", "The governor warned on Wednesday that the storm could be deadly.",
			[]got{{"on Wednesday", "2017-08-23", "2017-08-24"}}},
		{"rain fell through a weekday", "Heavy rain fell in some coastal areas of the state through Wednesday.",
			[]got{{"through Wednesday", "", "2017-08-24"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, sat) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End)})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
