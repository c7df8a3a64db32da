package brief

import "testing"

// A summary sentence that joins two claims, with "and" before a second
// verb or noun phrase or with a cue that reports a second clause, is
// cited only by a sentence that states both.
func TestCitationStatesEachJoinedClaim(t *testing.T) {
	sentences := [][]string{
		{
			"The senator was stabbed in the chest on Friday at a downtown market, but doctors say they are hopeful about her recovery.",
			"The actor had recently left a clinic and had been fighting severe anxiety.",
			"The minister called the bombing an act of war and an attack on the whole nation.",
			"The senator was stabbed in the chest on Friday at a downtown market, police said.",
			"The actor had been fighting severe anxiety and his family asked for privacy.",
			"The banker was cleared of four charges and the jury deadlocked over verdicts on the other three.",
		},
		{
			"The senator was stabbed in the chest on Friday at a market downtown, according to her office.",
			"His manager said the actor had been fighting severe anxiety of late.",
			"The minister called the bombing an act of war and \"pure cowardice\".",
			"Doctors say they are hopeful about the recovery of the senator, who was stabbed in the chest on Friday at a downtown market.",
			"The actor had been fighting severe anxiety, and his family asked for privacy.",
			"The jury also cleared the banker, 52, of four charges, three of which concerned loans to his family.",
		},
		{"Police cordoned off the harbour.", "Schools stayed closed.", "The island has 40,000 inhabitants.", "The minister flew home."},
	}
	x := newCiteIndex(sentences)
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"a reported second clause missing", 0, 0, false},
		{"a second verb phrase missing", 1, 1, false},
		{"a second noun phrase missing", 2, 2, false},
		{"both clauses stated", 0, 3, true},
		{"a source, not a claim", 3, 0, true},
		{"both joined clauses stated", 4, 4, true},
		{"a number shared, not the verb of the second clause", 5, 5, false},
	} {
		if got := x.statesSame(0, tt.k, 1, tt.l); got != tt.want {
			t.Errorf("%s: statesSame(%q, %q) = %v, want %v", tt.name, sentences[0][tt.k], sentences[1][tt.l], got, tt.want)
		}
	}
}
