package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPronounAfterCitedSource checks that whom a report cites or quotes
// ("The news service cited Myo Nyunt") is as salient for the "he said"
// after it as a subject, so the quote is not given to a person only
// spoken about before. Texts are made up in the shape of wire stories.
func TestPronounAfterCitedSource(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // quote -> speaker
	}{
		{"the cited source, not the subject of the sentence before",
			"The Tarnow Herald reported that Ms Vela Orin, and the country's president, Dario Lenk, were both detained on Monday. The news service cited Pavel Mirek, a spokesperson for the party.\n\n“I want our people to stay calm,” he added.",
			map[string]string{"I want our people to stay calm,": "Pavel Mirek"}},
		{"a quoting participle's object",
			"President Dario Lenk was detained on Monday. A report by the Tarnow Herald quoting Pavel Mirek, a spokesperson for the party, said the army was in control.\n\n“We expect arrests,” he said.",
			map[string]string{"We expect arrests,": "Pavel Mirek"}},
		{"no citing verb: the subject before stays the antecedent",
			"Dario Lenk, the country's president, spoke on Monday. The news service praised Pavel Mirek, a spokesperson for the party.\n\n“I want our people to stay calm,” he added.",
			map[string]string{"I want our people to stay calm,": "Dario Lenk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, directSpeakers(tt.text, tt.want)); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
