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
		if relativeWord[w] || cueWords[w] || finiteWords[w] || subordinators[w] || pastForm(w) {
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
