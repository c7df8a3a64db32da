package nlp

import (
	"testing"
	"time"
)

// TestDirectSpeakers checks who a direct quote is credited to in the
// shapes of attribution where the nearest name is not the speaker.
// Texts are written in the shape of newswire politics stories.
func TestDirectSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"pronoun skips names inside the quote",
			"“He stated that he made it clear, and that is not my recollection of what Marlow Quint told us,” Harland Voss said.\n\n“The impression we were given was different,” he said.",
			"The impression we were given was different,", "Harland Voss"},
		{"pronoun after a speaker going on",
			"“After that day, Vera Lind called on lawmakers to act,” Tomas Brekke said.\n\n“No one should feel what I have seen,” she continued.",
			"No one should feel what I have seen,", "Tomas Brekke"},
		{"participle takes the main clause's subject",
			"Orla Penning pointed to Dace Merrow's organisation, noting that he has built “the best ground game in the state.”",
			"the best ground game in the state.", "Orla Penning"},
		{"participle after an adverbial and an object",
			"In 2016, Mrs. Edda Strand endorsed Piet Varga for governor, saying he had “the courage and the energy” to win.",
			"the courage and the energy", "Edda Strand"},
		{"a known city is no speaker",
			"On the topic, San Diego chapter president Luis Ovando told reporters the group was growing. “We are lawyers, judges, and students,” San Diego officials said.",
			"We are lawyers, judges, and students,", "San Diego officials"},
		{"the subject of another verb is not the cue's",
			"Ilse Marr said the way the Corvin campaign treated women who complained was “all but disqualifying” in a primary.",
			"all but disqualifying", ""},
		{"an object before the cue is no subject",
			"Nora Blaise did not mention Piet Varga by name, but told city leaders to choose people “who put the public first.”",
			"who put the public first.", ""},
		{"a cue that names nobody keeps the quote unnamed",
			"Lena Hart, though, would have to “go more to the center,” Cuban said.",
			"go more to the center,", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			for _, q := range d.Quotes {
				if q.Direct && q.Text == tt.quote {
					if q.Speaker != tt.want {
						t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.want)
					}
					return
				}
			}
			var texts []string
			for _, q := range d.Quotes {
				texts = append(texts, q.Text)
			}
			t.Fatalf("quote %q not found; quotes: %q", tt.quote, texts)
		})
	}
}
