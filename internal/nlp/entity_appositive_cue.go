package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// A description set off by a comma after a name is in apposition to it
// ("Crown Prince Felipe, the heir, arrived") only when nothing makes it
// a subject: "… in favour of his son Crown Prince Felipe, the king said
// in a televised address" closes a sentence with its attribution, and
// the king who said it is not the prince named before the comma.

// subjectOfVerbAt reports whether token k, right after a description,
// is a verb of saying or an auxiliary in the same sentence: the
// description is that verb's subject, not an appositive.
func (f *finder) subjectOfVerbAt(k int) bool {
	if k <= 0 || k >= len(f.toks) || f.sent[k] != f.sent[k-1] || !f.adjacent(k-1) {
		return false
	}
	w := f.toks[k].Text
	return w == strings.ToLower(w) && (reportingVerbs[w] || cueAuxiliaries[w])
}

// afterSourcePhrase reports whether the mention starting at byte start
// is the source of an "according to" (a determiner may stand between):
// its comma closes the source, and a second role after it ("According
// to the Downing Street spokesman, the Prime Minister, 55, “remains
// …”") is the subject of what the source says, not in apposition.
func (f *finder) afterSourcePhrase(start int) bool {
	before := strings.TrimRight(f.text[:start], " ")
	if k := strings.LastIndexByte(before, ' '); k >= 0 && phraseDeterminers[strings.ToLower(before[k+1:])] {
		before = strings.TrimRight(before[:k], " ")
	}
	for _, p := range en.List(lang.SourcePhrases) {
		if len(before) >= len(p) && strings.EqualFold(before[len(before)-len(p):], p) {
			return true
		}
	}
	return false
}
