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
