package textdump

import (
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// isStopword reports whether the token is one of the commonest function
// words of a language the project's sources write in. Prose is dense in
// them whatever its topic, while menus, link lists and widgets are not,
// which is what the classifier uses them for (after Pomikálek's jusText);
// lang.Detect names the language by the same lists.
func isStopword(tok string) bool { return lang.IsDetectionWord(tok) }

// tokenize splits s into lower-cased word tokens (runs of letters and
// digits).
func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// detectLanguage names the language of text; "" when it cannot tell.
func detectLanguage(text string) string { return lang.Detect(text) }
