package nlp

// Where a speaker's phrase starts and ends: an adverb opening the
// clause is before it, an acronym that spells a relative word is in it.

import "strings"

// skipOpeningAdverbs returns where the subject in text[start:end] starts
// after the adverbs of time or sequence and the times that open its
// clause with no comma after them (lang opening-adverbs: "Now the
// defense argues", "Meanwhile the ministry said"; "Earlier this week the
// army said", "Last week the army said", "On Monday the army said");
// start when none does or nothing would remain.
func skipOpeningAdverbs(text string, start, end int) int {
	toks := Tokenize(text[start:end], start)
	joined := func(k int) bool { return strings.TrimSpace(text[toks[k].Span.End:toks[k+1].Span.Start]) == "" }
	k := 0
	for k+1 < len(toks) && joined(k) {
		w := strings.ToLower(toks[k].Text)
		switch next := strings.ToLower(toks[k+1].Text); {
		case openingAdverbs[w] || calendarWord[w] && k > 0:
			k++
			continue
		case weekdayPlacers[w] && k+2 < len(toks) && joined(k+1) && (relativeUnits[next] || partsOfDay[next] || calendarWord[next]):
			k += 2
			continue
		}
		break
	}
	// The subject opens with a determiner, a speaker's noun ("police")
	// or a name; anything else ("Earlier on June 4, Premier …": a
	// date's number) leaves the opening to the phrases set off by
	// commas.
	if k == 0 {
		return start
	}
	if w := strings.ToLower(toks[k].Text); !determiners[w] && !speakerNouns[w] && !isCapitalised(toks[k].Text) {
		return start
	}
	return toks[k].Span.Start
}

// relativeToken reports whether word, as written, is a relative word that
// ends a speaker's phrase ("officials who …"). An acronym in capitals
// that spells one is a name: "the WHO said" is the World Health
// Organization, not "the" and a relative clause.
func relativeToken(word string) bool {
	return relativeWord[strings.ToLower(word)] && !capitalsOnly(word)
}

// capitalsOnly reports whether word of two letters or more is written in
// capitals only ("WHO", "NASA").
func capitalsOnly(word string) bool {
	return len(word) > 1 && word == strings.ToUpper(word) && word != strings.ToLower(word)
}
