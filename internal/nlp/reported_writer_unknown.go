package nlp

import "strings"

// After what someone said, the writer may go on, in the same sentence,
// with what is not known: "Emirates and Etihad announced they will cease
// flying to Doha, and it's unclear if Qatar Airways will be able to
// continue flying through Saudi airspace". "It is unclear" reports no
// one's words (nobody says of their own words that they are unclear);
// it is the writer telling what the report leaves open.

// writerUnknownStart returns where the words said end before such a
// clause, or -1: after a comma, and a coordinator if one follows, an
// impersonal "it" with a form of "be" (lang impersonal-it-forms,
// finite-be-forms) and, over adverbs, a word of not knowing (lang
// unknown-words) or "not" and a word of knowing (lang known-words: "it
// was not immediately clear whether"), behind a clause of the words'
// own.
func writerUnknownStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 2; k+2 < len(toks); k++ {
		j := k
		if coordinator[strings.ToLower(toks[k].Text)] {
			j++
		}
		if !commaBefore(rest, toks, k) || !unknownClause(toks[j:]) {
			continue
		}
		if at, ok := writerAdditionAt(rest, toks, k); ok {
			return at
		}
	}
	return -1
}

// unknownClause reports whether toks open "it is unclear", "it's not
// known", "it was not immediately clear".
func unknownClause(toks []Token) bool {
	if len(toks) < 2 || !impersonalItForms[strings.ToLower(toks[0].Text)] {
		return false
	}
	// "it's" holds its verb; "it" takes one after it.
	k := 1
	if !strings.ContainsAny(toks[0].Text, "'’") {
		if !finiteBeForms[strings.ToLower(toks[1].Text)] {
			return false
		}
		k = 2
	}
	negated := false
	for ; k < len(toks); k++ {
		lw := strings.ToLower(toks[k].Text)
		switch {
		case cueNegations[lw]:
			negated = true
		case adverb(lw):
		default:
			return unknownWords[lw] && !negated || knownWords[lw] && negated
		}
	}
	return false
}
