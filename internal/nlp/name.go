package nlp

import (
	"strings"
	"unicode"
)

// nameKey normalises a name for matching: lower case, hyphens and
// punctuation as spaces, single spaces ("Kim Jong-un" → "kim jong un").
func nameKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien", "U.S." keep their letters together
		default:
			space = true
		}
	}
	return b.String()
}
