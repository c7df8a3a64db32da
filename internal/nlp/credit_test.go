package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCreditSentences(t *testing.T) {
	tests := []struct {
		sentence string
		credit   bool
	}{
		{"(Reporting by Mairead Quill; Editing by Tom Ashby)", true},
		{"Translated from the French by Édouard Lemaître.", true},
		{"Additional reporting by Northwire.", true},
		{"With Northwire.", true},
		{"Source: The New York Times", true},
		{"Reuters and the Associated Press contributed to this report.", true},
		{"Read more at The Coastal Times.", true},
		{"By Hélène Rocheteau, special correspondent in Port Ardlow", true},
		{"Photo: Reuters", true},
		// Claims that happen to contain the same words.
		{"With the bay closed, the boats stayed in port for a week.", false},
		{"The reporting by local media was wrong, the ministry said.", false},
		{"According to the New York Times, Kim would meet Putin in Vladivostok.", false},
		{"By Tuesday, oil had reached the mussel beds.", false},
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			// A claim before the line, as in an article.
			d := Analyze("The ship ran aground on Monday night off the coast.\n\n"+tc.sentence, time.Time{})
			var got []bool
			for _, s := range d.Sentences {
				got = append(got, s.Credit)
			}
			if diff := cmp.Diff([]bool{false, tc.credit}, got); diff != "" {
				t.Errorf("Credit per sentence (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWireNotes: notes to editors and readers are no claims.
func TestWireNotes(t *testing.T) {
	for text, want := range map[string]bool{
		"The Communist, 6th graf prv":  true,
		"Eds: Updates with details.":   true,
		"8:20 a.m.":                    true,
		"Updated 3:15 p.m. ET":         true,
		"___.":                         true,
		"(AP Photo/Evan Vucci)":        true,
		"At 8:20 a.m. the vote began.": false,
		"The Communist party won.":     false,
	} {
		if got := isCreditLine(text); got != want {
			t.Errorf("isCreditLine(%q) = %v, want %v", text, got, want)
		}
	}
	if got := LabelEnd("TRIPOLI, Libya (AP) _ Libyan rebels advanced."); got != len("TRIPOLI, Libya (AP) _ ") {
		t.Errorf("the AP dateline ends at %d", got)
	}
}
