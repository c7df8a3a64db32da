package nlp

import "strings"

// Some speakers a sentence seems to give are not who said the words.
// A scare quote in a denied predicate ("Julian Assange did not “walk
// out of the embassy”") holds words others used of the subject, which
// the sentence denies, not the subject's. A phrase that holds a verb of
// saying, hearing or seeing with words after it ("A witness reports
// hearing the boy") is a clause cut out of the sentence, not a name.
// A pronoun after an indefinite role in its own sentence ("In the words
// a spokesman for the CAA, he said: …") stands for that role's holder,
// not for a person named sentences before.

// deniedOfSubject reports whether a cueless direct quote follows a
// negation that comes after the sentence last names q's speaker before
// the quote, with at most three words between the negation and the
// quote: the quoted words are denied of the subject.
func (d *Index) deniedOfSubject(q Quote, outside []Span) bool {
	words := d.wordsOutside(outside)
	start := q.Parts[0].Start
	last := -1
	for _, n := range d.speakerNamings(q, words) {
		if words[n[1]].Span.End <= start {
			last = n[1]
		}
	}
	if last < 0 {
		return false
	}
	end := last + 1
	for end < len(words) && words[end].Span.End <= start {
		end++
	}
	for k := last + 1; k < end; k++ {
		if cueNegations[words[k].lower] && end-k-1 <= 3 {
			return true
		}
	}
	return false
}

// clauseSpeaker reports whether q's speaker, a phrase no entity names,
// holds a lower-case verb of saying, hearing or seeing with more words
// after it: a clause, not a name.
func clauseSpeaker(q Quote) bool {
	if q.SpeakerEntity >= 0 {
		return false
	}
	words := strings.Fields(q.Speaker)
	for k, w := range words[:max(0, len(words)-1)] {
		if k == 0 || w != strings.ToLower(w) {
			continue
		}
		if perceptionVerbs[w] || cueWords[w] {
			return true
		}
	}
	return false
}

// roleBeforePronoun returns the indefinite role ("a spokesman") that
// q's sentence names before the pronoun its speaker was read from, or
// "".
func (d *Index) roleBeforePronoun(q Quote) string {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path != SpeakerPronoun {
		return ""
	}
	words := d.wordsOutside(d.outsideQuote(q))
	for k, w := range words {
		if w.lower == ev.Word {
			return ""
		}
		if !indefiniteArticles[w.lower] {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			if words[j].lower == ev.Word {
				return ""
			}
			if personRoleNouns[words[j].lower] {
				return w.Text + " " + words[j].Text
			}
		}
	}
	return ""
}

// unsaidSpeaker returns why q's speaker, confident by its evidence, is
// not sure to be who said the words, or "".
func (d *Index) unsaidSpeaker(q Quote) string {
	switch {
	case clauseSpeaker(q):
		return "the speaker phrase holds a verb of saying, hearing or seeing: it is a clause, and the one it tells of may have said the words"
	}
	if role := d.roleBeforePronoun(q); role != "" {
		return "the sentence names “" + role + "” before “" + q.SpeakerEvidence.Word + "”, whom it may stand for"
	}
	return ""
}
