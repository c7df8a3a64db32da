package nlp

import "strings"

// Classes of words after or around a cue that report nothing said, or
// less than the clause that follows the cue, judged wrong in rounds 26
// and 27.

// madeKnownEvent reports whether rest, a cue's noun-phrase object with
// no "that", is headed by a happening made known (lang
// made-known-events: "the news to the nation at 23.50"): the cue names
// the act of making it known and reports no words. A determiner opens
// the phrase, at most two modifiers stand before the head, and a function
// word or nothing follows it ("the news agency" is headed by "agency");
// "the news that he had died" gives the news as a clause, which is what
// was said.
func madeKnownEvent(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) < 2 || !determinerLike[strings.ToLower(toks[0].Text)] {
		return false
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		w := strings.ToLower(toks[k].Text)
		if madeKnownEvents[w] {
			if k == len(toks)-1 {
				return true
			}
			next := strings.ToLower(toks[k+1].Text)
			return IsStopword(next) && !complementizers[next] && !finiteWords[next]
		}
		if headPrepositions[w] || IsStopword(w) || isCapitalised(toks[k].Text) {
			return false
		}
	}
	return false
}

// writerGerund reports whether the cue at toks[ti] is a gerund after
// a word that makes it the writer's remark ("it's worth noting the
// role …": lang writer-gerund-openers).
func writerGerund(toks []Token, ti int) bool {
	return ti > 0 && presentParticiple(toks[ti].Text) && writerGerundOpeners[strings.ToLower(toks[ti-1].Text)]
}

// passiveAfterAdverbs reports whether the cue at toks[ti] is a past form
// after a form of "be" and adverbs ("they were only denied a second"): a
// passive names no one who said anything.
func passiveAfterAdverbs(toks []Token, ti int) bool {
	k := ti - 1
	for k > 0 && (adverb(toks[k].Text) || shortAdverbs[toks[k].Text]) {
		k--
	}
	if ti+1 < len(toks) && complementizers[strings.ToLower(toks[ti+1].Text)] {
		return false // "were also told that …": a listener, told words
	}
	return k < ti-1 && anyBeForms[strings.ToLower(toks[k].Text)] && pastForm(toks[ti].Text)
}

// sharedAuxiliaryEnd cuts from rest, what the cue at toks[ti] reports, a
// verb phrase joined by "and" that repeats the auxiliary before the cue
// with no subject of its own ("he had vehemently denied that the
// scandals had anything to do with him and had brushed off repeated
// calls"): the second phrase goes on with the cue's subject, the
// writer's account of another act (lang shared-auxiliaries).
func sharedAuxiliaryEnd(toks []Token, ti int, rest string) string {
	k := ti - 1
	for k > 0 && adverb(toks[k].Text) {
		k--
	}
	aux := strings.ToLower(toks[k].Text)
	if !sharedAuxiliaries[aux] {
		return rest
	}
	rt := Tokenize(rest, 0)
	for j := 1; j+2 < len(rt); j++ {
		if coordinator[strings.ToLower(rt[j].Text)] && strings.ToLower(rt[j+1].Text) == aux && pastForm(rt[j+2].Text) && strings.TrimSpace(rest[rt[j-1].Span.End:rt[j].Span.Start]) == "" {
			return strings.TrimSpace(rest[:rt[j].Span.Start])
		}
	}
	return rest
}

// speakerAsObject reports whether rest, the words after a cue with no
// "that", names its object as the one saying ("Reuters reported the Red
// Cross as saying"): the object is the speaker of what follows, not the
// words reported.
func speakerAsObject(rest string) bool {
	toks := Tokenize(rest, 0)
	// The words may stop at the marker, cut before a quotation the
	// participle presents ("the Red Cross as saying, “…”").
	for j := 1; j < len(toks) && j <= 8; j++ {
		if speakerObjectMarkers[strings.ToLower(toks[j].Text)] && (j+1 == len(toks) || participleCues[toks[j+1].Text]) {
			return true
		}
	}
	return false
}

// circumstanceSource reports whether before, the words ahead of an
// "according to" set off by a comma, is only an opening phrase of
// attendant circumstance (lang attendant-openers: "With wind gusts of
// up to 235mph"), with no verb of its own: the source vouches for it.
func circumstanceSource(before string) bool {
	toks := Tokenize(before, 0)
	if len(toks) < 2 || !attendantOpeners[strings.ToLower(toks[0].Text)] || strings.ContainsRune(before, ',') {
		return false
	}
	return !hasFiniteVerb(toks, len(toks))
}

// subjectParticiple reports whether the cue at toks[ti], a participle
// in "-ing", modifies a noun of the sentence's subject ("Thursday’s
// televised address from the defence minister announcing two years of
// military rule is unlikely to satisfy demonstrators"): before it stand
// only the words of a noun phrase, with no verb, comma, subordinator or
// opening preposition, so the main clause's verb comes after the cue and
// what follows it is the writer's predicate on that subject, not what
// was said: the one finite verb after the cue is the main clause's.
// "With officials saying …" is an absolute phrase and reads on.
func subjectParticiple(text string, sentStart int, toks []Token, ti int) bool {
	w := toks[ti].Text
	if !presentParticiple(w) || !indirectCues[w] || ti < 2 {
		return false
	}
	before := text[sentStart:toks[ti].Span.Start]
	if strings.ContainsAny(before, ",;:()“”\"–—") || openingSubordinate(before) {
		return false
	}
	first := strings.ToLower(toks[0].Text)
	if headPrepositions[first] || attendantOpeners[first] || subordinators[first] || subjectPronouns[first] {
		return false
	}
	// "A statement saying the plant would close was issued": a verb of
	// the words' own before the main clause's; only one finite verb
	// after the cue is the main clause's.
	verbs := 0
	for _, t := range toks[ti+1:] {
		if lw := strings.ToLower(t.Text); finiteWords[lw] || cueAuxiliaries[lw] {
			verbs++
		}
	}
	if verbs != 1 {
		return false
	}
	for k := 0; k < ti; k++ {
		lw := strings.ToLower(toks[k].Text)
		if finiteWords[lw] || cueAuxiliaries[lw] || subjectPronouns[lw] || toks[k].Text == lw && indirectCues[lw] && k > 0 && !determinerLike[strings.ToLower(stripPossessive(toks[k-1].Text))] {
			return false
		}
		if k > 0 && toks[k].Text == lw && len(lw) > 4 && pastSuffixes.SuffixOf(lw) {
			prev := toks[k-1].Text
			if !phraseDeterminers[strings.ToLower(prev)] && !determinerLike[strings.ToLower(prev)] && stripPossessive(prev) == prev {
				return false
			}
		}
	}
	return true
}

// presentParticiple reports whether w has a present participle's ending
// (lang participle-endings).
func presentParticiple(w string) bool {
	for end := range participleEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
