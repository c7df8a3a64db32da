package brief

import (
	"strings"

	"crosscheck/internal/lang"
)

// A verb that calls a thing something or gives someone a role takes what
// it says in an "as" phrase: "Ardern described it as a terrorist attack",
// "the opposition denounced the declaration as unconstitutional", "May
// will resign as prime minister". That phrase is the sentence's claim, and
// one or two words of it are too few for the half-of-a-part test of
// coversParts to miss: "described the shootings as one of the darkest
// days" shares most of the first sentence and not its claim. So every
// content word of the phrase must be in a cited sentence. The phrase runs
// from the marker to the next preposition, conjunction, marker, verb or
// punctuation ("as prime minister on June 7" is "prime minister").

// asComplements returns the content stems and numbers of each "as" phrase
// of text that follows a verb of lang.AsComplementVerbs in the same part
// of the sentence.
func asComplements(text string, lex *lang.Lexicon) [][]string {
	verbs, markers, openers := lex.Set(lang.AsComplementVerbs), lex.Set(lang.AsComplementMarkers), lex.Set(lang.ClaimOpeners)
	ends := lex.Union(lang.HeadPrepositions, lang.ListConjunctions, lang.ClaimOpeners, lang.AsComplementMarkers, lang.FiniteWords)
	past := lex.Set(lang.PastSuffixes)
	numberWords := lex.Map(lang.NumberWords)
	var out [][]string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:—–()", r) }) {
		verb, open := false, false
		var cur []string
		closePhrase := func() {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			verb, open, cur = false, false, nil
		}
		for _, w := range wordTokens(part) {
			lw := strings.ToLower(w)
			switch {
			case open && (ends.Has(lw) || len(cur) > 0 && past.SuffixOf(lw)):
				// A finite or past verb after the phrase's head is the
				// sentence's next verb: "naming him as host prompted".
				closePhrase()
			case open && isDigitWord(lw):
				cur = append(cur, numberParts(lw)...)
			case open && numberWords[lw] != "":
				cur = append(cur, numberWords[lw])
			case open && !stopWords[lw] && len([]rune(lw)) > 1:
				cur = append(cur, stem(lw))
			case open:
			case verb && markers.Has(lw):
				open = true
			case verbs.Has(lw):
				verb = true
			case openers.Has(lw):
				// A claim of its own starts: the verb's reach ends.
				verb = false
			}
		}
		closePhrase()
	}
	return out
}

// allIn reports whether every word of every phrase is in set.
func allIn(phrases [][]string, set map[string]bool) bool {
	for _, p := range phrases {
		for _, w := range p {
			if !set[w] {
				return false
			}
		}
	}
	return true
}
