package align

import (
	"testing"
	"time"
)

// TestCreditPartsTold: sentences of round 30 (spent) that tell one of two
// things a fact joins, or tell as planned what the fact tells as done
// (twitter-x-rebrand-013, twitter-x-rebrand-024, both judged wrong when
// confident; britney-conservatorship-ended-003's "sang and danced"): the credit is uncertain. Controls: the same sentences
// telling both things, or the thing done, are confident.
func TestCreditPartsTold(t *testing.T) {
	day := time.Date(2023, 7, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		pages     []string
		credited  string
		uncertain bool
	}{
		{"one of two joined", []string{
			"The new X logo has replaced the bird logo both on the web and mobile versions of Twitter on Monday.",
			"The new X logo has replaced the bird logo on the web version of Twitter on Monday.",
		}, "The new X logo has replaced the bird logo on the web version of Twitter on Monday.", true},
		{"both joined", []string{
			"The new X logo has replaced the bird logo both on the web and mobile versions of Twitter on Monday.",
			"The new X logo has replaced the bird logo on the web and mobile versions of Twitter on Monday, Musk said.",
		}, "The new X logo has replaced the bird logo on the web and mobile versions of Twitter on Monday, Musk said.", false},
		{"one of two deeds", []string{
			"Fans sang and danced to her song outside the courthouse on Monday.",
			"Fans sang her song outside the courthouse on Monday, when the judge ended the case.",
		}, "Fans sang her song outside the courthouse on Monday, when the judge ended the case.", true},
		{"both deeds", []string{
			"Fans sang and danced to her song outside the courthouse on Monday.",
			"Fans sang and danced to her song outside the courthouse on Monday, when the judge ended the case.",
		}, "Fans sang and danced to her song outside the courthouse on Monday, when the judge ended the case.", false},
		{"planned, not done", []string{
			"Elon Musk unveils a new X logo to replace the Twitter bird logo on Monday.",
			"Elon Musk reveals plans to replace the Twitter bird logo with an X logo on Monday.",
		}, "Elon Musk reveals plans to replace the Twitter bird logo with an X logo on Monday.", true},
		{"done", []string{
			"Elon Musk unveils a new X logo to replace the Twitter bird logo on Monday.",
			"Elon Musk unveils a new X logo to replace the Twitter bird logo on Monday, Reuters said.",
		}, "Elon Musk unveils a new X logo to replace the Twitter bird logo on Monday, Reuters said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, r := range otherCredits(alignPages(day, tt.pages)) {
				if r.Text != tt.credited {
					continue
				}
				found = true
				if got := r.Uncertain != ""; got != tt.uncertain {
					t.Errorf("credit uncertain = %v (%q), want %v", got, r.Uncertain, tt.uncertain)
				}
			}
			if !found {
				t.Fatal("no credit of the sentence made")
			}
		})
	}
}
