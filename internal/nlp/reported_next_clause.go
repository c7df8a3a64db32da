package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// speechActVerbs narrate an act of speech by its name: an accusation, an
// attack, a request, a refusal, a vow, a restatement.
var speechActVerbs = en.Set(lang.SpeechActVerbs)

// contrastConjunctions join the speaker's next act with no comma ("…
// but refused to provide an exact figure").
var contrastConjunctions = en.Set(lang.ContrastConjunctions)

// nextActStart returns where the writer's narration of a next act opens
// in what a cue reports, or -1: a comma, "and", perhaps a new subject of
// at most five words and an adverb ("…, and his lawyers then accused
// Twitter of …", "…, and he railed against …", "…, and requested another
// month", "…, and he reiterated his claim that …"), then a verb that
// names an act of speech (lexicon: speech-act-verbs). A clause after "and that", or one with a verb
// of its own before such a verb ("…, and the council would vote"), goes on
// with what was said and is kept; so is all inside quotation marks. The
// cut stands at the comma, which may stand inside a closing quotation
// mark (“…,” and …): the mark is kept.
func nextActStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k+1 < len(toks); k++ {
		// "… but refused to provide an exact figure", "… but declined
		// to elaborate": a speech act right after "but", with no
		// subject of its own, is the speaker's next act.
		if contrastConjunctions[strings.ToLower(toks[k].Text)] && !insideQuotation(rest[:toks[k].Span.Start]) && actVerbRight(toks, k+1) {
			return len(strings.TrimRight(rest[:toks[k].Span.Start], " ,"))
		}
		if !additiveConjunctions[strings.ToLower(toks[k].Text)] {
			continue
		}
		before := strings.TrimRight(rest[:toks[k].Span.Start], " ")
		mark := strings.TrimRight(before, "”’\"'»")
		if !strings.HasSuffix(mark, ",") || insideQuotation(before) || !actVerbAfter(rest, toks, k+1) {
			continue
		}
		if mark == before {
			return len(before) - 1
		}
		return len(before)
	}
	return -1
}

// actVerbAfter reports whether the words from toks[j] are a subject of at
// most five words and adverbs with no verb, punctuation or preposition
// among them, then a speech-act verb in lower case.
func actVerbAfter(rest string, toks []Token, j int) bool {
	for n := j; n < len(toks) && n <= j+5; n++ {
		w := toks[n].Text
		lw := strings.ToLower(w)
		if n > j && strings.ContainsAny(rest[toks[n-1].Span.End:toks[n].Span.Start], ",;:()“”\"«»—–") {
			return false
		}
		if speechActVerbs[w] {
			return true
		}
		if complementizers[lw] || finiteWords[lw] || cueAuxiliaries[lw] || headPrepositions[lw] || additiveConjunctions[lw] || cueWords[w] || relativeWord[lw] {
			return false
		}
		// Another verb before the speech-act verb: the clause is a statement
		// of its own, perhaps still the speaker's.
		if w == lw && !notNouns[lw] && pastForm(w) {
			return false
		}
	}
	return false
}

// actVerbRight reports whether toks[j], perhaps after an adverb, is a
// speech-act verb in lower case: no subject stands before it.
func actVerbRight(toks []Token, j int) bool {
	if j < len(toks) && adverb(toks[j].Text) && toks[j].Text == strings.ToLower(toks[j].Text) {
		j++
	}
	return j < len(toks) && speechActVerbs[toks[j].Text]
}
