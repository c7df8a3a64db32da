package nlp

import "strings"

// A quotation's cue may stand inside what another cue reports:
// "EgyptAir said Cypriot authorities at the airport had confirmed “the
// explosive belt … is fake”". The one who confirmed is the subject
// between the two cues; EgyptAir only passes the confirmation on.

// innerCueSubject returns the speaker named between an earlier cue of
// the sentence text[start:end] and the quote's own cue at end, which is
// no participle: the earlier cue is a lower-case verb of saying, not in
// a relative clause, with a "that" after it perhaps, and the words
// between are a bare subject that names a speaker. ok is false when
// there is no such cue or no such speaker.
func (d *Index) innerCueSubject(start, end int, cue string) (speaker, bool) {
	if participleCues[cue] {
		return speaker{}, false
	}
	toks := Tokenize(d.Text[start:end], start)
	for k := len(toks) - 2; k >= 1; k-- {
		w := toks[k].Text
		if !indirectCues[w] || participleCues[w] || w != strings.ToLower(w) {
			continue
		}
		if relativeSubjects[strings.ToLower(toks[k-1].Text)] {
			return speaker{}, false
		}
		from := toks[k].Span.End
		if complementizers[strings.ToLower(toks[k+1].Text)] {
			from = toks[k+1].Span.End
		}
		if from >= end || strings.ContainsAny(d.Text[from:end], ",;:()—–") || !bareSubject(Tokenize(d.Text[from:end], from)) {
			return speaker{}, false
		}
		sp, ok := d.speakerIn(from, end, true)
		if !ok || sp.name == "" {
			return speaker{}, false
		}
		return sp, true
	}
	return speaker{}, false
}

// bareSubject reports whether toks, the words between two cues, are a
// noun phrase and the auxiliaries and adverbs of the second cue
// ("Cypriot authorities at the airport had", "the heckler"): no verb,
// relative word or coordinator before those, which would make them a
// clause of the first cue's words ("he welcomed extradition to the
// United States and added", "the areas of the network that were
// hacked suggested").
func bareSubject(toks []Token) bool {
	n := len(toks)
	for n > 1 && (cueAuxiliaries[strings.ToLower(toks[n-1].Text)] || adverb(toks[n-1].Text)) {
		n--
	}
	for _, t := range toks[:n] {
		w := t.Text
		lw := strings.ToLower(w)
		if finiteWords[lw] || cueAuxiliaries[lw] || relativeSubjects[lw] || complementizers[lw] || coordinator[lw] || w == lw && pastForm(lw) {
			return false
		}
	}
	return n > 0
}
