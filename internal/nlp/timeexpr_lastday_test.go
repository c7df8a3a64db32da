package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestLastNextNeighbourDays: "last Sunday" on a Monday is the Sunday a
// week earlier when the text names yesterday's Sunday by its bare name,
// and undated when it does not; "last Friday" on a Monday is plainly
// three days back. The first text is of news round 16 (spent;
// imran-khan-ousted 03, a page of Monday 2022-04-11); the rest are
// invented.
func TestLastNextNeighbourDays(t *testing.T) {
	mon := time.Date(2022, 4, 11, 12, 0, 0, 0, time.UTC)
	sun := time.Date(2022, 4, 10, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"last set against a bare yesterday", mon,
			"Imran Khan on Sunday became the first Pakistani Prime Minister to lose a no-confidence vote. Khan was due to face the no-trust vote last Sunday, but the deputy speaker disallowed voting on the motion.",
			[]got{{"on Sunday", "2022-04-10", ""}, {"last Sunday", "2022-04-03", ""}}},
		{"last yesterday alone", mon,
			"The minister resigned last Sunday after the vote.",
			[]got{{"last Sunday", "", UnresolvedLastNextDay}}},
		{"next tomorrow alone", sun,
			"The court will hear the case next Monday.",
			[]got{{"next Monday", "", UnresolvedLastNextDay}}},
		{"next set against a bare tomorrow", sun,
			"The talks will open on Monday. The court will hear the case next Monday.",
			[]got{{"on Monday", "2022-04-11", ""}, {"next Monday", "2022-04-18", ""}}},
		// Controls: a weekday further back, a bare yesterday, and
		// "last night" with a bare yesterday.
		{"last night", mon,
			"The minister resigned on Sunday. The vote came last night.",
			[]got{{"on Sunday", "2022-04-10", ""}, {"last night", "2022-04-10", ""}}},
		{"last three days back", mon,
			"The minister resigned last Friday after the vote.",
			[]got{{"last Friday", "2022-04-08", ""}}},
		{"a bare yesterday", mon,
			"The minister resigned on Sunday after the vote.",
			[]got{{"on Sunday", "2022-04-10", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
