package brief

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A superlative is the rank a sentence claims: a cited sentence must give
// it, and as a rank. Summary and cited sentences of the spent news round
// 14 (camp-fire, both citations judged no) and controls.
func TestCitationGivesTheSuperlative(t *testing.T) {
	summaries := []string{
		"The Camp Fire is now the deadliest fire in California’s history.",
		"The Camp Fire is already one of the deadliest fires in California history.",
	}
	cited := []string{
		"The Camp Fire is so far the most destructive wildfire in California history.",
		"With five fatalities confirmed Friday by the Butte County Sheriff’s Office, the Camp Fire is already one of the 20 deadliest fires on record in California history.",
		"The Camp Fire is now the deadliest wildfire in California's history, officials said.",
		"Officials said the Camp Fire had become the deadliest fire in California history.",
		"The Camp Fire is already one of the deadliest wildfires in California history, officials said.",
	}
	// The rest of the story's sentences give the words their weights.
	story := []string{
		"Officials reported Sunday night that the death toll has reached 29, making it the deadliest California fire in 85 years.",
		"The Oakland hills Tunnel Fire in 1991 caused 25 deaths.",
		"Smoke lingered over the Bay Area and unhealthy air quality forced the cancellation of several local events.",
		"The fire destroyed thousands of homes in Paradise and evacuation orders remained in place.",
	}
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"most destructive is another measure", 0, 0, false},
		{"one of the 20 deadliest does not rank it first", 0, 1, false},
		{"the deadliest", 0, 2, true},
		{"the deadliest, told by officials", 0, 3, true},
		{"one of a set, cited by one of the set", 1, 4, true},
		{"one of a set, not cited by another measure", 1, 0, false},
	} {
		// One pair a story, so that the other pairs do not weigh words.
		x := newCiteIndex([][]string{{summaries[tt.k]}, {cited[tt.l]}, story})
		if got := x.statesSame(0, 0, 1, 0); got != tt.want {
			t.Errorf("%s: statesSame(%q, %q) = %v, want %v", tt.name, summaries[tt.k], cited[tt.l], got, tt.want)
		}
	}
}

func TestSuperlatives(t *testing.T) {
	lex := newCiteIndex(nil).lex
	for _, tt := range []struct {
		text string
		want map[string]bool
	}{
		{"The Camp Fire is so far the most destructive wildfire in California history.", map[string]bool{"most destructive": true}},
		{"The Camp Fire is already one of the 20 deadliest fires on record.", map[string]bool{"deadliest": false}},
		{"Ardern called it one of New Zealand’s darkest days.", map[string]bool{"darkest": false}},
		// A capitalised opener before the name is no part of it.
		{"Among New Zealand’s darkest days was the Christchurch attack.", map[string]bool{"darkest": false}},
		{"It was among the worst floods in decades, and the worst in the city.", map[string]bool{"worst": true}},
		{"California's most destructive fire destroyed the town.", map[string]bool{"most destructive": true}},
		// "most" that counts, and words in -est that rank nothing.
		{"Most of the victims were elderly, and most people fled west.", map[string]bool{}},
		{"The protest drew interest from the forest service.", map[string]bool{}},
	} {
		if diff := cmp.Diff(tt.want, superlatives(wordTokens(tt.text), lex)); diff != "" {
			t.Errorf("superlatives(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
