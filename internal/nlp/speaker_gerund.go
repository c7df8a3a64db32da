package nlp

import "strings"

// gerundSubject returns the speaker of a speech participle ending
// text[start:end] that has a subject of its own: a name right before it,
// after a preposition that takes such a clause ("He was at the centre of
// the allegations, by Musk claiming that …"; "when pressed about Joe
// Biden previously saying he would not …"). The participle's subject
// is that name, never the main clause's.
func (d *Index) gerundSubject(start, end int) (speaker, bool) {
	ms := d.MentionsIn(start, end)
	if len(ms) == 0 {
		return speaker{}, false
	}
	m := ms[len(ms)-1]
	// "about Joe Biden previously saying": adverbs may stand between
	// the name and its participle.
	for _, t := range Tokenize(d.Text[m.End:end], m.End) {
		if !adverb(t.Text) {
			return speaker{}, false
		}
	}
	if strings.ContainsAny(d.Text[m.End:end], ",;:()") || d.inQuote(m.Start) {
		return speaker{}, false
	}
	before := Tokenize(d.Text[start:m.Start], start)
	k := len(before)
	// "by Mr. Musk claiming", "with analyst Dana Stiff saying": titles
	// and role nouns belong to the name.
	for k > 0 && (titleWords[strings.ToLower(strings.TrimSuffix(before[k-1].Text, "."))] || personRoleNouns[strings.ToLower(before[k-1].Text)]) {
		k--
	}
	if k == 0 || !gerundPrepositions[strings.ToLower(before[k-1].Text)] || strings.ContainsAny(d.Text[before[k-1].Span.End:m.Start], ",;:()") {
		return speaker{}, false
	}
	return d.nameable(speaker{d.Entities[m.Entity].Name, m.Entity})
}
