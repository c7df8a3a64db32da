package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestReportedFrameWords: the words that tell when, to whom and where a
// report was made are no part of what was reported.
func TestReportedFrameWords(t *testing.T) {
	type frame struct{ Speaker, Listener, Text string }
	tests := []struct {
		name, text string
		want       []frame
	}{
		{"a day after the cue, no that",
			"Bayer said Wednesday the transaction brings together two complementary companies.",
			[]frame{{"Bayer", "", "the transaction brings together two complementary companies"}}},
		{"a day that is the subject of what was said",
			"The organisers said Wednesday was the last day to register.",
			[]frame{{"The organisers", "", "Wednesday was the last day to register"}}},
		{"a day and its part after the cue",
			"Reince Priebus tweeted Tuesday night he considered Trump the presumptive nominee.",
			[]frame{{"Reince Priebus", "", "he considered Trump the presumptive nominee"}}},
		{"a day and its part that are the subject of what was said",
			"The firm said Tuesday night was the deadline for bids.",
			[]frame{{"The firm", "", "Tuesday night was the deadline for bids"}}},
		{"a listener whose name holds a past form",
			"A crew member told The Associated Press that an evacuation order was not issued.",
			[]frame{{"A crew member", "The Associated Press", "an evacuation order was not issued"}}},
		{"a listener and where it was told",
			"Lim Hyung-min told YTN from a gym on a nearby island he jumped into the ocean.",
			[]frame{{"Lim Hyung-min", "YTN from a gym on a nearby island", "he jumped into the ocean"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Date(2016, 9, 14, 0, 0, 0, 0, time.UTC))
			var got []frame
			for _, q := range d.Quotes {
				if !q.Direct {
					got = append(got, frame{q.Speaker, q.Listener, q.Text})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("reported frames (-want +got):\n%s", diff)
			}
		})
	}
}
