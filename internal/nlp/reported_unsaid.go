package nlp

import "strings"

// A frame may look reported where nothing was said, and reported words
// may run on into the writer's narration.

// possessiveAttribute reports whether the cue at toks[ti], a past form
// in lower case, stands after a possessive and before a lower-case
// word that opens no clause: an adjective in a noun phrase
// ("Wednesday's announced pivot in U.S.-Cuban relations"), not a verb.
func possessiveAttribute(toks []Token, ti int) bool {
	if ti == 0 || ti+1 >= len(toks) {
		return false
	}
	w, prev, next := toks[ti].Text, toks[ti-1].Text, toks[ti+1].Text
	if !pastForm(w) || w != strings.ToLower(w) || next != strings.ToLower(next) {
		return false
	}
	if stripPossessive(prev) == prev {
		return false
	}
	lw := strings.ToLower(next)
	return !complementizers[lw] && !headPrepositions[lw] && !IsStopword(lw)
}

// explainedTopic reports whether a cue of explaining or defending (lang
// topic-object-cues) has, with no "that", a noun phrase for its object:
// the matter explained ("explaining his decision to withdraw the
// diplomatic asylum"), no words said.
func explainedTopic(cue, rest string, hadThat bool) bool {
	return !hadThat && topicObjectCues[strings.ToLower(cue)] && nounPhraseObject(rest)
}

// narrationRunOn cuts what was reported where the writer's narration
// takes over: after a cue in -ing, at "and" before another -ing form
// that opens a noun phrase ("saying that Ecuador had illegally ended
// his asylum and posting a link for supporters to donate"), the
// subject's second act, when no -ing form before it in what was
// reported is there for it to go with ("was breaking its promises and
// ending the asylum"); and at an "as" clause whose subject is a
// pronoun and a verb of its own, right after a closing quotation mark
// or a comma ("said the collapse was a “matter of profound regret” as he
// apologised to …"), what the speaker did meanwhile; "as he is still
// very active", a state, gives the speaker's reason and stays. Inside a quotation nothing is cut.
func narrationRunOn(cue, rest string) string {
	toks := Tokenize(rest, 0)
	gerundCue := ingFormEndings.Match(strings.ToLower(cue))
	for k := 1; k+2 < len(toks); k++ {
		w := strings.ToLower(toks[k].Text)
		at := toks[k].Span.Start
		if insideQuotation(rest[:at]) {
			continue
		}
		next, after := strings.ToLower(toks[k+1].Text), strings.ToLower(toks[k+2].Text)
		switch {
		case gerundCue && additiveConjunctions[w] && ingForm(next) && determinerLike[after] && !hasIngForm(toks[:k]):
			return strings.TrimRight(rest[:at], " ,")
		case narrationAsOpeners[w] && narrationAsSubjects[next] && !cueAuxiliaries[after] && closesPhrase(rest[:at]):
			return strings.TrimRight(rest[:at], " ,")
		}
	}
	return rest
}

// closesPhrase reports whether s ends with a closing quotation mark or
// a comma, spaces aside.
func closesPhrase(s string) bool {
	s = strings.TrimRight(s, " \n\t")
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"")
}

// ingForm reports whether w, in lower case, is an -ing form of a verb
// rather than a noun in -ing ("building", "meeting").
func ingForm(w string) bool {
	return ingFormEndings.Match(w) && !ingNoun[w]
}

// hasIngForm reports whether any of toks is an -ing form of a verb.
func hasIngForm(toks []Token) bool {
	for _, t := range toks {
		if ingForm(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}
