package nlp

import "strings"

// A cry told inside another's report: "Kyoto prefecture police said a
// man ran into the studio and sprayed a liquid that set off the blaze,
// shouting, “Drop dead,” according to the BBC"; "A witness said the
// perpetrator was shouting “You die!”". The words in quotation marks
// right after the participle of crying out are the crier's, the subject
// of the clause the participle hangs on, not the words of the one who
// reports the scene nor of the outlet that relays it. When that subject
// names no one the quote is left unnamed.

// crySpeaker returns the speaker and the cue of a quotation opening at
// quoteStart right after a cry participle (lang class cry-participles)
// that stands after another verb of saying in its sentence, from
// sentStart: the subject of the first clause after that verb. ok is
// false when no such cry stands before the quotation.
func (d *Index) crySpeaker(sentStart, quoteStart int) (speaker, string, bool) {
	toks := Tokenize(d.Text[sentStart:quoteStart], sentStart)
	n := len(toks)
	if n < 3 {
		return speaker{}, "", false
	}
	cry := toks[n-1]
	if !cryParticiples[cry.Text] || strings.Trim(d.Text[cry.Span.End:quoteStart], " ,:“\"‘") != "" {
		return speaker{}, "", false
	}
	_, cs, ok := lastCueIn(d.Text[sentStart:cry.Span.Start])
	if !ok {
		return speaker{}, "", false
	}
	if sp, ok := d.subjectBeforeVerb(sentStart+cs.End, cry.Span.Start); ok && sp.name != "" {
		return sp, cry.Text, true
	}
	return speaker{entity: -1}, cry.Text, true
}
