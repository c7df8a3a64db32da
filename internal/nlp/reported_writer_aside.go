package nlp

import "strings"

// What a cue governs is its clause. The writer often goes on after it,
// inside the same sentence, with words the cue does not govern: a noun
// phrase set off by a comma that sums up the clause (", a move that
// could trigger …", ", a charge that party leaders denied"), a
// relative clause on a noun of it opened by a preposition (", in which
// four Americans were killed"), or, after a frame inside a relative
// aside ("Pfizer, which says its vaccine is 95 percent effective, is
// racing"), the main clause's own predicate. Each is cut off; what the
// cue governs is left.

// summaryAppositiveStart returns where the words said end before a noun
// phrase set off by a comma that sums up the clause before it, or -1: an
// indefinite article and, within three more words with no punctuation
// between, a noun of an act, a claim or a figure (lang summary-nouns),
// after a clause with a finite verb of its own. A phrase in apposition
// to a bare subject ("the decision, a move that …, was …") has no verb
// before it and is left.
func summaryAppositiveStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 2; k+1 < len(toks); k++ {
		if !indefiniteArticles[strings.ToLower(toks[k].Text)] || !commaBefore(rest, toks, k) {
			continue
		}
		if !writerClauseBefore(rest, toks, k) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if strings.TrimSpace(rest[toks[j-1].Span.End:toks[j].Span.Start]) != "" {
				break
			}
			if w := toks[j].Text; summaryNouns[w] {
				return len(strings.TrimRight(rest[:toks[k].Span.Start], " "))
			}
		}
	}
	return -1
}

// asideRelativeStart returns where the words said end before a relative
// clause set off by a comma and opened by a preposition and a relative
// pronoun (lang aside-relative-prepositions, aside-relative-pronouns: ",
// in which", ", during which"), or
// -1: the clause tells of a noun of what was said, in the writer's
// words, when a clause with a finite verb stands before it. Before a
// bare subject ("the scandal, in which four were killed, was …") it is
// left.
func asideRelativeStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 2; k+1 < len(toks); k++ {
		if !asideRelativePrepositions[strings.ToLower(toks[k].Text)] || !asideRelativePronouns[strings.ToLower(toks[k+1].Text)] {
			continue
		}
		if at, ok := writerAdditionAt(rest, toks, k); ok {
			return at
		}
	}
	return -1
}

// relativeAsideCue reports whether the cue at toks[ti] is the verb of a
// relative clause set off by a comma ("Pfizer, which says …", "the
// union, who said …"), over its auxiliaries and adverbs.
func relativeAsideCue(text string, toks []Token, ti int) bool {
	k := ti - 1
	for k > 0 && (cueAuxiliaries[strings.ToLower(toks[k].Text)] || adverb(toks[k].Text)) {
		k--
	}
	if k < 1 || !relativeSubjects[strings.ToLower(toks[k].Text)] {
		return false
	}
	return commaBefore(text, toks, k)
}

// restrictiveRelativeCue reports whether the cue at toks[ti] is the verb
// of a relative clause no comma sets off ("researchers who predicted",
// "scientists who have been observing"): a relative subject, then only
// auxiliaries and adverbs before the cue.
func restrictiveRelativeCue(text string, toks []Token, ti int) bool {
	k := ti - 1
	for k > 0 && (cueAuxiliaries[strings.ToLower(toks[k].Text)] || adverb(toks[k].Text)) {
		k--
	}
	return k >= 1 && relativeSubjects[strings.ToLower(toks[k].Text)] && !commaBefore(text, toks, k)
}

// mainCueAfterObject reports whether rest, the words after a cue, are a
// noun phrase of at most six words with no verb or punctuation, then
// perhaps auxiliaries, then a verb of saying in lower case ("the event
// have announced", "the shelf said the split happened"): the verb is the
// main clause's, whose subject the relative clause modifies.
func mainCueAfterObject(rest string) bool {
	toks := Tokenize(rest, 0)
	for k := 1; k < len(toks) && k <= 6; k++ {
		if strings.ContainsAny(rest[toks[k-1].Span.End:toks[k].Span.Start], ",;:()“”\"—–") {
			return false
		}
		w := toks[k].Text
		if w != strings.ToLower(w) {
			continue
		}
		j := k
		for j < len(toks) && cueAuxiliaries[toks[j].Text] {
			j++
		}
		if j < len(toks) && indirectCues[toks[j].Text] && !participleCues[toks[j].Text] {
			return !hasFiniteVerb(toks[:k], k)
		}
		if j > k || finiteWords[w] || pastForm(w) {
			return false
		}
	}
	return false
}

// resumedPredicateCue reports whether the cue at toks[k] of rest follows
// a relative aside's closing comma with only adverbs between ("…, which
// probes high-profile crimes, also responded to the location") and takes
// "to" and a noun phrase, with no quotation after it.
func resumedPredicateCue(rest string, toks []Token, k int) bool {
	if k+2 >= len(toks) || !infinitiveMarkers[strings.ToLower(toks[k+1].Text)] || strings.ContainsAny(rest[toks[k].Span.End:], "“\"‘") {
		return false
	}
	if next := toks[k+2].Text; !phraseDeterminers[strings.ToLower(next)] && !isCapitalised(next) {
		return false
	}
	b := k - 1
	for b > 0 && (adverb(toks[b].Text) || notNouns[toks[b].Text]) && !strings.Contains(rest[toks[b].Span.End:toks[b+1].Span.Start], ",") {
		b--
	}
	if !strings.Contains(rest[toks[b].Span.End:toks[b+1].Span.Start], ",") {
		return false
	}
	for j := b; j > 0; j-- {
		if relativeSubjects[strings.ToLower(toks[j].Text)] && commaBefore(rest, toks, j) {
			return true
		}
	}
	return false
}

// resumedPredicateStart returns where, in the words said inside a
// relative aside, the aside's closing comma gives way to the main
// clause's verb ("its vaccine is 95 percent effective, is racing"), or
// -1: a comma, then a lower-case finite verb, auxiliary or verb of
// saying, after a clause with a finite verb of its own. (Another past
// form is left: after a comma it may open a participle's phrase, "based
// on …".) A comma after a bare subject ("the firm,
// run by his son, has grown") is the words' own.
func resumedPredicateStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 2; k < len(toks); k++ {
		w := toks[k].Text
		if w != strings.ToLower(w) || !finiteWords[w] && !cueAuxiliaries[w] && !indirectCues[w] {
			continue
		}
		if at, ok := writerAdditionAt(rest, toks, k); ok {
			return at
		}
	}
	return -1
}

// unfinishedComplement reports whether the words said end inside the
// clause a "that" opens, before its verb ("there was no proof that the
// virus"): they end on "that", a determiner and one more word. What is
// left says something else than what was said. (With more words after
// the determiner an irregular past, "that the virus spread", is not told
// from a noun.)
func unfinishedComplement(rest string) bool {
	toks := Tokenize(rest, 0)
	n := len(toks)
	if n < 4 || !complementizers[strings.ToLower(toks[n-3].Text)] || !phraseDeterminers[strings.ToLower(toks[n-2].Text)] {
		return false
	}
	last := strings.ToLower(toks[n-1].Text)
	if finiteWords[last] || cueAuxiliaries[last] || pastForm(last) || insideQuotation(rest[:toks[n-3].Span.Start]) {
		return false
	}
	return strings.TrimSpace(rest[toks[n-3].Span.End:toks[n-2].Span.Start]) == "" && strings.TrimSpace(rest[toks[n-2].Span.End:toks[n-1].Span.Start]) == "" && strings.TrimRight(rest[toks[n-1].Span.End:], " .") == ""
}

// hyphenDash reports whether a hyphen set off by spaces, between before
// and after, stands for a dash (archive and wire text: "a carbon price -
// either a tax or …"): three words or more follow it, and it stands
// outside a quotation. One or two words after it are the rest of a word
// the text spaced ("a major - league source"); inside a quotation it is
// the speaker's own.
func hyphenDash(before, after string) bool {
	return len(strings.Fields(after)) >= 3 && !insideQuotation(before)
}

// quotationAfterColon reports whether the text after a colon opens with
// a quotation mark: the colon presents the quotation.
func quotationAfterColon(after string) bool {
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "“") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "''")
}

// quotationIn reports whether s holds a quotation mark (an apostrophe
// alone, "the United States' rate", is none; the archive's two
// apostrophes are one).
func quotationIn(s string) bool {
	return strings.ContainsAny(s, "“”\"") || strings.Contains(s, "''")
}

// writerAdditionAt returns where the words said end when the writer's
// addition starts at toks[k]: after a comma, behind a clause of the
// words' own.
func writerAdditionAt(rest string, toks []Token, k int) (int, bool) {
	if !commaBefore(rest, toks, k) || !writerClauseBefore(rest, toks, k) {
		return -1, false
	}
	return len(strings.TrimRight(rest[:toks[k].Span.Start], " ")), true
}

// commaBefore reports whether a comma stands between toks[k-1] and
// toks[k] of text.
func commaBefore(text string, toks []Token, k int) bool {
	return strings.HasSuffix(strings.TrimSpace(text[toks[k-1].Span.End:toks[k].Span.Start]), ",")
}

// writerClauseBefore reports whether the words said before toks[k] make
// a clause of their own, with a finite verb and outside any quotation:
// only then can what follows at k be the writer's addition to them.
func writerClauseBefore(rest string, toks []Token, k int) bool {
	return !insideQuotation(rest[:toks[k].Span.Start]) && hasFiniteVerb(toks[:k], k)
}
