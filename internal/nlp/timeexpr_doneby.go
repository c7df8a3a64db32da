package nlp

import "strings"

// donePerfect reports whether the clause before a deadline at start of
// sentence si is told in the present perfect ("all of the patients have
// been moved to other hospitals by Monday morning"): a thing done by now
// was done by a day no later than the telling, so the deadline is the
// last such day up to it, not the coming one that a deadline with no
// tense is read as. Only the words of the clause before the expression,
// back to the nearest tense cue, are read; a modal or "to" before the
// auxiliary ("will have moved by Monday", "expected to have moved by
// Monday") makes it another tense.
func donePerfect(d *Doc, si, start int) bool {
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	from := max(s.Start, start-tenseBytes)
	toks := Tokenize(d.Text[from:start], from)
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-tenseWindow; i-- {
		w := strings.ToLower(toks[i].Text)
		if !englishTime.presentPerfect.Has(w) {
			if toks[i].Text == "," || toks[i].Text == ";" {
				return false
			}
			continue
		}
		if i > 0 && englishTime.verbSupport.Has(strings.ToLower(toks[i-1].Text)) {
			return false
		}
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			n := strings.ToLower(toks[k].Text)
			if englishTime.passive.Has(n) || pastForm(n) || englishTime.past.Has(n) {
				return true
			}
		}
		return false
	}
	return false
}
