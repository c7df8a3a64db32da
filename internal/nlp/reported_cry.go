package nlp

import "strings"

// A cry ("yelled", "shouted", "screamed"; lexicon class cry-cues) voices
// the words in quotation marks after it: "Steele told the judge he wanted
// the bail increased because Cosby was a flight risk, at which point
// Cosby yelled at Steele, “He doesn’t have a plane you a**hole!”" gives
// the quotation to Cosby, and what Steele told ends before the clause of
// the cry, which may open with a relative of time ("at which point") before
// its subject.

// relativeOpening returns how many words a preposition, a relative word and a
// noun ("at which point", "by which time") add before the subject of a
// cue at toks[k]: a clause that goes on the sentence's narration may
// open so before its subject; 0 when none stands within the subject's
// reach.
func relativeOpening(toks []Token, k int) int {
	for j := k - 2; j >= 1 && j >= k-6; j-- {
		prep := strings.ToLower(toks[j-1].Text)
		if relativeWord[strings.ToLower(toks[j].Text)] && (headPrepositions[prep] || phraseOpeners[prep]) {
			return 3
		}
	}
	return 0
}
