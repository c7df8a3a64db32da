package nlp

import (
	"testing"
	"time"
)

// Added by the lead (please keep, and make it pass): a cited source ends
// with its sentence. In the demo briefing the conflict list showed
// "(citing the county council. Volunteers gathered at)": the span ran
// over the full stop and the paragraph break into the next sentence.
func TestCitedSourceStopsAtSentenceEnd(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Shellfish farming employs roughly 400 people in and around Port Ardlow, according to the county council.\n\nVolunteers gathered at the harbour on Tuesday to clean the beach.", "the county council"},
		{"A cargo ship ran aground on Tuesday near Port Ardlow, spilling fuel into the sea, according to Northwire. The vessel was carrying iron ore.", "Northwire"},
	}
	for _, tt := range tests {
		d := Analyze(tt.text, time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC))
		if len(d.Attributions) == 0 {
			t.Errorf("%q: no attribution found", tt.text)
			continue
		}
		if got := d.Attributions[0].Cited; got != tt.want {
			t.Errorf("cited = %q, want %q", got, tt.want)
		}
	}
}
