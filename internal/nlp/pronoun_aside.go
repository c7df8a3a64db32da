package nlp

import "strings"

// interruptedSubject returns the person a "he" or "she" at off opening an
// aside between dashes stands for: the person named right before the
// dash, whose clause the aside interrupts ("Trump — even as he says his
// experience makes him qualified — has proposed little"). Only a
// connective or subordinator ("even as", "though") may stand between the
// dash and the pronoun, and the person must agree with its gender; else
// -1, and the pronoun is resolved as usual.
func (d *Index) interruptedSubject(si, off int, want gender) int {
	s := d.Sentences[si]
	var last MentionRef
	found := false
	for _, m := range d.personMentionsIn(s.Start, off) {
		if !d.inQuote(m.Start) {
			last, found = m, true
		}
	}
	if !found || last.Entity < 0 || d.Entities[last.Entity].Kind != KindPerson {
		return -1
	}
	gap := d.Text[last.End:off]
	dash := -1
	for _, mark := range []string{"—", "–", "--"} {
		if k := strings.Index(gap, mark); k >= 0 && strings.TrimSpace(gap[:k]) == "" {
			dash = k + len(mark)
			break
		}
	}
	if dash < 0 {
		return -1
	}
	for _, t := range Tokenize(gap[dash:], 0) {
		if lw := strings.ToLower(t.Text); !concessiveAdverbs[lw] && !subordinators[lw] && !adverb(lw) {
			return -1
		}
	}
	if !d.genderAgrees(last.Entity, last.Start, want) {
		return -1
	}
	return last.Entity
}
