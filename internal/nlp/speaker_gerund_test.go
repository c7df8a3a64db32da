package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestGerundSubjectSpeakers checks that a speech participle with a subject
// of its own after a preposition ("by Musk claiming that …") is that
// subject's, and that one with none ("…, saying that …") stays the main
// clause's. Texts are made up in the shape of business news.
func TestGerundSubjectSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // reported words -> speaker
	}{
		{"the name after by is the participle's subject",
			"Elon Marsk bought the company. Parag Dewal was fired. He was also at the centre of the allegations made against the company, by Marsk claiming that the platform is hiding the number of bot accounts.",
			map[string]string{"the platform is hiding the number of bot accounts": "Elon Marsk"}},
		{"with a name and a participle",
			"Shares fell on Monday, with analyst Dana Stiff saying that the results were weak.",
			map[string]string{"the results were weak": "Dana Stiff"}},
		{"no preposition: the main clause's subject",
			"Senator Mark Udall praised Governor John Hickenlooper, saying that the state was ready.",
			map[string]string{"the state was ready": "Mark Udall"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			got := map[string]string{}
			for _, q := range d.Quotes {
				if _, ok := tt.want[q.Text]; ok && !q.Direct {
					got[q.Text] = q.Speaker
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
