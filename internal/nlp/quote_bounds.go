package nlp

import (
	"strings"
	"unicode/utf8"
)

// sentenceEndIn reports whether a sentence ends between offsets from and
// to: the two lie in different sentences.
func (d *Index) sentenceEndIn(from, to int) bool {
	a, b := d.SentenceAt(from), d.SentenceAt(max(from, to-1))
	return a >= 0 && b >= 0 && a != b
}

// verbBetween reports whether the narration between a subject and the
// quotation after it holds a word or a colon: a verb that makes the
// quotation its object ("called Bush “a total stiff”"), or a colon that
// presents it as the subject's words ("Trump: “We will win”"). Nothing
// but spaces and closing brackets means the quotation is the subject's
// predicate.
func verbBetween(between string) bool {
	if strings.Contains(between, ":") {
		return true
	}
	return len(Tokenize(between, 0)) > 0
}

// quotedPredicate reports whether between, the narration from a subject
// to the quotation that opens quoted, holds only auxiliaries and adverbs
// ("had already", "will"), and the quotation goes on with the verb they
// take: a participle after a perfect's "have" ("had already “wiped
// out”"), any verb after a modal ("will “fundamentally transform”"). The
// quoted verb is then the subject's predicate in someone's words, as
// when nothing stands between (verbBetween), not the subject's words:
// a storm "wiped out" a boardwalk in the mayor's words.
func quotedPredicate(between, quoted string) bool {
	toks := Tokenize(between, 0)
	if len(toks) == 0 || strings.Contains(between, ":") {
		return false
	}
	modal, perfect := false, false
	for _, t := range toks {
		lw := strings.ToLower(t.Text)
		switch {
		case prospectiveAuxiliaries[lw]:
			modal = true
		case perfectAuxiliaries[lw]:
			perfect = true
		case !adverb(lw) && !notNouns[lw]:
			return false
		}
	}
	words := Tokenize(quoted, 0)
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(words[0].Text)
	return modal || perfect && pastForm(first)
}

// closingCueSpeaker returns the speaker and cue of the attribution that
// closes quote q's sentence after a comma, with no quotation after q
// ("Sandy had already “wiped out” a section of the boardwalk, but most
// of it was intact, Langford said."): the whole sentence is the
// speaker's account, so a quotation inside it whose subject does not
// speak is the attributed speaker's word.
func (d *Index) closingCueSpeaker(q Quote) (speaker, string, bool) {
	const maxAttribution = 6
	si := d.SentenceAt(max(0, q.Span.End-1))
	if si < 0 || q.Span.End > d.Sentences[si].End {
		return speaker{}, "", false
	}
	s := d.Sentences[si]
	after := d.Text[q.Span.End:s.End]
	if strings.ContainsAny(after, "“”\"«»") {
		return speaker{}, "", false
	}
	k := strings.LastIndexByte(after, ',')
	if k < 0 {
		return speaker{}, "", false
	}
	// "…,” Xinhua reports.Despite …, a port official said": a cue
	// before the closing one is the quotation's own, and a full stop
	// may end a sentence the splitter missed.
	if _, _, ok := cueIn(after[:k]); ok || strings.Contains(after[:k], ".") {
		return speaker{}, "", false
	}
	base := q.Span.End + k + 1
	// "…, the university said in a statement": the channel of the
	// saying may close the attribution (medium_phrase.go).
	toks := withoutMediumTail(Tokenize(strings.TrimRight(d.Text[base:s.End], " .\n"), base))
	if len(toks) < 2 || len(toks) > maxAttribution {
		return speaker{}, "", false
	}
	cue := toks[len(toks)-1]
	if !cueWords[cue.Text] || participleCues[cue.Text] {
		return speaker{}, "", false
	}
	sp, ok := d.speakerIn(base, cue.Span.Start, true)
	return sp, cue.Text, ok
}

// describesSpeaker reports whether the narration of quote q's sentence
// before the quotation names someone by a noun for a speaker ("The
// Florida senator's answer was that “…”", "the spokeswoman"): the
// quotation may be theirs, so it does not go on in the voice of the
// quote before (the moderator who asked).
func (d *Index) describesSpeaker(q Quote) bool {
	if q.Sentence < 0 {
		return false
	}
	s := d.Sentences[q.Sentence]
	for _, t := range Tokenize(d.Text[s.Start:max(s.Start, q.Span.Start)], s.Start) {
		if w := strings.ToLower(stripPossessive(t.Text)); personRoleNouns[w] || speakerNouns[w] {
			return true
		}
	}
	return false
}

// copulaBetween reports whether the subject's own verb, the first word
// after it but for adverbs, is a form of "be": the quotation is then what
// the subject is, someone's description of it ("Trump is the
// “kind-hearted” man"). A "be" further on belongs to another clause
// ("thought the buzz was …").
func copulaBetween(between string) bool {
	between = afterAside(between)
	toks := Tokenize(between, 0)
	for k, t := range toks {
		lw := strings.ToLower(t.Text)
		if adverb(lw) {
			continue
		}
		if !finiteBeForms[lw] {
			return false
		}
		// "is telling", "was asked": an auxiliary, not a copula.
		if k+1 < len(toks) {
			next := strings.ToLower(toks[k+1].Text)
			if participleSuffixes.SuffixOf(next) || pastForm(next) {
				return false
			}
		}
		return true
	}
	return false
}

// presentsNext reports whether the words right after a cue are a colon
// and a quotation mark, so that the cue presents the quote that follows
// ("Trump said: “…”"). A colon before narration ("…,” Rubio said: That
// Cruz is …") explains the quote before.
func presentsNext(afterCue string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(afterCue, " "), ":")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return strings.ContainsRune("“\"‘'«", r)
}

// opensItsSentence reports whether the quotation q stands first in its
// sentence, or after a colon that introduces it: only then is it the
// first piece of one quotation split around its attribution ("“…,” he
// said, “…”"). A quoted phrase inside narration ("Praising the foreman
// as “a very good leader of the group,” the president said, “…”") is a
// quotation of its own.
func (d *Index) opensItsSentence(q Span) bool {
	si := d.SentenceAt(q.Start)
	if si < 0 {
		return true
	}
	before := strings.TrimSpace(d.Text[d.Sentences[si].Start:q.Start])
	if strings.HasSuffix(before, ":") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -") {
		return true
	}
	// "But “…,” he added, “…”": a conjunction opening the sentence
	// links it to the one before.
	toks := Tokenize(before, 0)
	return len(toks) == 0 || len(toks) == 1 && (clauseConjunctions[strings.ToLower(toks[0].Text)] || listConjunctions[strings.ToLower(toks[0].Text)])
}

// quotedModifier reports whether the quotation q stands between a
// determiner and a noun of a rite or an event (lang rite-nouns) as the
// name of it ("performing the “stoning of the devil” ritual"): the
// marks set off a name, nobody's words, whoever is the sentence's
// speaker. (A label before any other noun, "a “very disappointing”
// night", may be the speaker's word: speaker_cueless.go.)
func (d *Index) quotedModifier(q Span) bool {
	base := max(0, q.Start-12)
	prev := Tokenize(d.Text[base:q.Start], base)
	if len(prev) == 0 {
		return false
	}
	last := prev[len(prev)-1]
	if !determiners[strings.ToLower(last.Text)] || strings.TrimSpace(d.Text[last.Span.End:q.Start]) != "" {
		return false
	}
	next := Tokenize(d.Text[q.End:min(len(d.Text), q.End+30)], q.End)
	return len(next) > 0 && next[0].Span.Start > q.End && spaceOnlyBefore(d.Text, next[0]) && riteNouns[next[0].Text]
}

// ownSubjectOfPronoun returns the person named as the subject of a cue
// that opens the quotation's own sentence, when the attribution after
// the quotation, between, is a lone "he" or "she": in "Morales said he
// chose to “convene …”, he said at a news conference" the closing "he"
// repeats the subject in the same sentence, not the person last named in
// the one before.
func (d *Index) ownSubjectOfPronoun(si, quoteStart int, between string) (speaker, bool) {
	toks := Tokenize(between, 0)
	if si < 0 || len(toks) != 1 || !personalSubjectPronouns[strings.ToLower(toks[0].Text)] {
		return speaker{}, false
	}
	s := d.Sentences[si]
	_, cs, ok := cueIn(d.Text[s.Start:quoteStart])
	if !ok {
		return speaker{}, false
	}
	sp, ok := d.speakerIn(s.Start, s.Start+cs.Start, true)
	if !ok || sp.entity < 0 || d.Entities[sp.entity].Kind != KindPerson {
		return speaker{}, false
	}
	if st := Tokenize(d.Text[s.Start:s.Start+cs.Start], s.Start); len(st) == 0 || personalSubjectPronouns[strings.ToLower(st[len(st)-1].Text)] {
		return speaker{}, false
	}
	return sp, true
}
