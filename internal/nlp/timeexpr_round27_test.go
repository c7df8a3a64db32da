package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound27ThroughAdverb: a bound word right before a time expression
// that opens with its own preposition is an adverb with no object
// (news round 27, spent: typhoon-haiyan 06, "as it rampaged through on
// Friday"), not the time's bound; controls keep "through Friday" and
// "until Monday" bounds.
func TestRound27ThroughAdverb(t *testing.T) {
	sat := time.Date(2013, 11, 9, 12, 0, 0, 0, time.UTC) // a Saturday
	type got struct{ Text, Start, End string }
	for _, tt := range []struct {
		name, text string
		want       []got
	}{
		{"through with no object before on a day",
			"The typhoon generated nearly 200-mph winds as it rampaged through on Friday.",
			[]got{{"on Friday", "2013-11-08", "2013-11-09"}}},
		{"through of a day", "Schools were shut through Friday.",
			[]got{{"through Friday", "", "2013-11-09"}}},
		{"until of a day", "The airport was closed until Friday.",
			[]got{{"until Friday", "", "2013-11-09"}}},
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
