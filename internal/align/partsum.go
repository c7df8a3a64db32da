package align

import (
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A count given in parts ("10 foreign nationals and 3 holding dual
// citizenships") does not contradict the total another outlet gives ("13
// foreign nationals"): the parts sum to it.

var additiveConjunctions = english.Set(lang.AdditiveConjunctions)

// partsMakeUp reports whether a is one of parts its sentence adds up
// ("10 … and 3 …", "3 … and 10 …") whose sum is b's value. A part
// counting another moving count ("10 dead and 3 injured") is none.
func (j *judge) partsMakeUp(a, b *value) bool {
	if a.q.Value != a.q.ValueMax || b.q.Value != b.q.ValueMax || a.q.Value >= b.q.Value {
		return false
	}
	x := j.indexes[a.input]
	if a.sentence < 0 || a.sentence >= len(x.Sentences) {
		return false
	}
	s := x.Sentences[a.sentence]
	toks := nlp.Tokenize(x.Text[s.Start:s.End], s.Start)
	own := j.movingWord(a)
	moving := j.movingSet(a)
	for i, t := range toks {
		if t.Span.Start >= a.q.Span.Start && t.Span.Start < a.q.Span.End {
			continue // a's own figure
		}
		f, ok := figureAt(x, t)
		if !ok || f.Value != f.ValueMax || a.q.Value+f.Value != b.q.Value {
			continue
		}
		if i+1 < len(toks) {
			if w := strings.ToLower(toks[i+1].Text); moving[w] && w != own {
				continue
			}
		}
		// The two figures must be joined by "and" with no more than a
		// phrase between them.
		lo, hi := a.q.Span.End, f.Span.Start
		if f.Span.Start < a.q.Span.Start {
			lo, hi = f.Span.End, a.q.Span.Start
		}
		if lo > hi {
			continue
		}
		between := nlp.Tokenize(x.Text[lo:hi], lo)
		if len(between) == 0 || len(between) > 5 || strings.ContainsAny(x.Text[lo:hi], ";:()") {
			continue
		}
		for _, w := range between {
			if additiveConjunctions[strings.ToLower(w.Text)] {
				return true
			}
		}
	}
	return false
}
