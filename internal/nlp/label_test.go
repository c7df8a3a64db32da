package nlp

import "testing"

func TestLabelEnd(t *testing.T) {
	tests := []struct{ sentence, label string }{
		{"PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground.", "PORT ARDLOW, March 10 (Northwire) - "},
		{"WASHINGTON (Reuters) — The Senate voted on Tuesday.", "WASHINGTON (Reuters) — "},
		{"NORTH KOREA: North Korea’s leader will travel to Russia.", "NORTH KOREA: "},
		{"Details: The NYT's sources said Kim would travel.", "Details: "},
		{"The bulk carrier ran aground - late on Monday.", ""},
		{"NATO said on Monday it would meet.", ""},
		{"US officials - speaking anonymously - confirmed it.", ""},
		{"Kim: the man behind the train.", ""},
	}
	for _, tc := range tests {
		if got := tc.sentence[:LabelEnd(tc.sentence)]; got != tc.label {
			t.Errorf("label of %q = %q, want %q", tc.sentence, got, tc.label)
		}
	}
}
