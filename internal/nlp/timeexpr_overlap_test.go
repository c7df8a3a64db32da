package nlp

import (
	"testing"
	"time"
)

// A PolNeAR dev sentence (politico, 2016-09-12) on which the gloss
// passes sliced the text backwards: "Sunday’s Sept. 11" gives a day
// word and a date whose spans overlap.
func TestOverlappingDayAndDate(t *testing.T) {
	text := "There are still plenty of unknowns about Clinton’s bout with pneumonia, following her near-collapse after leaving Sunday’s Sept. 11 memorial service in New York City. But if her ailment were to persist, it would trigger an obscure process."
	for _, when := range []time.Time{{}, time.Date(2016, 9, 12, 0, 0, 0, 0, time.UTC)} {
		d := Doc{Text: text, Sentences: SplitSentences(text)}
		for _, te := range FindTimes(&d, when) {
			checkTimeExpr(t, text, te)
		}
	}
}
