package nlp

import "strings"

// What a cue reports is a clause ("said the port was closed") or, after a
// verb that takes an object, a noun phrase ("announced her resignation").
// The speaker of an inverted attribution that was not read as one
// ("…, said Capt. Bill Urban of US Central Command") is no such words.

// speakerAsWords reports whether rest, what follows the cue t right after
// a comma, holds no verb and names someone who can speak: the inverted
// attribution's speaker, not what was said.
func (d *Index) speakerAsWords(s Sentence, t Token, rest string) bool {
	// The comma may stand inside a closing quotation mark (",” says").
	before := strings.TrimRight(d.Text[s.Start:t.Span.Start], " ”\"’'")
	if !strings.HasSuffix(before, ",") || participleSuffixes.SuffixOf(t.Text) {
		return false
	}
	toks := Tokenize(rest, 0)
	if len(toks) == 0 || hasFiniteVerb(toks, len(toks)) {
		return false
	}
	// A speaker after the cue opens with a name or a determiner ("the
	// Vishakapatnam District Collector", "one Reddit poster"); a pronoun
	// opens the clause said ("says he's open to running").
	first := strings.ToLower(stripPossessive(toks[0].Text))
	if pronouns[first] || subjectPronouns[first] || !isCapitalised(toks[0].Text) && !determiners[first] && !pronounLikeWords[first] {
		return false
	}
	k := strings.Index(d.Text[t.Span.End:s.End], rest)
	if k < 0 {
		return false
	}
	from := t.Span.End + k
	_, ok := d.speakerIn(from, from+len(rest), false)
	return ok
}

// subjectBeforeAside returns where the clause opens whose cue is
// toks[k], when a relative aside set off by commas stands right before
// the cue ("who was waiting outside,") and a conjunction at most three
// words before the aside ("… but his fiancee, who was waiting outside,
// said …"); else -1. The clause is another speaker's frame, not more of
// what the first one said.
func subjectBeforeAside(rest string, toks []Token, k int) int {
	r := -1
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		if relativeWord[strings.ToLower(toks[j].Text)] && strings.Contains(rest[toks[j-1].Span.End:toks[j].Span.Start], ",") {
			r = j
			break
		}
	}
	if r < 0 {
		return -1
	}
	for b := r - 1; b >= 1 && b >= r-4; b-- {
		if b < r-1 && strings.ContainsAny(rest[toks[b].Span.End:toks[b+1].Span.Start], ",;") {
			return -1
		}
		if w := strings.ToLower(toks[b].Text); clauseConjunctions[w] || additiveConjunctions[w] {
			return toks[b].Span.Start
		}
	}
	return -1
}

// conjoinedSubjectStart returns where the phrase ending at end starts
// when a conjunction among its last five words follows a clause (a
// finite verb before it): right after the conjunction ("he left shortly
// afterwards but [his fiancee]"). Else start: two names joined by "and"
// ("Smith and Jones, who …") are one subject.
func conjoinedSubjectStart(text string, start, end int) int {
	toks := Tokenize(text[start:end], start)
	for b := len(toks) - 2; b >= 1 && b >= len(toks)-5; b-- {
		if w := strings.ToLower(toks[b].Text); clauseConjunctions[w] || additiveConjunctions[w] {
			if hasFiniteVerb(toks[:b], b) {
				return toks[b].Span.End
			}
			return start
		}
	}
	return start
}

// namedAfterCue reports whether the words after the cue t, up to end,
// open with a capitalised name that names a speaker ("…, said Steve
// Thompson, who heads …"): the cue's subject, after it, not what was
// said. A pronoun or a lower-case phrase there ("said he fully supports
// …", "noted congressional testimony by …") may open the words said.
func (d *Index) namedAfterCue(t Token, end, sentEnd int) bool {
	toks := Tokenize(d.Text[t.Span.End:end], t.Span.End)
	if d.describedAfterCue(toks, end, sentEnd) {
		return true
	}
	if len(toks) == 0 || !isCapitalised(toks[0].Text) || subjectPronouns[strings.ToLower(toks[0].Text)] {
		return false
	}
	sp, ok := d.speakerIn(t.Span.End, end, false)
	return ok && sp.name != ""
}

// parentheticalAttribution reads a cue and its speaker set off by commas
// inside the clause they attribute ("The contrast with Trump, said Doyle
// and others, would be clear since …", "And Trump, said Sunshine, …,
// doesn't forgive or forget"): what was said is the clause's subject
// before the cue and its predicate after the speaker's phrase, which
// opens with a lower-case verb or auxiliary. A relative clause there
// ("…, said Steve Thompson, who heads …") is about the speaker.
func (d *Index) parentheticalAttribution(si int, s Sentence, t Token, tailEnd int) (Quote, bool) {
	before := d.Text[s.Start:t.Span.Start]
	label := LabelEnd(before)
	k := strings.LastIndexByte(before, ',')
	if k < label || tailEnd >= s.End {
		return Quote{}, false
	}
	lead := strings.TrimSpace(before[label:k])
	// The speaker's phrase may run on over asides to the comma before
	// the predicate ("said Sunshine, who remains friendly with her
	// former boss, doesn't …"): the predicate follows the last of them.
	after := d.Text[tailEnd+1 : s.End]
	for {
		if gapVerb(after) || negatedAuxiliary(after) {
			break
		}
		c := clauseComma(after)
		if c < 0 || !relativeAfterName(after[:c]) {
			return Quote{}, false
		}
		after = after[c+1:]
	}
	rest := strings.TrimRight(strings.TrimSpace(after), " .")
	// "And Trump, said Sunshine, …": the coordinator ties the sentence
	// to the one before; it is the writer's.
	if toks := Tokenize(lead, 0); len(toks) > 1 && coordinator[strings.ToLower(toks[0].Text)] {
		lead = strings.TrimSpace(lead[toks[1].Span.Start:])
	}
	if lead == "" || len(strings.Fields(rest)) < 2 {
		return Quote{}, false
	}
	sp, ok := d.speakerIn(t.Span.End, tailEnd, false)
	if !ok || sp.name == "" {
		return Quote{}, false
	}
	return Quote{Text: lead + " " + rest, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: t.Text, Sentence: si, Span: Span{s.Start, s.End}}, true
}

// relativeAfterName reports whether piece, set off by commas after a
// speaker's name, is a relative clause on it (" who remains friendly
// with her former boss").
func relativeAfterName(piece string) bool {
	toks := Tokenize(piece, 0)
	return len(toks) > 1 && relativeSubjects[strings.ToLower(toks[0].Text)]
}

// negatedAuxiliary reports whether words open with a negated auxiliary
// in lower case (lang cue-negations: "doesn't", "won’t").
func negatedAuxiliary(words string) bool {
	toks := Tokenize(words, 0)
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Text
	return w == strings.ToLower(w) && cueNegations[strings.ReplaceAll(w, "’", "'")]
}

// describedAfterCue reports whether the words after a cue, toks up to
// the comma at end, are a role before the name that ends the sentence
// ("…, died Thursday at age 76, said her representative, Gwendolyn
// Quinn."): a possessive determiner or "the" and at most three nouns,
// then the name in apposition. That is the credit line of a news
// report, the cue's subject after it; no words said follow.
func (d *Index) describedAfterCue(toks []Token, end, sentEnd int) bool {
	if len(toks) < 2 || len(toks) > 4 || end >= sentEnd || d.Text[end] != ',' {
		return false
	}
	if w := toks[0].Text; !possessiveDeterminers[w] && !definiteArticles.HasWord(w) {
		return false
	}
	for _, t := range toks[1:] {
		if !nounLike(t.Text) {
			return false
		}
	}
	rest := strings.TrimRight(strings.TrimSpace(d.Text[end+1:sentEnd]), ".")
	names := Tokenize(rest, end+1)
	if len(names) == 0 || len(names) > 4 {
		return false
	}
	for _, n := range names {
		if !isCapitalised(n.Text) {
			return false
		}
	}
	return true
}
