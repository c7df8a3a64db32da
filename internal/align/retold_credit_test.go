package align

import (
	"testing"
	"time"
)

// TestRetoldCredit aligns stories of two outlets, where no third can
// corroborate, with sentences of spent rounds judged right: another
// outlet that retells the fact in its own words — four of them in a row,
// most of the fact's words, worded alike — is a confident credit (the
// fifth term of confidentRule), and so is one that prints the fact whole
// (the sixth); without the run the credit stays uncertain.
func TestRetoldCredit(t *testing.T) {
	day := time.Date(2017, 8, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		fact, other string
		uncertain   bool
	}{
		{
			// news-round22 bolt-final-race-014, judged right.
			name:  "the fact retold with a word moved and a spelling changed",
			fact:  "Bolt had just too much to make up in the final 100 metres as both Britain and the US were ahead and even Japan was even.",
			other: "Bolt just had too much to make up in the final 100 meters as both Britain and the United States were ahead and even Japan was even.",
		},
		{
			// news-round10 world-cup-final-005, judged right.
			name:  "the fact's main clause without its opening phrase",
			fact:  "In a game that will go down in history as one of the greats, France twice came from behind to send the game to penalties.",
			other: "France came from behind twice to send the game to penalties.",
		},
		{
			name:      "the fact in other words, no four of them in a row",
			fact:      "Bolt had just too much to make up in the final 100 metres as both Britain and the US were ahead and even Japan was even.",
			other:     "The US and Britain led and Japan drew level, leaving Bolt too much ground to recover over the last 100 metres.",
			uncertain: true,
		},
		{
			// news-round21 mayfield-tornado-003, judged right: the fact
			// whole after a dateline, a copy of it.
			name:  "the fact whole after a dateline",
			fact:  "Workers on the night shift at Mayfield Consumer Products were in the middle of the holiday rush, cranking out candles, when a tornado closed in on the factory.",
			other: "MAYFIELD, Ky. — Workers on the night shift at Mayfield Consumer Products were in the middle of the holiday rush, cranking out candles, when a tornado closed in on the factory.",
		},
		{
			name:      "another count in other words",
			fact:      "Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday.",
			other:     "Three crew members were taken to the hospital in Port Ardlow on Monday.",
			uncertain: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !checkOtherCredit(t, day, tt.fact, tt.other, tt.uncertain) && !tt.uncertain {
				t.Fatal("no credit of another outlet made")
			}
		})
	}
}
