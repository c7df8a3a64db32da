package nlp

import "strings"

// A subject names its speaker by its head, the last noun of its phrase
// before any modifier opened by a preposition. A name before a noun only
// qualifies it ("Internet giant Amazon", "Indonesia energy firm
// Pertamina official"), and a name after a preposition only locates or
// ties it ("a statement on military TV"): in neither is the name the
// speaker.

// headPlace says where the head of a subject phrase stands from the
// name found in it.
type headPlace int

const (
	headAtName headPlace = iota // the name is the head, or it cannot be told
	headLater                   // the name modifies a noun after it
	headBefore                  // the name is governed by a preposition after the head
	headCommon                  // the name modifies a common noun that names nobody
)

// headAfterModifier tells, for the name's phrase p in the subject
// text[start:end] right before its cue, where the subject's head stands.
// headLater needs lower-case nouns right after the name and a head at
// the cue that names someone: a name, or a noun for a person, a group
// or a body ("official", "source"), so that "NASA first reported" keeps
// NASA. headBefore needs a preposition between a lower-case noun and the
// name, only adjectives or nouns between the preposition and the name.
func (d *Index) headAfterModifier(start int, p Span, end int) headPlace {
	if p.End < end {
		after := Tokenize(d.Text[p.End:end], p.End)
		if len(after) >= 2 && strings.TrimSpace(d.Text[p.End:after[0].Span.Start]) == "" && d.nounWord(after[0].Text) && d.speakerHead(after) {
			return headLater
		}
		// "The Jammu and Kashmir police said": a compound name, its
		// parts joined by "and", modifies the noun after it, which
		// speaks; the name's first part is no speaker.
		if k := joinedNameEnd(after); k > 0 && k < len(after) && d.nounWord(after[k].Text) && d.speakerHead(after[k:]) {
			return headLater
		}
		// "the five-time Ballon d’Or winner said": past the elided
		// particle of the name, the noun that speaks is the head.
		if common := d.commonAfterName(after); common > 0 && d.speakerHead(after[common:]) {
			return headLater
		}
		// "The two European giants on Tuesday announced", "the
		// five-time Ballon d’Or winner said": a name between a
		// determiner or number and a lower-case noun is a modifier of
		// that noun, which heads the subject; the name is no speaker
		// ("the US military said" is headed by a noun that speaks, read
		// below).
		if common := d.commonAfterName(after); common >= 0 && d.commonHead(after[common:]) && (d.modifierSlot(start, p.Start) || d.determinerOpens(p)) {
			return headCommon
		}
		// "Cuban State television has announced": a medium noun right
		// after the name at the cue is the speaker's head, the name
		// its modifier.
		if len(after) == 1 && strings.TrimSpace(d.Text[p.End:after[0].Span.Start]) == "" && mediumNouns[after[0].Text] {
			return headLater
		}
	}
	before := Tokenize(d.Text[start:p.Start], start)
	k := len(before) - 1
	for k >= 0 && d.nounWord(before[k].Text) {
		k--
	}
	// "from", "by", "of" and the ties of a source ("close to", "for")
	// name who issued or who stands behind the head ("a statement from
	// the Treasury", "an aide to Mr. Barlow"): there the name is meant.
	if k >= 1 && headPrepositions[before[k].Text] && !makerPrepositions[before[k].Text] && !sourceRelations[before[k].Text] && d.nounWord(before[k-1].Text) && !strings.ContainsAny(d.Text[before[k-1].Span.Start:p.Start], ",;:()—–") {
		return headBefore
	}
	return headAtName
}

// determinerOpens reports whether the name's phrase p opens with an
// indefinite article of its own ("A Telegram" of "A Telegram channel
// associated with …"): a name is never introduced by "a", so it stands
// in a modifier's slot, as after a determiner before the phrase. ("The"
// opens names: "The Argentinian football legend died" is left to the
// checks of the name.)
func (d *Index) determinerOpens(p Span) bool {
	toks := Tokenize(d.Text[p.Start:p.End], p.Start)
	return len(toks) > 1 && indefiniteArticles[strings.ToLower(toks[0].Text)]
}

// nounWord reports whether w, lower case, may be a noun or an adjective
// of a noun phrase: no function word, adverb, date, cue or verb form of
// the subject's clause.
func (d *Index) nounWord(w string) bool {
	lw := strings.ToLower(w)
	return w == lw && !IsStopword(lw) && !notNouns[lw] && !calendarWord[lw] && !adverb(lw) && !cueWords[lw] &&
		!cueAuxiliaries[lw] && !finiteWords[lw] && !headPrepositions[lw] && !relativeWord[lw] && !determiners[lw]
}

// speakerHead reports whether toks, the words up to the cue, are headed
// (by their last word before a preposition) by a word that names
// someone: a capitalised name or a noun for a person, a group or a body
// that speaks.
func (d *Index) speakerHead(toks []Token) bool {
	h := -1
	for k, t := range toks {
		w := strings.ToLower(t.Text)
		if relativeToken(t.Text) || cueWords[w] || finiteWords[w] || subordinators[w] || pastForm(w) {
			return false
		}
		if headPrepositions[w] && k > 0 && h < 0 {
			h = k - 1
		}
	}
	if h < 0 {
		h = len(toks) - 1
	}
	last := toks[h].Text
	if isCapitalised(last) {
		return true
	}
	w := strings.ToLower(stripPossessive(last))
	return personRoleNouns[w] || speakerNouns[w] || groupNouns[w] || agentNoun(w)
}

// laterHead returns the phrase that names the speaker when the name p
// only modifies the noun after it in the subject ending at end: the name
// the subject ends with, a capitalised run at the cue ("Lebanese TV
// station MTV" is MTV), or else the whole phrase up to the cue, named by
// its noun ("Indonesia energy firm Pertamina official").
func (d *Index) laterHead(p Span, end int) Span {
	toks := Tokenize(d.Text[p.Start:end], p.Start)
	k := len(toks) - 1
	if !isCapitalised(toks[k].Text) {
		return Span{p.Start, end}
	}
	for k > 0 && isCapitalised(toks[k-1].Text) && strings.TrimSpace(d.Text[toks[k-1].Span.End:toks[k].Span.Start]) == "" {
		k--
	}
	return Span{toks[k].Span.Start, end}
}

// commonHead reports whether toks, the words from the noun after a name
// up to the cue, are a plain noun phrase (nouns, then a phrase of time or
// place) headed by a lower-case noun that names nobody who speaks: no
// verb form, relative word or possessive in it ("inspector general’s
// memo seen by Reuters" is left alone).
func (d *Index) commonHead(toks []Token) bool {
	h := -1
	for k, t := range toks {
		w := strings.ToLower(t.Text)
		// "channel associated with the Wagner Group": a participle of
		// a tie after the noun opens its modifier, as a preposition
		// does (lang tie-participles).
		if k > 0 && h < 0 && tieParticiples[w] && d.nounWord(toks[k-1].Text) {
			return !d.speakerHead(toks[:k])
		}
		if relativeToken(t.Text) || cueWords[w] || finiteWords[w] || subordinators[w] || reducedRelatives[w] || pastForm(w) || stripPossessive(t.Text) != t.Text {
			return false
		}
		if headPrepositions[w] && k > 0 && h < 0 {
			h = k - 1
		}
	}
	if h < 0 {
		h = len(toks) - 1
	}
	return d.nounWord(toks[h].Text) && !d.speakerHead(toks)
}

// commonAfterName returns the index in after, the words between a name
// and its cue, of a lower-case noun right after the name, past the
// elided particles that belong to it ("d’Or" of "Ballon d’Or"); -1 when
// the name is not followed by one.
func (d *Index) commonAfterName(after []Token) int {
	k := 0
	for k < len(after) && elidedParticle(after[k].Text) {
		k++
	}
	// "GunBroker.com": a word joined to the name without a space is
	// part of it.
	if k >= len(after) || !d.nounWord(after[k].Text) || k == 0 && !spaceOnlyBefore(d.Text, after[0]) {
		return -1
	}
	return k
}

// elidedParticle reports whether w is a capitalised word after an
// elided particle ("d’Or", "d'Ivoire"), part of the name before it.
func elidedParticle(w string) bool {
	for _, p := range elidedParticles {
		if rest, ok := strings.CutPrefix(w, p); ok && isCapitalised(rest) {
			return true
		}
	}
	return false
}

// spaceOnlyBefore reports whether t follows the text before it after
// one or more spaces and nothing else.
func spaceOnlyBefore(text string, t Token) bool {
	i := t.Span.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i < t.Span.Start
}

// modifierSlot reports whether the name starting at nameStart stands
// where a noun's modifiers stand: after a determiner or a number, past
// lower-case adjectives ("the five-time", "The two").
func (d *Index) modifierSlot(start, nameStart int) bool {
	before := Tokenize(d.Text[start:nameStart], start)
	k := len(before) - 1
	for k >= 0 && d.nounWord(before[k].Text) && !isNumberToken(before[k].Text) {
		k--
	}
	if k < 0 || strings.ContainsAny(d.Text[before[k].Span.End:nameStart], ",;:()—–") {
		return false
	}
	w := strings.ToLower(before[k].Text)
	return phraseDeterminers[w] || isNumberToken(w)
}

// joinedNameEnd returns the index in after, the words after a name, of
// the first word past an additive conjunction and the capitalised words
// of a second name it joins to the first ("and Kashmir" of "Jammu and
// Kashmir police"); 0 when after opens with no such pair.
func joinedNameEnd(after []Token) int {
	if len(after) < 3 || !additiveConjunctions[after[0].Text] {
		return 0
	}
	k := 1
	for k < len(after) && isCapitalised(after[k].Text) {
		k++
	}
	if k == 1 {
		return 0
	}
	return k
}
