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

// lostBreakAfterWord reports whether a full stop with no space after it
// ends a sentence after a word ("… in the Itaewon leisure
// district.One official said …"): the word before it is of three or
// more lower-case letters, and a capitalised word of lower-case letters
// follows; a capitalised word before it only when the word after
// typically opens a sentence. Abbreviations that end in lower case are short or hold
// periods of their own ("e.g.", "approx."), which periodEnds knows, and
// web addresses ("example.com") have no capital after their dot.
func lostBreakAfterWord(before, after string) bool {
	word := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	if utf8.RuneCountInString(word) < 3 {
		return false
	}
	// A capitalised word ("… in Seoul.He did not …") ends a sentence
	// only before a word that typically opens one.
	for k, r := range word {
		if !unicode.IsLower(r) && (k > 0 || !unicode.IsUpper(r) || !sentenceStarter[strings.ToLower(firstWord(after))]) {
			return false
		}
	}
	first, n := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(first) {
		return false
	}
	lower := 0
	for _, r := range after[n:] {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		lower++
	}
	// A one-letter word ("A", "I") only when it opens sentences.
	return lower >= 1 || sentenceStarter[strings.ToLower(firstWord(after))]
}
