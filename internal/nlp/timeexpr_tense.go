package nlp

import "strings"

// tenseWindow is how many words around a time expression are read for
// the tense of its clause.
const tenseWindow = 12

// futureClause reports whether the clause around the time expression at
// [start, end) of sentence si speaks of the future. The nearest tense
// marker before the expression decides ("he said the vote would take
// place on Tuesday"); with none before it, the nearest after it ("On
// Tuesday, the vote will be held"; "On Sunday morning, rescuers found").
// A future word after a past auxiliary is a plan made in the past ("was
// expected to land on Sunday"), which the past decides. With no marker
// at all, the clause is taken for past: news reports what happened.
func futureClause(d *Doc, si, start, end int) bool {
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	before := Tokenize(d.Text[s.Start:start], s.Start)
	for i := len(before) - 1; i >= 0 && i >= len(before)-tenseWindow; i-- {
		if future, ok := tenseAt(before, i); ok {
			return future
		}
	}
	if end > s.End {
		return false
	}
	after := Tokenize(d.Text[end:s.End], end)
	for i := 0; i < len(after) && i < tenseWindow; i++ {
		if after[i].Text == ";" {
			break
		}
		if future, ok := tenseAt(after, i); ok {
			return future
		}
	}
	return false
}

// tenseAt reports whether toks[i] marks the future (true) or the past
// (false); ok is false when it marks neither.
func tenseAt(toks []Token, i int) (future, ok bool) {
	w := strings.ToLower(toks[i].Text)
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return strings.ToLower(toks[i-k].Text)
	}
	if englishTime.future.Has(w) {
		// "was expected to", "had planned to": a plan in the past.
		if englishTime.pastAux.Has(prev(1)) || englishTime.pastAux.Has(prev(2)) {
			return false, true
		}
		return true, true
	}
	if englishTime.past.Has(w) || (len(w) > 4 && strings.HasSuffix(w, "ed")) {
		if englishTime.passive.Has(prev(1)) {
			return false, false // passive: "would be held on Tuesday"
		}
		return false, true
	}
	return false, false
}
