package nlp

import "strings"

// A sentence or a quotation may open with a gerund or a participle that
// takes a name as its object: "“Combining Disney’s and 21st Century
// Fox’s … collection is a unique opportunity,” said Robert Iger". Its
// capital is the sentence's, not a name's, and the name after it stands
// alone ("Disney"), so that a later "Disney announced" is not credited to
// "Combining Disney".

// nameAloneBeforeComma reports whether token k is followed by a comma and
// the text writes it elsewhere as a name on its own, not after the
// word before it here ("Mimicking NVIDIA, chipmaker Broadcom crashed",
// with "NVIDIA had previously slammed …" elsewhere): the participle
// before it takes the name as its object.
func (f *finder) nameAloneBeforeComma(k int) bool {
	if !strings.HasPrefix(f.text[f.toks[k].Span.End:], ",") {
		return false
	}
	for q, t := range f.toks {
		if q != k && t.Text == f.toks[k].Text && q > 0 && f.toks[q-1].Text != f.toks[k-1].Text {
			return true
		}
	}
	return false
}

// openingGerund reports whether token p, the first of the capitalised run
// ending before j, opens its sentence or a quotation and is a form with a
// participle's ending (lexicon) of more than five letters, no given name,
// whose object is the one name after it in the possessive ("Combining
// Disney’s") or before a comma, written alone elsewhere in the text
// ("Mimicking NVIDIA,"). Only those shapes are read: a company's name may
// open with such a word ("Playing Field Promotions", "Boeing Co.’s").
func (f *finder) openingGerund(p, j int) bool {
	w := strings.ToLower(f.toks[p].Text)
	if j != p+2 || len(w) <= 5 || !participleSuffixes.SuffixOf(w) || maleGiven[w] || femaleGiven[w] {
		return false
	}
	if next := f.toks[p+1].Text; strings.Contains(next, ".") || !f.possessive(p+1) && !f.nameAloneBeforeComma(p+1) {
		return false
	}
	if p == 0 || f.sent[p-1] != f.sent[p] {
		return true
	}
	gap := strings.TrimRight(f.text[f.toks[p-1].Span.End:f.toks[p].Span.Start], " ")
	return strings.HasSuffix(gap, "“") || strings.HasSuffix(gap, "\"") || strings.HasSuffix(gap, "‘")
}
