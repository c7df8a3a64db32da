package align

import (
	"math"
	"strconv"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A vote or a split is told by two counts, one for each side: "Only 20
// senators voted against her dismissal while 61 other senators voted in
// favour", "Sixty-one senators voted in favour of her dismissal and 20
// against". The counts' words are alike (senators, voted), but the word
// after each count names its side: counts of different sides are two
// slots, not one. And a sentence that gives both counts, one of them as
// a bare numeral the quantity reader does not take for a count ("and 20
// against"), is its source's own account of both: set against another
// source's count it does not contradict it (knowsBoth reads the counts
// the reader does take).

var sideWords = english.Map(lang.SlotSideWords)

// sideWindow is how many words after a count may name its side: the
// count's verb, a preposition and the side ("voted in favour").
const sideWindow = 3

// sideOf returns the side of a vote or a split that number value v
// counts, "" when the words right after it name none.
func (j *judge) sideOf(v *value) string {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return ""
	}
	_, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
	for k, t := range nlp.Tokenize(x.Text[v.q.Span.End:ce], v.q.Span.End) {
		w := strings.ToLower(t.Text)
		if k >= sideWindow || numberToken(w) {
			break // past the count's own words, or at another count
		}
		if side, ok := sideWords[w]; ok {
			return side
		}
	}
	return ""
}

// bareNumberIn reports whether the sentence of value a writes number
// value b's count as a bare numeral, outside every quantity and time its
// article's reader took ("61 senators voted in favour and 20 against").
func (j *judge) bareNumberIn(a, b *value) bool {
	if b.q.Value != b.q.ValueMax || b.q.Value != math.Trunc(b.q.Value) {
		return false
	}
	x := j.indexes[a.input]
	s := x.Sentences[a.sentence]
	for _, t := range nlp.Tokenize(x.Text[s.Start:s.End], s.Start) {
		if !hasDigit(t.Text) || insideValue(x.Doc, t.Span.Start) {
			continue
		}
		if n, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64); err == nil && n == b.q.Value {
			return true
		}
	}
	return false
}
