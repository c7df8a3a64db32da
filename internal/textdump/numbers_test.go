package textdump

import (
	"strings"
	"testing"
)

// TestResultsLinesOnDevelopPage: Sportsnet's Davis Cup story (develop
// part) gives results in sentences full of scores; counted as tokens,
// the scores drowned the function words and the sentences, with the
// subhead over them, left the body.
func TestResultsLinesOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "0d46122928b6")
	for _, s := range []string{"ARGENTINA CRUISES", "Argentina comfortably got past Chile 3-0 in Group C", "Colombia had lost to Belgium on Monday."} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body", s)
		}
	}
}

// TestStopRatioLeavesNumbersOut: numbers count neither way; a scoreboard
// line of names and scores has no function words and stays unlike prose.
func TestStopRatioLeavesNumbersOut(t *testing.T) {
	for s, want := range map[string]float64{
		"Pella beat Jarry 6-4, 6-3 in the first match of the tie": 0.4, // in, the, of, the: 4 of 10 words
		"Pella 6-4 6-3 Jarry Schwartzman 6-2 6-2 Garin":           0,
		"2019 11 20": 0,
	} {
		lines := []line{{text: s}}
		measure(lines)
		if got := lines[0].stopRatio; got < want-0.001 || got > want+0.001 {
			t.Errorf("stop ratio of %q = %.3f, want %.3f", s, got, want)
		}
	}
}
