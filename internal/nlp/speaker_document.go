package nlp

import "strings"

// A document is no speaker. A statement, a letter or "the latest
// information" carries someone's words; news names that someone as the
// speaker ("OpenAI said in a statement"), and when it names only the
// document ("The statement mentioned that …") the speaker is not named.
// The issuer is named in the document's own phrase, as its possessor
// ("OpenAI's statement") or after it ("a statement from the White
// House", "a statement released by the company").

// documentHead returns the index of the head noun of the phrase words,
// and whether it is a document noun (lang.DocumentNouns).
func documentHead(words []string) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	h := len(words) - 1
	for k := 1; k < len(words); k++ {
		if w := strings.ToLower(words[k]); headPrepositions[w] || relativeToken(words[k]) || sourceTie(words, k) {
			h = k - 1
			break
		}
	}
	// "a statement issued by the ministry": the participle before the
	// preposition modifies the head before it.
	if h > 0 && pastForm(strings.ToLower(words[h])) && documentNouns[strings.ToLower(words[h-1])] {
		h--
	}
	// "The Washington Post", "the Bangkok Post": a capitalised noun
	// after a capitalised word ends a name, no document.
	if h > 0 && isCapitalised(words[h]) && isCapitalised(words[h-1]) {
		return h, false
	}
	return h, documentNouns[strings.ToLower(stripPossessive(strings.Trim(words[h], ".,;:")))]
}

// documentIssuer returns the speaker a phrase headed by a document noun
// names as its issuer, if it names one that can speak.
func (d *Index) documentIssuer(sp speaker) (speaker, bool) {
	words := strings.Fields(sp.name)
	h, ok := documentHead(words)
	if !ok {
		return speaker{}, false
	}
	// "OpenAI's statement", "the company's latest statement".
	for j := h - 1; j >= 0; j-- {
		if e := possessiveEnding(words[j]); e != "" {
			words[j] = strings.TrimSuffix(words[j], e)
			return d.issuer(strings.Join(words[:j+1], " "))
		}
	}
	// "A Reuters report", "a White House statement": a name before the
	// head is whose document it is.
	j := h
	for j > 0 && isCapitalised(words[j-1]) && !(j == 1 && determiners[strings.ToLower(words[0])]) {
		j--
	}
	if j < h && !(j == 0 && h == 1 && determiners[strings.ToLower(words[0])]) {
		return d.issuer(strings.Join(words[j:h], " "))
	}
	// "a statement from the White House", "… issued by the ministry".
	rest := words[h+1:]
	if len(rest) > 1 && pastForm(strings.ToLower(rest[0])) {
		rest = rest[1:]
	}
	if len(rest) > 1 && issuerPrepositions[strings.ToLower(rest[0])] {
		return d.issuer(strings.Join(rest[1:], " "))
	}
	return speaker{}, false
}

// issuer checks the name of a document's issuer as a speaker.
func (d *Index) issuer(name string) (speaker, bool) {
	name = strings.Trim(name, " ,;:")
	if name == "" {
		return speaker{}, false
	}
	return d.nameable(speaker{name, d.entityNamed(trimArticle(name))})
}

// issuerAfter returns the issuer named right after a document's phrase
// ending at end, up to limit, when the phrase was cut before it ("a
// statement | released by the company").
func (d *Index) issuerAfter(end, limit int) (speaker, bool) {
	toks := Tokenize(d.Text[end:limit], end)
	if len(toks) > 1 && pastForm(strings.ToLower(toks[0].Text)) {
		toks = toks[1:]
	}
	if len(toks) < 2 || !issuerPrepositions[strings.ToLower(toks[0].Text)] {
		return speaker{}, false
	}
	sp, ok := d.phraseSpeaker(toks[1].Span.Start, limit)
	if !ok {
		return speaker{}, false
	}
	return d.nameable(sp)
}

// documentSubject reports whether the words text[start:end] before a
// cue end in a document's phrase ("The statement", "The latest
// information"), over the cue's auxiliaries.
func (d *Index) documentSubject(start, end int) bool {
	toks := Tokenize(d.Text[start:end], start)
	// "The statement issued further stated": auxiliaries, adverbs and
	// a participle after the noun are no part of its head.
	for len(toks) > 1 && (cueAuxiliaries[strings.ToLower(toks[len(toks)-1].Text)] || notNouns[toks[len(toks)-1].Text] || adverb(toks[len(toks)-1].Text) || pastForm(toks[len(toks)-1].Text)) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return false
	}
	_, ok := documentHead([]string{toks[len(toks)-1].Text})
	return ok
}

// documentAfter returns the issuer named after the document phrase sp,
// written in text[start:limit] but cut before its issuer.
func (d *Index) documentAfter(sp speaker, start, limit int) (speaker, bool) {
	if _, ok := documentHead(strings.Fields(sp.name)); !ok {
		return speaker{}, false
	}
	k := strings.Index(d.Text[start:limit], sp.name)
	if k < 0 {
		return speaker{}, false
	}
	return d.issuerAfter(start+k+len(sp.name), limit)
}

// namelessSubject reports whether the subject text[start:end] of a cue is
// a count or a sampling that names nobody ("Exit polls in Ukraine
// indicate …"): what it found is reported all the same, by no one
// the briefing can name.
func (d *Index) namelessSubject(start, end int) bool {
	seg := strings.TrimSpace(d.Text[start:end])
	if seg == "" || strings.ContainsAny(seg, ",;:") {
		return false
	}
	words := strings.Fields(seg)
	for len(words) > 1 && (cueAuxiliaries[strings.ToLower(words[len(words)-1])] || adverb(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	return namelessSources[phraseHead(words)] && !d.namesSomeone(words)
}
