package brief

import "strings"

// unlabeled is a sentence as the briefing shows it: without the dateline
// or section label its article printed before it ("PORT ARDLOW, March 10
// (Northwire) - ", "Details: "), which says where the sentence stood, not
// what it states. The reference still points at the whole sentence.
func (r *readings) unlabeled(sentence string) string {
	return strings.TrimSpace(sentence[r.of(sentence).labelEnd:])
}

// onlyInLabel tells whether expr occurs in sentence only inside its
// dateline or label: the date a dateline gives is when the report was
// filed, which the outlets section shows, not when anything happened.
func (r *readings) onlyInLabel(sentence, expr string) bool {
	end := r.of(sentence).labelEnd
	return end > 0 && strings.Contains(sentence[:end], expr) && !strings.Contains(sentence[end:], expr)
}
