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
