package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/nlp"
)

// A question asserts nothing: "Is there a military strategy that is
// served by this?" he said, does not state that a strategy was served,
// and "And what has he heard from Donald Trump?" is not stated by a
// sentence telling what someone heard. An interrogative sentence and a
// declarative one are told in different moods, as "will vote" and
// "voted" are (cf. the factuality classes of FactBank, Saurí and
// Pustejovsky 2009, where a question commits its speaker to nothing).

// questionMarks end a question, in the scripts the splitter reads.
const questionMarks = "?？"

// asks reports whether text is a question, or reports one: a question
// mark ends it (closing quotation marks and brackets aside), or ends
// a quotation in it ("Is it over?" she asked).
func asks(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r) || r == '"' || r == '\''
	})
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(questionMarks, r) {
		return true
	}
	for i, r := range text {
		if !strings.ContainsRune(questionMarks, r) {
			continue
		}
		// A mark right after the question mark closes the quotation
		// it ends.
		if n, _ := nlp.QuoteMarkAt(text, i+utf8.RuneLen(r)); n > 0 {
			return true
		}
	}
	return false
}
