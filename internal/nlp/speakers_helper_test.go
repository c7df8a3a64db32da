package nlp

import "time"

// directSpeakers analyses text and gives the speaker of each direct
// quotation whose words are a key of want, so a test compares only the
// quotes it names.
func directSpeakers(text string, want map[string]string) map[string]string {
	got := map[string]string{}
	for _, q := range Analyze(text, time.Time{}).Quotes {
		if _, ok := want[q.Text]; ok && q.Direct {
			got[q.Text] = q.Speaker
		}
	}
	return got
}
