package cli

import (
	"strings"
	"unicode"
)

// termSafe drops control characters from text that came from a scraped
// page, so a hostile title cannot move the cursor or recolour a terminal.
func termSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}
