package align

import (
	"testing"
	"time"

	"crosscheck/internal/nlp"
)

// A number at the end of one sentence and a unit word opening the next
// ("… 290335\nMagnitude 6.1 quake …", an ECB+ text) once made a quantity
// whose span crossed the sentence's end, and Align panicked slicing the
// sentence around it.
func TestAlignQuantityAtSentenceEnd(t *testing.T) {
	texts := []string{
		"http: / / www. example. com / 2013 / 07 / 02 / magnitude - 61 - quake - hits - indonesia - 1 - dead - 290335\nMagnitude 6.1 quake hits Indonesia, one dead.\nA strong earthquake struck Aceh province on Tuesday, killing one person.",
		"A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, killing one person and injuring 20, officials said.",
	}
	ref := time.Date(2013, 7, 2, 0, 0, 0, 0, time.UTC)
	var inputs []Input
	for i, text := range texts {
		d := nlp.Analyze(text, ref)
		for _, q := range d.Quantities {
			if s := d.Sentences[q.Sentence]; q.Span.Start < s.Start || q.Span.End > s.End {
				t.Errorf("text %d: quantity %q %v outside its sentence [%d,%d]", i, q.Text, q.Span, s.Start, s.End)
			}
		}
		inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: ref, Text: text, Doc: d})
	}
	Align(inputs, Options{}) // must not panic
}
