package nlp

import (
	"testing"
	"time"
)

// TestPageDayStampAndPost: a page of unknown date dated by the signature
// of a post it embeds (round 12's sunak-prime-minister 05, round 14's
// biles-withdrawal 05, spent) or by the update stamp its extractor kept
// out of the text (round 18's iphone-x-launch 01), also in a story none
// of whose pages is dated (no day to read against); with controls.
func TestPageDayStampAndPost(t *testing.T) {
	story := time.Date(2022, 10, 25, 0, 0, 0, 0, time.UTC)
	sunak := "Rishi Sunak, a British politician, has been elected Conservative leader on Monday and will become the next Prime Minister after rival Penny Mordaunt failed to secure the required 100 nominations from her fellow MPs.\nJUST IN: @RishiSunak has been elected as the Leader of the Conservative Party pic.twitter.com/Oa52WWwFck — Conservatives (@Conservatives) October 24, 2022"
	iphone := "Cupertino (Calif.): \"One more thing.\" With that phrase, Apple paid homage to its late co-founder Steve Jobs for the 10-year anniversary of the iPhone on Tuesday when it unveiled its latest new version of the device, the iPhone X."
	for _, tt := range []struct {
		name, text string
		ref, stamp time.Time
		want       string
	}{
		{"a post's signature", sunak, story, time.Time{}, "2022-10-24"},
		{"a post's signature, no story day", sunak, time.Time{}, time.Time{}, "2022-10-24"},
		{"a post's signature, the narration names another day",
			"Rishi Sunak was elected Conservative leader on Tuesday.\nJUST IN: @RishiSunak has been elected pic.twitter.com/Oa52WWwFck — Conservatives (@Conservatives) October 24, 2022",
			story, time.Time{}, ""},
		{"a bracketed name is no signature",
			"Rishi Sunak was elected Conservative leader on Monday.\nThe party (Conservatives) October 24, 2022 results were read out.",
			story, time.Time{}, ""},
		{"an update stamp", iphone, time.Date(2017, 9, 13, 0, 0, 0, 0, time.UTC), time.Date(2017, 9, 12, 21, 29, 0, 0, time.UTC), "2017-09-12"},
		{"an update stamp, no story day", iphone, time.Time{}, time.Date(2017, 9, 12, 21, 29, 0, 0, time.UTC), "2017-09-12"},
		{"an update stamp on another weekday", iphone, time.Time{}, time.Date(2017, 9, 14, 8, 0, 0, 0, time.UTC), ""},
		{"no stamp", iphone, time.Time{}, time.Time{}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, tt.ref)
			day, ok := PageDay(&d, tt.ref, tt.stamp, nil)
			got := ""
			if ok {
				got = day.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("PageDay = %q, want %q", got, tt.want)
			}
		})
	}
}
