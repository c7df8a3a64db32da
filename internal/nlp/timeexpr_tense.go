package nlp

import "strings"

// tenseWindow is how many words around a time expression are read for
// the tense of its clause.
const tenseWindow = 12

// tenseBytes bounds the text read for those words.
const tenseBytes = 400

// futureClause reports whether the clause around the time expression at
// [start, end) of sentence si speaks of the future. The nearest tense
// marker before the expression decides ("he said the vote would take
// place on Tuesday"); with none before it, the nearest after it ("On
// Tuesday, the vote will be held"; "On Sunday morning, rescuers found").
// A plan told in the past is still ahead of the reference date ("a
// filing was expected on Monday"), as it mostly is in news. known is false
// when no word marks the tense; future is then false, since news mostly
// reports what happened.
func futureClause(d *Doc, si, start, end int) (future, known bool) {
	if si < 0 {
		return false, false
	}
	s := d.Sentences[si]
	// Only a window of words either side is read: a bound on the bytes
	// keeps a sentence of many expressions from being read once for each.
	from := max(s.Start, start-tenseBytes)
	before := Tokenize(d.Text[from:start], from)
	for i := len(before) - 1; i >= 0 && i >= len(before)-tenseWindow; i-- {
		if future, ok := tenseAt(before, i); ok {
			return future, true
		}
	}
	if end > s.End {
		return false, false
	}
	after := Tokenize(d.Text[end:min(s.End, end+tenseBytes)], end)
	for i := 0; i < len(after) && i < tenseWindow; i++ {
		if after[i].Text == ";" {
			break
		}
		if future, ok := tenseAt(after, i); ok {
			return future, true
		}
	}
	return false, false
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
		return true, true
	}
	if englishTime.infinitive.Has(w) && i+1 < len(toks) && englishTime.prospective.Has(strings.ToLower(toks[i+1].Text)) {
		return true, true // "the measures to be voted on Thursday"
	}
	if englishTime.past.Has(w) || (len(w) > 4 && pastSuffixes.SuffixOf(w)) {
		if englishTime.passive.Has(prev(1)) {
			return false, false // passive: "would be held on Tuesday"
		}
		return false, true
	}
	return false, false
}
