package nlp

import "strings"

// An "-ing" word after a possessive determiner, with only modifiers
// between, is a noun: "with the Met Office issuing its first-ever red
// warning for extreme heat" names the warning issued; nothing it said
// is reported, and the clause before is the writer's.

// possessiveNounCue reports whether the participle cue at toks[ti]
// follows a possessive determiner (lang possessive-determiners) over at
// most two lower-case modifiers with nothing but spaces between, none
// a function word, a verb or a noun of a medium ("its statement
// warning of …" keeps the participle: the statement warns; so does
// "its territory while adding …").
func possessiveNounCue(text string, toks []Token, ti int) bool {
	if !participleCues[toks[ti].Text] {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if strings.TrimSpace(text[toks[k].Span.End:toks[k+1].Span.Start]) != "" {
			return false
		}
		w := toks[k].Text
		lw := strings.ToLower(w)
		if possessiveDeterminers[lw] {
			return true
		}
		if w != lw || IsStopword(lw) || finiteWords[lw] || cueAuxiliaries[lw] || indirectCues[lw] || mediumNouns[lw] || headPrepositions[lw] || pastForm(lw) {
			return false
		}
	}
	return false
}
