package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestTextYearDays: an article of unknown date (round 23 bezos 05, no
// date line) gives its yearless day the year of its full dates when they
// fix one; a text whose full dates lie years apart fixes none.
func TestTextYearDays(t *testing.T) {
	type got struct {
		Text, Start string
		RefYear     bool
	}
	for _, tt := range []struct {
		name, text string
		want       []got
	}{
		{"one year fixed",
			"Liftoff of the autonomous New Shepard occurred at 1311 UTC, July 20, 2021, from Blue Origin's Launch Site One in West Texas. Bezos became the second billionaire to reach space in less than two weeks. On July 11, Virgin Group founder Richard Branson flew on the first fully crewed flight of the VSS Unity space plane.",
			[]got{{"July 20, 2021", "2021-07-20", false}, {"July 11", "2021-07-11", false}}},
		{"years apart fix none",
			"Liftoff occurred on July 20, 2021, the anniversary of the Apollo 11 landing on July 20, 1969. On July 11, Richard Branson flew.",
			[]got{{"July 20, 2021", "2021-07-20", false}, {"July 20, 1969", "1969-07-20", false}, {"July 11", "2023-07-11", true}}},
		{"a text counting months from its telling fixes nothing",
			"A professor accused of coordinating last month's failed coup attempt is at the center of contributions to a super PAC. A company gave $5,000 to the PAC on June 27, 2014.\n\nIn the wake of the coup attempt July 15, the government declared he was a leader of the plot.",
			[]got{{"last month", "2023-08-01", false}, {"June 27, 2014", "2014-06-27", false}, {"July 15", "2023-07-15", true}}},
		{"far from the full date",
			"Liftoff occurred on July 20, 2021. On March 3, the company had announced the crew.",
			[]got{{"July 20, 2021", "2021-07-20", false}, {"March 3", "2023-03-03", true}}},
		{"across the year's end",
			"The ban took effect on Jan. 3, 2022.\n\nThe ministry, which announced it on Dec. 28, said it would last a month.",
			[]got{{"Jan. 3, 2022", "2022-01-03", false}, {"Dec. 28", "2021-12-28", false}}},
		{"a full date after the day fixes nothing",
			"The album Blackstar, released on Bowie's birthday, January 8, has received rave reviews from critics. He was born David Robert Jones in Brixton on January 8, 1947.",
			[]got{{"January 8", "2023-01-08", true}, {"January 8, 1947", "1947-01-08", false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ref := time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range TextYearDays(FindTimes(&doc, ref)) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.RefYear})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
