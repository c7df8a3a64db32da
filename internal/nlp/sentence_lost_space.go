package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lostBreakAfterQuote reports whether a full stop with no space after it
// ends a sentence all the same: the sentence before it ends with a
// closing quotation mark and a capitalised word of lower-case letters
// follows at once ("… some people ‘just fell on the ground’.Another
// crying victim told …"). Pages that lost the spaces after their
// periods write so; an abbreviation or a number never has a closing
// mark before its period, and a web address no capital after it.
func lostBreakAfterQuote(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("”’\"", last) {
		return false
	}
	first, n := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(first) {
		return false
	}
	second, _ := utf8.DecodeRuneInString(after[n:])
	return unicode.IsLower(second)
}
