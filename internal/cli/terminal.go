package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// termSafe makes a string that may come from a scraped page or a file
// name (a title, a WARC target URI, a path) safe to print on a terminal:
// control characters, which could start escape sequences, move the
// cursor or forge a line of output, and bidirectional overrides, which
// could reorder what is shown, are written as Go escapes instead; so are
// bytes that are not UTF-8. Tabs are kept.
func termSafe(s string) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unsafeRune(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r == utf8.RuneError || r != '\t' && unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// printError writes one line about err to w, prefixed, with err's text
// made safe for a terminal.
func printError(w io.Writer, prefix string, err error) {
	fmt.Fprintf(w, "%s%s\n", prefix, termSafe(err.Error()))
}
