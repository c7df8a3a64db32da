package nlp

import "strings"

// A speaker's name is the whole name. The speaker search may land on the
// tail of an organisation's name after the preposition that joins its
// parts ("Human Rights" of "the Syrian Observatory for Human Rights told
// AFP"): the tail names no one, so the speaker is widened to the name as
// written when every mention of the tail in the quote's sentence is
// such a tail.

// wholeSpeakerNames widens each quote's speaker that its sentence writes
// only as the tail of a longer capitalised name.
func wholeSpeakerNames(doc *Doc) {
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker == "" || q.Sentence < 0 || q.Sentence >= len(doc.Sentences) {
			continue
		}
		whole := wholeNameIn(doc.Sentences[q.Sentence].Text, q.Speaker)
		if whole == "" {
			continue
		}
		q.Speaker, q.SpeakerEntity = whole, -1
		for k, e := range doc.Entities {
			if nameKey(e.Name) == nameKey(whole) {
				q.SpeakerEntity = k
				break
			}
		}
	}
}

// wholeNameIn returns the longer name that every mention of name in
// sentence ends: capitalised words, an organisation's preposition
// ("for", "of") right before name, and more capitalised words or name
// connectors before it ("Syrian Observatory for Human Rights"). It
// returns "" when name is mentioned once on its own, or not at all.
func wholeNameIn(sentence, name string) string {
	whole := ""
	for from := 0; ; {
		k := strings.Index(sentence[from:], name)
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(name)
		if at > 0 && isWordByte(sentence[at-1]) || from < len(sentence) && isWordByte(sentence[from]) {
			continue // inside a longer word
		}
		start := nameStartBefore(sentence[:at])
		if start < 0 {
			return ""
		}
		w := sentence[start:from]
		if whole != "" && whole != w {
			return ""
		}
		whole = w
	}
	return whole
}

// isWordByte reports whether b is a letter or digit of ASCII.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// nameStartBefore returns where the name ends that before writes up to
// an organisation's preposition right at its end ("… the Syrian
// Observatory for "): the first of the capitalised words and name
// connectors before the preposition, past an opening article; -1 when
// before does not end in a capitalised word and such a preposition.
func nameStartBefore(before string) int {
	words := strings.Fields(before)
	if len(words) < 2 || !strings.HasSuffix(before, " ") || !orgNamePrepositions[words[len(words)-1]] {
		return -1
	}
	k := len(words) - 2
	if !isCapitalised(words[k]) || strings.ContainsAny(words[k], ",;:.\"“”") {
		return -1
	}
	for k > 0 {
		w := words[k-1]
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:.\"“”’'()") || definiteArticles[lw] || IsStopword(lw) && !nameConnectors[lw] {
			break
		}
		if !isCapitalised(w) && !nameConnectors[lw] {
			break
		}
		k--
	}
	for nameConnectors[strings.ToLower(words[k])] && k < len(words)-2 {
		k++ // a name opens with a capitalised word
	}
	// The byte offset of words[k]: count the words' ends from the back.
	at := len(before)
	for j := len(words) - 1; j >= k; j-- {
		at = strings.LastIndex(before[:at], words[j])
	}
	return at
}
