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
		{"a cue in a relative clause has a subject of its own",
			"Ilse Marr said the way Piet Varga's campaign treated women who complained was “all but disqualifying” in a primary.",
			"all but disqualifying", "Ilse Marr"},
		{"an object before the cue is no subject",
			"Nora Blaise did not mention Piet Varga by name, but told city leaders to choose people “who put the public first.”",
			"who put the public first.", ""},
		{"a cue that names nobody keeps the quote unnamed",
			"Lena Hart, though, would have to “go more to the center,” Cuban said.",
			"go more to the center,", ""},
		{"a cue after a subordinator is another clause's",
			"Jason Sims says he was “kind of riding the fence” until Gov. Nora Haley said she was backing the senator.",
			"kind of riding the fence", "Jason Sims"},
		{"a title's name ends in a country's name",
			"“We are a swing state,” said Representative Steve Israel, a Democrat from New York.",
			"We are a swing state,", "Steve Israel"},
		{"a demonym ends a name",
			"“This is an extreme revision,” said David French of the National Retail Federation.",
			"This is an extreme revision,", "David French"},
		{"a preposition after the cue opens no speaker",
			"President Francois Hollande called the remarks “hurtful and humiliating” and warned of the consequences a Varga presidency would have.",
			"hurtful and humiliating", "Francois Hollande"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
}

// checkDirectSpeaker analyses text and checks that the direct quote whose
// words are quote is given to want ("" for nobody).
func checkDirectSpeaker(t *testing.T, text, quote, want string) {
	t.Helper()
	d := Analyze(text, time.Time{})
	for _, q := range d.Quotes {
		if q.Direct && q.Text == quote {
			if q.Speaker != want {
				t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, want)
			}
			return
		}
	}
	var texts []string
	for _, q := range d.Quotes {
		texts = append(texts, q.Text)
	}
	t.Fatalf("quote %q not found; quotes: %q", quote, texts)
}
