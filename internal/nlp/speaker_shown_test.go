package nlp

import "time"

// shownSpeakers analyses text and gives, for each quote whose text is a
// key of want, its speaker as the briefing shows it: with "?" after an
// uncertain one. The speaker-class tests compare it with want.
func shownSpeakers(text string, want map[string]string) map[string]string {
	got := map[string]string{}
	for _, q := range Analyze(text, time.Time{}).Quotes {
		if _, ok := want[q.Text]; ok {
			sp := q.Speaker
			if q.SpeakerUncertain != "" {
				sp += "?"
			}
			got[q.Text] = sp
		}
	}
	return got
}
