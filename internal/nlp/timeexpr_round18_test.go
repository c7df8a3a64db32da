package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound18TimelineClasses: classes of round 18's judged timeline
// entries, on invented sentences and controls. A day an "until" bound
// ends is not pushed back a year by a past clause (prorogation-ruling 05:
// "prorogation ... until October 14th had been unlawful" on 2019-09-26
// was 2018-10-14); a past weekday of the page's own weekday in a text
// that says "yesterday" is the week before (alaska-door-plug 02: "On
// Friday Night ... made" on Friday 2024-01-12, beside "canceled roughly
// 109 flights yesterday").
func TestRound18TimelineClasses(t *testing.T) {
	sep := time.Date(2019, 9, 26, 12, 0, 0, 0, time.UTC) // a Thursday
	fri := time.Date(2024, 1, 12, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start, End string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"until a day ahead in a past clause", sep,
			"The council ruled that the closure of the bridge until November 4 had been unlawful.",
			[]got{{"until November 4", "", "2019-11-05"}}},
		{"till a day ahead in a past clause", sep,
			"The museum was shut till October 20 for repairs.",
			[]got{{"till October 20", "", "2019-10-21"}}},
		{"a past weekday of the page's day beside yesterday", fri,
			"On Friday night, a ferry ran aground off the island. The operator cancelled 40 sailings yesterday.",
			[]got{{"On Friday night", "2024-01-05", "2024-01-06"}, {"yesterday", "2024-01-11", "2024-01-12"}}},
		// Controls: "by" sets a deadline, which a past clause keeps in
		// the past; an "until" day before the page's keeps its year;
		// a day without a bound keeps the past; without "yesterday",
		// or in the future, or quoted, the page's weekday is its day.
		{"by a day in a past clause", sep,
			"By November 4, the council had closed the bridge.",
			[]got{{"By November 4", "", "2018-11-05"}}},
		{"until a day before the page's", sep,
			"The bridge was closed until March 3 for repairs.",
			[]got{{"until March 3", "", "2019-03-04"}}},
		{"a past day ahead without a bound", sep,
			"The council closed the bridge on November 4.",
			[]got{{"November 4", "2018-11-04", "2018-11-05"}}},
		{"a past weekday of the page's day, no yesterday", fri,
			"On Friday night, a ferry ran aground off the island, the operator said.",
			[]got{{"On Friday night", "2024-01-12", "2024-01-13"}}},
		{"a future weekday beside yesterday", fri,
			"The operator cancelled 40 sailings yesterday. Inspectors will board the ferry on Friday.",
			[]got{{"yesterday", "2024-01-11", "2024-01-12"}, {"on Friday", "2024-01-12", "2024-01-13"}}},
		{"yesterday quoted", fri,
			"\"We cancelled 40 sailings yesterday,\" the operator said. On Friday night, a ferry ran aground.",
			[]got{{"yesterday", "", ""}, {"On Friday night", "2024-01-12", "2024-01-13"}}},
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
