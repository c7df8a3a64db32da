package nlp

import "strings"

// A label line. "The former president: ‘Illegal invasions’" — a
// sub-head that sets a description and a colon over words in marks,
// with no verb of saying — ties the words to whoever the description
// fits, which the reader must guess: it may as well be a label over
// someone else's words, or over what the words are about. A description
// ("former president", "the minister") named so is an uncertain speaker;
// a name keeps the confidence speaker_confidence.go gives it.

// labelDescription reports whether q, with no cue, stands after a label
// of one to five words and a colon that only describe someone: no
// capitalised word but an opening determiner ("The former president:"),
// whatever name the description was resolved to.
func (d *Index) labelDescription(q Quote) bool {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path != SpeakerNamed || q.Cue != "" || ev.Cue || !q.Direct || q.Speaker == "" {
		return false
	}
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return false
	}
	start, at := d.Sentences[q.Sentence].Start, d.wordsStart(q)
	if at < start || at > len(d.Text) {
		return false
	}
	label := strings.TrimRight(d.Text[start:at], " “\"‘'")
	if !strings.HasSuffix(label, ":") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(label, ":"))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for k, w := range words {
		if isCapitalised(w) && !(k == 0 && determiners[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}
