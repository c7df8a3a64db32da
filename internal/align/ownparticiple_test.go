package align

import (
	"slices"
	"testing"
)

// TestCountOwnParticiple: a count that ends in its own participle ("over
// 50 others injured") is counted by it, not by the verb before it, so
// it never shares a slot with a count of the dead (round 38: Berlin's
// "12 people" killed shown as updated by "over 50 others injured").
func TestCountOwnParticiple(t *testing.T) {
	killed := "Police believe the lorry crash that killed 12 people at a Berlin Christmas market was a terror attack."
	tests := []struct {
		name     string
		other    string
		a, b     string
		together bool
	}{
		{"the injured of a coordination", "At least nine people have been killed and over 50 others injured after a truck drove into a Christmas market in Berlin.",
			"12 people", "over 50 others injured", false},
		{"control: the dead of a coordination", "Nine people have been killed and over 50 others injured after a truck drove into a Christmas market in Berlin.",
			"12 people", "Nine people", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			together := false
			for _, vs := range shownConflicts([]string{killed, tt.other}) {
				if slices.Contains(vs, tt.a) && slices.Contains(vs, tt.b) {
					together = true
				}
			}
			if together != tt.together {
				t.Errorf("%q and %q in one slot: %v, want %v (%v)", tt.a, tt.b, together, tt.together, shownConflicts([]string{killed, tt.other}))
			}
		})
	}
}
