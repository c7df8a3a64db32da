package align

import (
	"strings"
	"unicode"
)

// spellingVariants reports whether two names may be one person's name
// spelt two ways: the same number of words, all the same but one, and
// that one, in both names long enough to be misspelt rather than an
// initial, starting with the same letter ("Ray Jadallah", "Raide
// Jadallah"; "Mohammed Khan", "Mohamed Khan"). A one-word name is too
// little to tell a misspelling from another person. Outlets transliterate
// and misspell names, so two such names on the same quoted words may be one
// speaker: the conflict is uncertain, not confident.
func spellingVariants(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) < 2 || len(wa) != len(wb) {
		return false
	}
	differ := -1
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if differ >= 0 {
			return false // two words differ: two names
		}
		differ = i
	}
	if differ < 0 {
		return false
	}
	x, y := []rune(wa[differ]), []rune(wb[differ])
	return len(x) >= 3 && len(y) >= 3 && x[0] == y[0] && unicode.IsLetter(x[0])
}
