package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// relativeShares reports whether q's speaker, a person the quote's
// sentence names by one word of a fuller name only ("Bongo said"), has
// that fuller name given as someone's relative ("the death of his
// father, Omar Bongo"): a family shares its surname, and the one the
// sentence means may be the relative the text never names in full (the
// deposed Ali Bongo, not his late father).
func (d *Index) relativeShares(q Quote) bool {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path != SpeakerNamed || q.SpeakerEntity < 0 || q.SpeakerEntity >= len(d.Entities) {
		return false
	}
	e := d.Entities[q.SpeakerEntity]
	if e.Kind != KindPerson || !strings.Contains(e.Name, " ") {
		return false
	}
	for _, r := range d.outsideQuote(q) {
		if strings.Contains(d.Text[r.Start:r.End], e.Name) {
			return false
		}
	}
	for _, m := range e.Mentions {
		if !strings.Contains(d.Text[m.Start:m.End], " ") {
			continue
		}
		before := strings.Fields(strings.TrimRight(d.Text[max(0, m.Start-40):m.Start], " ,"))
		if len(before) > 0 && kinNouns[strings.ToLower(stripPossessive(before[len(before)-1]))] {
			return true
		}
	}
	return false
}

// abbreviatedName reports whether the text gives the entity's name its
// initials in brackets right after it ("Deutsche Welle (DW)"): people
// are not abbreviated so, organisations are.
func (d *Index) abbreviatedName(e Entity) bool {
	words := strings.Fields(e.Name)
	if len(words) < 2 {
		return false
	}
	var initials strings.Builder
	for _, w := range words {
		if isCapitalised(w) {
			initials.WriteString(w[:1])
		}
	}
	return strings.Contains(d.Text, e.Name+" ("+initials.String()+")")
}

// titledSurnamesIn counts, like titledNamesIn, the persons sentence s
// names by a title and one capitalised word before a lower-case word
// ("Cardinal Ferrell revealed the sad news") whom the entity finder took
// for no person: a pronoun after them may stand for them. A word of a
// name the text gives in full is that entity's. Titles that
// only qualify another title or open an organisation's name ("State
// Department") are left out.
func (d *Index) titledSurnamesIn(s Sentence, q Quote, seen map[string]bool) int {
	toks := Tokenize(d.Text[s.Start:s.End], s.Start)
	n := 0
	for k := 0; k+2 < len(toks); k++ {
		t, family, next := toks[k], toks[k+1], toks[k+2]
		lt := strings.ToLower(t.Text)
		if !isCapitalised(t.Text) || !titleWords[lt] || modifierTitles[lt] || !isCapitalised(family.Text) || titleWords[strings.ToLower(family.Text)] || next.Text != strings.ToLower(next.Text) || d.inQuote(t.Span.Start) {
			continue
		}
		name := stripPossessive(family.Text)
		if full := d.fullerName(name); full >= 0 {
			// "Cardinal Ferrell" after "Cardinal Kevin Ferrell": that
			// person, unless the speaker; a word of a name of no known
			// person ("Mrs May" after "Theresa May", kind unknown) may
			// be the speaker described ("the Prime Minister").
			e := d.Entities[full]
			if e.Kind != KindPerson || full == q.SpeakerEntity {
				continue
			}
			name = e.Name
		}
		if seen[name] || strings.Contains(q.Speaker, name) || d.EntityAt(family.Span.Start) >= 0 {
			continue
		}
		seen[name] = true
		n++
	}
	return n
}

// personsAfterNaming counts the persons sentence s, which names q's
// speaker, gives as a source ("according to") after its last naming of
// them, outside quotations ("Griner; according to President Joe Biden,
// is safe …. “…,” he remarked"): one who speaks stands between the
// naming and the pronoun too, and the pronoun may be theirs. A person
// named otherwise after the subject (an object: "denied reports that he
// has been selected to replace Bongo. … he said") is not counted.
func (d *Index) personsAfterNaming(s Sentence, q Quote, seen map[int]bool) int {
	last := -1
	ms := d.MentionsIn(s.Start, s.End)
	for _, m := range ms {
		if m.Entity == q.SpeakerEntity || d.namesSpeaker(m.Span, q) {
			last = m.Start
		}
	}
	if last < 0 {
		return 0
	}
	n := 0
	for _, m := range ms {
		if m.Start > last && m.Entity != q.SpeakerEntity && d.Entities[m.Entity].Kind == KindPerson && !d.inQuote(m.Start) && !d.namesSpeaker(m.Span, q) && !seen[m.Entity] && d.sourceBefore(m.Start) {
			seen[m.Entity] = true
			n++
		}
	}
	return n
}

// sourceBefore reports whether a source phrase ("according to"), then
// titles at most, stands right before off ("according to President Joe
// Biden").
func (d *Index) sourceBefore(off int) bool {
	words := strings.Fields(strings.ToLower(d.Text[max(0, off-60):off]))
	for len(words) > 0 && titleWords[strings.TrimRight(words[len(words)-1], ".")] {
		words = words[:len(words)-1]
	}
	before := " " + strings.Join(words, " ")
	for _, p := range en.List(lang.SourcePhrases) {
		if strings.HasSuffix(before, " "+p) {
			return true
		}
	}
	return false
}

// fullerName returns the entity whose fuller name holds the word w, or
// -1.
func (d *Index) fullerName(w string) int {
	for ei, e := range d.Entities {
		if e.Name != w && containsWord(e.Name, w) {
			return ei
		}
	}
	return -1
}
