package nlp

import "strings"

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
