package nlp

import "strings"

// conjunctionLast reports whether the writer's words before an
// "according to" end with a conjunction that joins clauses ("… in
// Rockport and, according to ABC News, …"), or a subordinator that
// opens one ("… held at airports as, according to CNN, “travelers …
// were stopped”"): the source's scope opens after it.
func conjunctionLast(before string) bool {
	toks := Tokenize(before, 0)
	if len(toks) == 0 {
		return false
	}
	w := strings.ToLower(toks[len(toks)-1].Text)
	return additiveConjunctions[w] || subordinators[w]
}

// dropClosingReport cuts a closing attribution with its subject first
// off what a source says ("…, ABC reported Wednesday afternoon"): after
// the last comma, a short clause of attribution ("attributionOnly")
// that does not open with its cue (an inverted "…, said Jo Hart, a
// nurse" is read by the caller's own rules).
func dropClosingReport(after string) string {
	k := strings.LastIndex(after, ", ")
	if k < 0 {
		return after
	}
	tail := strings.TrimRight(after[k+2:], " .")
	toks := Tokenize(tail, 0)
	if len(toks) == 0 || insideQuotation(after[:k]) {
		return after
	}
	// "According to the State Department, 17 percent … were
	// orchestrated by Soleimani, reports Fox News": the cue first and an
	// outlet's name alone after it relay the report.
	if indirectCues[toks[0].Text] {
		if invertedNameOnly(toks[1:]) {
			return after[:k]
		}
		return after
	}
	if !attributionOnly(tail) {
		return after
	}
	return after[:k]
}

// invertedNameOnly reports whether toks, the words after a closing cue,
// are one to four capitalised words, with a determiner before them: a
// name alone ("Fox News", "the BBC"), with no description of a person
// after it, which the inverted-attribution rules read.
func invertedNameOnly(toks []Token) bool {
	if len(toks) > 0 && phraseDeterminers[strings.ToLower(toks[0].Text)] {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if !isCapitalised(t.Text) {
			return false
		}
	}
	return true
}

// relativeFrame reports whether the cue toks[k] stands in a relative
// clause that its subject follows ("one that Trump says hit him in the
// ear, at a campaign event …", "the plan, which officials said would
// cost more, …"): "that", "which" or "who" after a noun, then one to
// three words of subject. Such a clause ends at its comma, and the
// writer's words after it are no part of what was said. A "that" after
// a verb opens what was said and is no relative.
func relativeFrame(toks []Token, k int) bool {
	for j := k - 2; j >= 1 && j >= k-4; j-- {
		w := toks[j].Text
		if !relativePronoun[w] && !complementizers[w] {
			continue
		}
		p := strings.ToLower(toks[j-1].Text)
		return !cueWords[p] && !finiteWords[p] && !pastForm(p) && !cueAuxiliaries[p] && !subordinators[p] && !adverb(p) && !headPrepositions[p]
	}
	return false
}

// listContinuation reports whether after, the words after a source
// that closes a sentence, go on with a list the source's phrase opened
// ("… a listing that matched his name, | age, and a Bethel Park
// address …"): one to three lower-case nouns up to a comma, then a
// coordinator ("and", "or"). The list is the source's description, no
// part of what it says.
func listContinuation(after string) bool {
	k := strings.Index(after, ", ")
	if k <= 0 {
		return false
	}
	toks := Tokenize(after[:k], 0)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !nounLike(t.Text) {
			return false
		}
	}
	next := Tokenize(after[k+2:], 0)
	return len(next) > 0 && coordinator[next[0].Text]
}

// gapVerb reports whether words open with a verb: what a cue reports,
// its
// subject the relative word before the cue ("that Trump says | hit him
// in the ear", "which officials said | would cost more").
func gapVerb(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Text
	return w == strings.ToLower(w) && (pastForm(w) || finiteWords[w] || cueAuxiliaries[w])
}

// relativeAfter reports whether s holds a relative word of its own
// ("… and another 12 percent who say"): the cue is that nearer
// clause's, whose antecedent is no name before the first "who".
func relativeAfter(s string) bool {
	for _, t := range Tokenize(s, 0) {
		if w := strings.ToLower(t.Text); relativePronoun[w] || complementizers[w] {
			return true
		}
	}
	return false
}
