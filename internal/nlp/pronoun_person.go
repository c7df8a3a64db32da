package nlp

import "strings"

// PronounPerson returns the person (an index in d.Entities) the "he" or
// "she" of the narration at byte offset off stands for, as the speaker
// finder resolves it (pronoun.go), or -1 when the word there is no such
// pronoun, stands inside a quotation, or no person fits. Readers after
// the analysis use it to tell whose a thing is: "He won the election with
// about 55 percent of the vote".
func (d *Index) PronounPerson(off int) int {
	if off < 0 || off >= len(d.Text) || d.inQuote(off) {
		return -1
	}
	toks := Tokenize(d.Text[off:min(len(d.Text), off+8)], off)
	if len(toks) == 0 || toks[0].Span.Start != off {
		return -1
	}
	w := strings.ToLower(toks[0].Text)
	if !personalSubjectPronouns[w] || pronounGender(w) == genderUnknown {
		return -1
	}
	return d.resolvePronoun(off)
}
