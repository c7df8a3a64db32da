package nlp

import "strings"

// A cue written inside brackets ("Captain Lee's reasoning behind his
// judgment (he told REUTERS) was that he did not want …") is an aside of
// attribution: the writer tells in passing who said the sentence around
// it. What follows the closing bracket belongs to the sentence, not to
// the aside's cue, so the cue reports nothing past it.

// bracketEnd returns where what the cue at cue may report ends: at the
// closing bracket of a bracket left open between the sentence's start
// and the cue, else at end.
func bracketEnd(text string, sentStart, cue, end int) int {
	open := strings.LastIndexByte(text[sentStart:cue], '(')
	if open < 0 || strings.IndexByte(text[sentStart+open:cue], ')') >= 0 {
		return end
	}
	if k := strings.IndexByte(text[cue:end], ')'); k >= 0 {
		return cue + k
	}
	return end
}
