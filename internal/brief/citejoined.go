package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Each word a coordination joins under a distributive opener ("has
// replaced the bird logo both on the web and mobile versions") is a claim
// of its own: a cited sentence holding one of them must hold the other
// ("the web version of the platform now features" the logo does not
// cite it). Without the opener a coordination may be one description
// ("cadaver and rescue dogs" is cited by "rescue dogs"), and two verbs in
// the past are left to the parts' half-the-words test.

// summaryParts is the citation check's reading of a coordination: parts
// are content words written in lower case, compared by stem; only a
// distributive opener distributes.
var summaryParts = nlp.CoordinationPolicy{OpenerWindow: 3, Part: summaryPart, Key: func(w string) string { return stem(strings.ToLower(w)) }}

// speechCues name a source rather than a claim ("said").
var speechCues = lang.English().Set(lang.SpeechCues)

// summaryPart reports whether a word may be a joined part: a content
// word of three letters or more written in lower case, not a number nor
// a speech cue.
func summaryPart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	return !unicode.IsUpper(r) && utf8.RuneCountInString(lw) >= 3 && !stopWords[lw] && !isDigitWord(lw) && !speechCues.Has(lw)
}

// bothOrNeither reports whether words hold both or neither stem of each
// joined pair.
func bothOrNeither(joined [][2]string, words map[string]bool) bool {
	for _, j := range joined {
		if words[j[0]] != words[j[1]] {
			return false
		}
	}
	return true
}
