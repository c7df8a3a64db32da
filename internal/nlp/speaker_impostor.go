package nlp

import "strings"

// A name right after an adjective of imposture ("“I am giving back to
// the community,” fake Joe Biden wrote"; lang impostor-modifiers) names
// whom the writer of the words pretended to be: a hijacked account, a
// parody, a forger. Its bearer did not say them, and the sentence does
// not tell who did.

// dropImpostorSpeakers clears the speaker of each quote whose sentence
// names it, outside the quotation, only right after such an adjective.
func dropImpostorSpeakers(doc *Doc) {
	d := quotedIndex(doc)
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker == "" || q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
			continue
		}
		if d.impostorNamed(d.Sentences[q.Sentence], q.Speaker) {
			q.Speaker, q.SpeakerEntity = "", -1
		}
	}
}

// impostorNamed reports whether sentence s names name outside quotation
// marks, and every time right after an impostor modifier.
func (d *Index) impostorNamed(s Sentence, name string) bool {
	text := d.Text[s.Start:s.End]
	named := false
	for from := 0; ; {
		k := strings.Index(text[from:], name)
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(name)
		if d.inQuote(s.Start + at) {
			continue
		}
		toks := Tokenize(text[:at], 0)
		if len(toks) == 0 || !impostorModifiers[strings.ToLower(toks[len(toks)-1].Text)] || strings.TrimSpace(text[toks[len(toks)-1].Span.End:at]) != "" {
			return false
		}
		named = true
	}
	return named
}
