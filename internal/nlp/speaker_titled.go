package nlp

import "strings"

// titledNamesIn counts the persons sentence s names by a title and a
// full name ("Judge Eric Leach") outside quotations whom the entity
// finder took for no person (inside an organisation's name, "Supreme
// Court of Appeal Judge Eric Leach"), other than q's speaker and those
// in seen: they are people a pronoun after them may stand for as much
// as the speaker. A title, then a known given name, then a capitalised
// word is a person's name by the text's own evidence.
func (d *Index) titledNamesIn(s Sentence, q Quote, seen map[string]bool) int {
	toks := Tokenize(d.Text[s.Start:s.End], s.Start)
	n := 0
	for k := 0; k+2 < len(toks); k++ {
		t, given, family := toks[k], toks[k+1], toks[k+2]
		if !isCapitalised(t.Text) || !titleWords[strings.ToLower(t.Text)] || !isCapitalised(family.Text) || d.inQuote(t.Span.Start) {
			continue
		}
		name := given.Text + " " + stripPossessive(family.Text)
		if givenName(name) == genderUnknown || seen[name] || strings.Contains(q.Speaker, name) || d.personEntityAt(Span{t.Span.Start, family.Span.End}) {
			continue
		}
		seen[name] = true
		n++
	}
	return n
}

// personEntityAt reports whether a person's mention holds span.
func (d *Index) personEntityAt(span Span) bool {
	for _, m := range d.MentionsIn(span.Start, span.End) {
		if d.Entities[m.Entity].Kind == KindPerson {
			return true
		}
	}
	return false
}

// pronounFromUncertain reports whether q's speaker, read from a pronoun,
// is read the same way from the same pronoun in the sentence just before
// with an uncertain speaker ("He said the High Court had found …. He
// also said …"): the second reading rests on the first.
func pronounFromUncertain(before []Quote, q Quote) bool {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path != SpeakerPronoun {
		return false
	}
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.Sentence < q.Sentence-1 {
			break
		}
		if p.Sentence == q.Sentence-1 && p.Speaker == q.Speaker && p.SpeakerEvidence != nil && p.SpeakerEvidence.Path == SpeakerPronoun && p.SpeakerEvidence.Word == ev.Word {
			return p.SpeakerUncertain != ""
		}
	}
	return false
}
