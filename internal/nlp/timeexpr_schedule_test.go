package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestScheduleAndExpectationAhead: a weekday in a clause of a schedule
// verb in the present ("ends its presence Tuesday") or of an expectation
// with a bare verb after "to" ("expected to last at least through
// Friday") is ahead of the page's date; the same words in the past stay
// behind it. Sentences of news round 14 (kabul-airport-attack 04, a page
// of Friday 2021-08-27; camp-fire 03, a page of Tuesday 2018-11-13).
func TestScheduleAndExpectationAhead(t *testing.T) {
	fri := time.Date(2021, 8, 27, 15, 0, 0, 0, time.UTC)
	tue := time.Date(2018, 11, 13, 15, 0, 0, 0, time.UTC)
	type got struct{ Text, Start, End string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a schedule verb in the present, its object between", fri,
			"But that advice went largely unheeded by Afghans desperate to escape the country in the last few days of an American-led evacuation before the U.S. officially ends its 20-year presence Tuesday.",
			[]got{{"Tuesday", "2021-08-31", "2021-09-01"}}},
		{"an expectation, the bare verb after to", tue,
			"Smoke lingered over the Bay Area and unhealthy air quality — expected to last at least through Friday — forced the cancellation of several local events, from high school football games to half marathons.",
			[]got{{"through Friday", "", "2018-11-17"}}},
		// Controls: the same verbs in the past, and "last" as a
		// determiner after "to".
		{"a schedule verb in the past", fri,
			"The U.S. officially ended its 20-year presence Tuesday.",
			[]got{{"Tuesday", "2021-08-24", "2021-08-25"}}},
		{"a past verb before on Tuesday", fri,
			"Afghans desperate to escape the country crowded the airport on Tuesday.",
			[]got{{"on Tuesday", "2021-08-24", "2021-08-25"}}},
		{"a past verb before through Friday", tue,
			"Smoke lingered over the Bay Area through Friday.",
			[]got{{"through Friday", "", "2018-11-10"}}},
		// PolNeAR round 5 (a page of Friday 2016-06-03): an election's
		// schedule in the simple present, and the same in the past.
		{"an election held in the simple present", time.Date(2016, 6, 3, 12, 0, 0, 0, time.UTC),
			"New Jersey also holds its primary Tuesday.",
			[]got{{"Tuesday", "2016-06-07", "2016-06-08"}}},
		{"an election held in the past", time.Date(2016, 6, 3, 12, 0, 0, 0, time.UTC),
			"New Jersey also held its primary Tuesday.",
			[]got{{"Tuesday", "2016-05-31", "2016-06-01"}}},
		{"last after to is a determiner before a unit of time", tue,
			"Air quality fell to last week's levels on Friday.",
			[]got{{"last week's levels", "2018-11-05", "2018-11-12"}, {"on Friday", "2018-11-09", "2018-11-10"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End)})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
