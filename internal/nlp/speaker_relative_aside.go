package nlp

import "strings"

// A relative clause set off by a comma is about the phrase right before
// it: in "Mr Smith criticised Pfizer, which said on Monday that its
// vaccine was “more than 90 percent effective”" the words are Pfizer's,
// the one "which" stands for, not the main clause's subject.

// asideRelativeBefore returns where the comma before a relative pronoun
// that is the subject of the cue ending before[:cueStart] stands ("…
// Pfizer, which said", over the cue's auxiliaries and adverbs: "…, who
// has repeatedly said"), or -1.
func asideRelativeBefore(before string, cueStart int) int {
	toks := Tokenize(before[:cueStart], 0)
	k := len(toks) - 1
	for k > 0 && (cueAuxiliaries[strings.ToLower(toks[k].Text)] || adverb(toks[k].Text)) {
		k--
	}
	if k < 1 || !relativeSubjects[toks[k].Text] {
		return -1
	}
	gap := before[toks[k-1].Span.End:toks[k].Span.Start]
	if strings.TrimSpace(gap) != "," {
		return -1
	}
	return toks[k-1].Span.End + strings.IndexByte(gap, ',')
}

// relativeAntecedent returns the speaker a relative pronoun after the
// comma at comma stands for: a name right before it that is no place or
// event's (nameable decides whether it can speak), or a speaker's
// phrase that ends there ("the ministry, which said"). A place or a
// thing there ("Ohio, which …", "the plant, which …") names no speaker.
func (d *Index) relativeAntecedent(start, comma int) (speaker, bool) {
	ms := d.MentionsIn(start, comma)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if gap := strings.TrimSpace(d.Text[m.End:comma]); gap != "" && gap != "." {
			break
		}
		if k := d.Entities[m.Entity].Kind; k == KindPlace || k == KindEvent {
			return speaker{}, false
		}
		return d.nameable(speaker{d.Entities[m.Entity].Name, m.Entity})
	}
	sp, ok := d.speakerIn(start, comma, true)
	if !ok || sp.name == "" || !strings.HasSuffix(strings.TrimSpace(d.Text[start:comma]), sp.name) {
		return speaker{}, false
	}
	return sp, true
}
