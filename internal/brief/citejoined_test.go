package brief

import "testing"

// A summary sentence that asserts each of two things it joins ("both on
// the web and mobile versions") is cited only by a sentence that tells
// both, not by one telling one of them (round 30, spent,
// twitter-x-rebrand-001). Control: a coordination without the opener
// may be one description, "cadaver and rescue dogs" cited by "rescue
// dogs" (round 29, spent, oso-mudslide, judged right).
func TestCitationTellsEachJoinedWord(t *testing.T) {
	sentences := [][]string{
		{
			"The new logo has replaced the bird logo both on the web and mobile versions of the platform.",
			"Cadaver and rescue dogs were brought in to search the debris field.",
		},
		{
			"The new logo has replaced the bird logo on the web version of the platform.",
			"Rescue dogs were brought in to search the debris field.",
			"The new logo has replaced the bird logo on the mobile and web versions of the platform.",
		},
	}
	x := newCiteIndex(sentences)
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"one of two places", 0, 0, false},
		{"one description", 1, 1, true},
		{"both places", 0, 2, true},
	} {
		if got := x.statesSame(0, tt.k, 1, tt.l); got != tt.want {
			t.Errorf("%s: statesSame(%q, %q) = %v, want %v", tt.name, sentences[0][tt.k], sentences[1][tt.l], got, tt.want)
		}
	}
}
