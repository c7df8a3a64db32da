package nlp

import "strings"

// A sentence or a quotation may open with a gerund or a participle that
// takes a name as its object: "“Combining Disney’s and 21st Century
// Fox’s … collection is a unique opportunity,” said Robert Iger". Its
// capital is the sentence's, not a name's, and the name after it stands
// alone ("Disney"), so that a later "Disney announced" is not credited to
// "Combining Disney".

// openingGerund reports whether token p, the first of the capitalised run
// ending before j, opens its sentence or a quotation and is a form with a
// participle's ending (lexicon) of more than five letters, no given name,
// whose object is the one name after it in the possessive ("Combining
// Disney’s"). Only that shape is read: a company's name may open with
// such a word ("Playing Field Promotions", "Boeing Co.’s").
func (f *finder) openingGerund(p, j int) bool {
	w := strings.ToLower(f.toks[p].Text)
	if j != p+2 || len(w) <= 5 || !participleSuffixes.SuffixOf(w) || maleGiven[w] || femaleGiven[w] {
		return false
	}
	if next := f.toks[p+1].Text; !f.possessive(p+1) || strings.Contains(next, ".") {
		return false
	}
	if p == 0 || f.sent[p-1] != f.sent[p] {
		return true
	}
	gap := strings.TrimRight(f.text[f.toks[p-1].Span.End:f.toks[p].Span.Start], " ")
	return strings.HasSuffix(gap, "“") || strings.HasSuffix(gap, "\"") || strings.HasSuffix(gap, "‘")
}
