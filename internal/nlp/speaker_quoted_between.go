package nlp

import "strings"

// otherSpeakerQuotedBetween returns the name of another speaker the text
// quotes, named as its cue's subject, between where a speaker read from
// a pronoun or carried over was named and the quote ("" when there is
// none). In news the "he" of "“…,” he added" goes on from the speaker
// quoted just before: "“…,” Djokovic said. “…,” he added." is
// Djokovic's, whoever else the paragraphs before named ("a decision made
// by Immigration Minister Alex Hawke"), and "Mr Johnson told activists it
// was a “new dawn”, echoing comments Labour's Tony Blair made …. He
// thanked Labour voters" goes on from Johnson, not the last person named.
// When the person the pronoun was read as is not that speaker, two
// readings stand and the speaker is not asserted. Another speaker the
// pronoun cannot stand for (an organisation for "he", a person of the
// other sex) leaves it alone.
func (d *Index) otherSpeakerQuotedBetween(before []Quote, q Quote) string {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path == SpeakerNamed || ev.Back < 1 {
		return ""
	}
	from := q.Sentence - ev.Back
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.Sentence < from {
			break
		}
		if p.Sentence >= q.Sentence || p.Speaker == "" || p.SpeakerEvidence == nil {
			continue
		}
		pe := p.SpeakerEvidence
		if pe.Path != SpeakerNamed || pe.CueSubject == CueSubjectNo || sameSpeaker(p, q) || d.inApposition(from, p.Speaker, q.Speaker) {
			continue
		}
		if !d.pronounMayStandFor(ev.Word, p) {
			continue
		}
		return p.Speaker
	}
	return ""
}

// sameSpeaker reports whether quotes p and q credit the same speaker: the
// same entity, or names of which one holds the other's last word
// ("Johnson", "Boris Johnson").
func sameSpeaker(p, q Quote) bool {
	if p.SpeakerEntity >= 0 && p.SpeakerEntity == q.SpeakerEntity || p.Speaker == q.Speaker {
		return true
	}
	last := func(s string) string {
		if f := strings.Fields(s); len(f) > 0 {
			return stripPossessive(f[len(f)-1])
		}
		return ""
	}
	return containsWord(q.Speaker, last(p.Speaker)) || containsWord(p.Speaker, last(q.Speaker))
}

// pronounMayStandFor reports whether the pronoun word (empty for a
// speaker carried over with no pronoun) may stand for p's speaker: "he"
// and "she" stand for a person, a name of no known kind or a role, of
// their sex when it is known; "they" and no pronoun for any speaker.
func (d *Index) pronounMayStandFor(word string, p Quote) bool {
	want := pronounGender(word)
	if want == genderUnknown {
		return true
	}
	switch p.SpeakerEvidence.Kind {
	case SpeakerOrg, SpeakerCountry:
		return false
	case SpeakerDescription:
		return p.SpeakerEvidence.Head == HeadRole && !groupNouns[phraseHead(strings.Fields(p.Speaker))]
	}
	if p.SpeakerEntity < 0 || p.SpeakerEntity >= len(d.Entities) {
		return true
	}
	return d.genderAgrees(p.SpeakerEntity, p.Span.Start, want)
}

// inApposition reports whether sentence si names a and b side by side,
// one set off after the other by a comma and at most a determiner ("Lady
// Hale, the President of the Supreme Court"): the two names are one
// person's, though the entity finder kept them apart.
func (d *Index) inApposition(si int, a, b string) bool {
	s := d.Sentences[si]
	text := d.Text[s.Start:s.End]
	side := func(x, y string) bool {
		for from := 0; ; {
			k := strings.Index(text[from:], x)
			if k < 0 {
				return false
			}
			rest := strings.TrimPrefix(text[from+k+len(x):], ",")
			if len(rest) < len(text[from+k+len(x):]) {
				w := strings.Fields(rest)
				if len(w) > 0 && determiners[strings.ToLower(w[0])] {
					rest = strings.TrimSpace(rest)[len(w[0]):]
				}
				if strings.HasPrefix(strings.TrimSpace(rest), y) {
					return true
				}
			}
			from += k + 1
		}
	}
	return side(a, b) || side(b, a)
}
