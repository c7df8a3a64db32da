package nlp

import "testing"

// TestReportedNamePhrase: a frame misread around a cue that leaves only
// the speaker's name, title and time as what was said reports nothing;
// controls report a clause.
func TestReportedNamePhrase(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "said after the clause, the name taken for what was said",
			text: "NEW DELHI, Sept. 7 (Xinhua) -- The country's first rover, the Kestrel Rover, lost contact with the ground at a height of 3 km, said Orbital Research Agency chief R. Varan on Saturday.",
			want: nil},
		{name: "the subject before a cue taken for what was said",
			text: "Earlier on June 4, Premier Tomas Aldane, the head of the NCP, and a former ally of Vera Koss, conceded defeat, saying, \"I accept the verdict of the voters.\"",
			want: []quoteFrame{{QuoteDirect, "I accept the verdict of the voters.", "Tomas Aldane", "saying"}}},
		{name: "control: a clause after the cue",
			text: "The agency said Orbital Research Agency chief R. Varan would speak on Saturday.",
			want: []quoteFrame{{QuoteReported, "Orbital Research Agency chief R. Varan would speak on Saturday", "The agency", "said"}}},
	})
}

func TestNamePhrase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Indian Space Research Organisation (ISRO) chief K. Sivan on Saturday", true},
		{"Earlier on May 10, Prime Minister Najib Razak, the head of BN", true},
		{"the head of the agency", false},
		{"Najib Razak conceded defeat", false},
		{"Prime Minister Najib Razak was the head of BN", false},
	} {
		if got := namePhrase(tc.text); got != tc.want {
			t.Errorf("namePhrase(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
