package nlp

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDistributedParts: the words a coordination joins when its
// predicate distributes over them, under two policies: openers only
// (the citation check's) and openers or two verbs in the past (the
// alignment's). Controls: "between X and Y" and "X and Y said" join
// without distributing, "both" with no coordinator joins nothing, a
// comma ends the opener's phrase, a list of three gives its last two.
func TestDistributedParts(t *testing.T) {
	lower := func(w string) bool { return len(w) >= 3 && w == strings.ToLower(w) && !IsStopword(w) }
	openers := CoordinationPolicy{OpenerWindow: 3, Part: lower, Key: strings.ToLower}
	deeds := openers
	deeds.PastVerbs = true
	tests := []struct {
		name   string
		text   string
		policy CoordinationPolicy
		want   [][2]string
	}{
		{"opener three words before", "The logo has replaced the bird both on the web and mobile versions.", openers, [][2]string{{"web", "mobile"}}},
		{"opener just before", "Fans both sang and danced outside.", openers, [][2]string{{"sang", "danced"}}},
		{"opener too far", "The logo both replaced the bird on the web and mobile versions.", openers, nil},
		{"comma ends the opener's phrase", "The logo changed both online, web and mobile apps later.", openers, nil},
		{"between X and Y", "Talks between the union and management resumed.", openers, nil},
		{"X and Y said", "Police and firefighters said the fire was out.", deeds, nil},
		{"both with no coordinator", "Both sides claimed victory in the vote.", deeds, nil},
		{"one description", "Cadaver and rescue dogs searched the debris.", deeds, nil},
		{"two past verbs, deeds", "Fans sang and danced outside the courthouse.", deeds, [][2]string{{"sang", "danced"}}},
		{"two past verbs, openers only", "Fans sang and danced outside the courthouse.", openers, nil},
		{"list of three", "Fans sang, cheered and danced outside.", deeds, [][2]string{{"cheered", "danced"}}},
		{"names are no parts", "It opened both in Paris and London.", openers, nil},
		{"one key", "Fans both danced and danced.", openers, nil},
		{"narrower window", "The logo has replaced the bird both on the web and mobile versions.", CoordinationPolicy{OpenerWindow: 2, Part: lower, Key: strings.ToLower}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, DistributedParts(tt.text, tt.policy)); diff != "" {
				t.Errorf("DistributedParts(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
