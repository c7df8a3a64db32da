package align

import (
	"crosscheck/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/nlp"
)

// A measure is often followed by the same measure in other units, in
// brackets: "a 200-metre (650 feet) section of the Morandi bridge", "winds
// of 155 miles per hour (250 km per hour)", "a 400-pound (181-kg) western
// lowland gorilla". The bracket restates the value; it is not a clause of
// its own. Read as one, the value keeps the words after the bracket
// ("section", "gorilla") as its neighbours and context, as the same
// measure written without a conversion does ("an 80-metre section of the
// Morandi Bridge"), and the number in the bracket is no second value.

// maxConversion is the longest bracket read as a conversion, in bytes:
// "(250 km per hour)" and "($123.24 million)" fit, a parenthetical
// clause does not.
const maxConversion = 40

// pastConversion returns the offset just after a bracketed conversion
// that follows offset end (spaces aside) within limit, or end when none
// does. A conversion's bracket opens on a number, or a currency sign and
// a number, and holds no clause mark.
func pastConversion(text string, end, limit int) int {
	i := end
	for i < limit && text[i] == ' ' {
		i++
	}
	if i >= limit || text[i] != '(' {
		return end
	}
	closeAt := strings.IndexByte(text[i:limit], ')')
	if closeAt < 0 || closeAt > maxConversion {
		return end
	}
	inner := strings.TrimSpace(text[i+1 : i+closeAt])
	if inner == "" || strings.ContainsAny(inner, ";(") || strings.Contains(inner, ", ") {
		return end
	}
	inner = strings.TrimLeft(inner, "$£€¥ ")
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsDigit(r) {
		return end
	}
	// A number and its unit ("650 feet", "250 km per hour"); a number
	// and a phrase is a part or a remark ("21,000 workers (9,000
	// throughout the UK)", "(23:30 GMT on Sunday)").
	words := nlp.Tokenize(inner, 0)
	if len(words) > maxConversionWords {
		return end
	}
	for _, w := range words[1:] {
		if lw := strings.ToLower(w.Text); nlp.IsStopword(lw) && !unitJoiners.Has(lw) {
			return end
		}
	}
	return i + closeAt + 1
}

// maxConversionWords bounds a conversion's words: a number and a unit of
// up to three words ("250 km per hour").
const maxConversionWords = 4

// unitJoiners join the words of a unit ("km per hour").
var unitJoiners = english.Set(lang.SlotUnitJoiners)

// conversionOf reports whether quantity i of d is the bracketed
// conversion of the quantity before it ("650 feet" in "200-metre (650
// feet)").
func conversionOf(d *nlp.Doc, i int) bool {
	q := d.Quantities[i]
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[q.Sentence]
	for j, o := range d.Quantities {
		if j == i || o.Sentence != q.Sentence || o.Span.End > q.Span.Start || !inside(s, o.Span) {
			continue
		}
		if past := pastConversion(d.Text, o.Span.End, s.End); past > o.Span.End && q.Span.End <= past {
			return true
		}
	}
	return false
}
