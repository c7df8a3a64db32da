package nlp

import "strings"

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
