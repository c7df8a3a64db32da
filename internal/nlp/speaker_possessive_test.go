package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPossessiveIsNoSpeaker: round 31's aretha-franklin-death 02 and 05
// (spent): "the singer’s family said" gave the speaker "the singer’s", a
// possessive cut from its head. Controls keep a whole description and a
// name.
func TestPossessiveIsNoSpeaker(t *testing.T) {
	ref := time.Date(2018, 8, 16, 0, 0, 0, 0, time.UTC)
	lead := "Aretha Franklin died on Thursday.\n\n"
	quote := "“In one of the darkest moments of our lives, we are not able to find the words,” "
	for _, tt := range []struct{ name, text, want string }{
		{"curly possessive", lead + quote + "the singer’s family said in a statement.", ""},
		{"straight possessive", lead + quote + "the singer's family said in a statement.", ""},
		{"a whole description", lead + quote + "the family of the singer said in a statement.", "the family of the singer"},
		{"a name", lead + quote + "Gwendolyn Quinn said in a statement.", "Gwendolyn Quinn"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, ref)
			var got []string
			for _, q := range d.Quotes {
				if q.Direct {
					got = append(got, q.Speaker)
				}
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
