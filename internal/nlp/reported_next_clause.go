package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// chargeVerbs name an act of speech that states no proposition of its
// own: an accusation, an attack, a request, a refusal.
var chargeVerbs = en.Set(lang.ChargeVerbs)

// nextActStart returns where the writer's narration of a next act opens
// in what a cue reports, or -1: a comma, "and", perhaps a new subject of
// at most five words and an adverb ("…, and his lawyers then accused
// Twitter of …", "…, and he railed against …", "…, and requested another
// month"), then a verb of an act of speech that states no proposition
// (lexicon: charge-verbs). A clause after "and that", or one with a verb
// of its own before such a verb ("…, and the council would vote"), goes on
// with what was said and is kept; so is all inside quotation marks. The
// cut stands at the comma, which may stand inside a closing quotation
// mark (“…,” and …): the mark is kept.
func nextActStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k+1 < len(toks); k++ {
		if !additiveConjunctions[strings.ToLower(toks[k].Text)] {
			continue
		}
		before := strings.TrimRight(rest[:toks[k].Span.Start], " ")
		mark := strings.TrimRight(before, "”’\"'»")
		if !strings.HasSuffix(mark, ",") || insideQuotation(before) || !chargeAfter(rest, toks, k+1) {
			continue
		}
		if mark == before {
			return len(before) - 1
		}
		return len(before)
	}
	return -1
}

// chargeAfter reports whether the words from toks[j] are a subject of at
// most five words and adverbs with no verb, punctuation or preposition
// among them, then a charge verb in lower case.
func chargeAfter(rest string, toks []Token, j int) bool {
	for n := j; n < len(toks) && n <= j+5; n++ {
		w := toks[n].Text
		lw := strings.ToLower(w)
		if n > j && strings.ContainsAny(rest[toks[n-1].Span.End:toks[n].Span.Start], ",;:()“”\"«»—–") {
			return false
		}
		if chargeVerbs[w] {
			return true
		}
		if complementizers[lw] || finiteWords[lw] || cueAuxiliaries[lw] || headPrepositions[lw] || additiveConjunctions[lw] || cueWords[w] || relativeWord[lw] {
			return false
		}
		// Another verb before the charge verb: the clause is a statement
		// of its own, perhaps still the speaker's.
		if w == lw && !notNouns[lw] && pastForm(w) {
			return false
		}
	}
	return false
}
