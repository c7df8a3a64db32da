package nlp

import (
	"slices"
	"strings"
)

// possessiveHead reports whether toks of text are a noun phrase headed
// by a common noun after a possessive ("Crooks’ father", "the gunman's
// father"): a word with a possessive ending (or a bare apostrophe after
// a plural or a name in s), then one to three lower-case nouns. Such a
// phrase describes someone by their tie to the possessor, and an
// appositive name after it names them.
func possessiveHead(text string, toks []Token) bool {
	for i := len(toks) - 2; i >= 0 && i >= len(toks)-4; i-- {
		w := toks[i].Text
		gap := text[toks[i].Span.End:toks[i+1].Span.Start]
		if stripPossessive(w) == w && !strings.HasPrefix(gap, "’") && !strings.HasPrefix(gap, "'") {
			continue
		}
		for _, t := range toks[i+1:] {
			if !nounLike(t.Text) {
				return false
			}
		}
		return true
	}
	return false
}

// pastOwners drops from the names of a subject before its cue those that
// only own the next one: "Russia’s space agency Roscosmos tweeted",
// "Iran’s IRNA news agency reported", "Russia's Olympic Committee (ROC)
// said" are the agency and the committee speaking, not the country. A
// name with a possessive ending, then at most four words that modify
// the next name (no punctuation, function word or preposition: "Chad’s
// Ambassador to France" is the ambassador's, and France no head), owns
// it; the last such name heads the subject.
func (d *Index) pastOwners(inSeg []MentionRef) []MentionRef {
	for len(inSeg) > 1 && inSeg[0].End <= inSeg[1].Start {
		between := d.Text[inSeg[0].End:inSeg[1].Start]
		poss := possessiveAt(between)
		if poss == "" || strings.ContainsAny(between, ",;:()—–") {
			break
		}
		words := Tokenize(between[len(poss):], 0)
		if len(words) > 4 || slices.ContainsFunc(words, func(t Token) bool {
			w := strings.ToLower(t.Text)
			return IsStopword(w) || headPrepositions[w] || finiteWords[w] || cueAuxiliaries[w]
		}) {
			break
		}
		inSeg = inSeg[1:]
	}
	return inSeg
}
