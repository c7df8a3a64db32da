package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestEastDatelineDays: under a dateline of a place far east of UTC, a
// bare weekday that would fall six days before the page's date is the
// day after it. The first text is of news round 16 (spent;
// trump-kim-summit 03, a page dated Monday 2018-06-11); the rest are
// invented.
func TestEastDatelineDays(t *testing.T) {
	mon := time.Date(2018, 6, 11, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start string }
	for _, tt := range []struct {
		name string
		text string
		want []got
	}{
		{"Singapore dateline", "SINGAPORE — President Trump concluded a historic meeting with North Korea’s leader, Kim Jong Un, on Tuesday, saying that denuclearization on the Korean Peninsula would begin “very quickly.”",
			[]got{{"on Tuesday", "2018-06-12"}}},
		{"agency dateline after a headline", "Leaders meet in Tokyo\nTOKYO (Reuters) - The two leaders signed the accord on Tuesday.",
			[]got{{"on Tuesday", "2018-06-12"}}},
		// Controls: a place near UTC, no dateline, "last", and
		// a weekday nearer than six days back.
		{"London dateline", "LONDON — The two leaders signed the accord on Tuesday.",
			[]got{{"on Tuesday", "2018-06-05"}}},
		{"no dateline", "The two leaders signed the accord on Tuesday in Singapore.",
			[]got{{"on Tuesday", "2018-06-05"}}},
		{"last Tuesday", "SINGAPORE — The two leaders signed the accord last Tuesday.",
			[]got{{"last Tuesday", "2018-06-05"}}},
		{"Saturday two days back", "SINGAPORE — The delegations arrived on Saturday.",
			[]got{{"on Saturday", "2018-06-09"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, mon) {
				gots = append(gots, got{te.Text, te.Start.Format("2006-01-02")})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
