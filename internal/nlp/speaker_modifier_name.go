package nlp

import "strings"

// A speaker put after its cue is the noun phrase that follows the cue up
// to its head; a prepositional phrase or a relative clause after the head
// only qualifies it. A name inside that modifier is a place, a platform
// or a person talked about ("“…,” wrote one person on Sina Weibo";
// "said the engineer who travelled to KL"), never the one who spoke:
// the speaker is the phrase before it (one person), or, when that names
// nobody, the quote stays unnamed (precision before recall).

// cutTokens returns the tokens of toks that end at or before end.
func cutTokens(toks []Token, end int) []Token {
	for k, t := range toks {
		if t.Span.End > end {
			return toks[:k]
		}
	}
	return toks
}

// headBefore reports whether the tokens before end close on a lower-case
// noun that can head a speaker's phrase ("one person" in "one person on
// Sina Weibo") and the word at end opens a modifier of place or a
// relative clause: a name after end then sits in that modifier.
func (d *Index) headBefore(toks []Token, end int) bool {
	// "a statement from Time's Up", "a spokesman for the ministry", "an
	// aide to Mr. Barlow": a preposition of making or of a source's tie
	// names whose words they are, and the name after it is meant.
	// A participle there ("a man calling himself Paul Paul") names the
	// one it describes: only a preposition or a relative word opens
	// the modifier.
	for _, t := range toks {
		if t.Span.Start == end {
			w := strings.ToLower(t.Text)
			if makerPrepositions[w] || issuerPrepositions[w] || sourceRelations[w] || !headPrepositions[w] && !relativeToken(t.Text) {
				return false
			}
		}
	}
	toks = cutTokens(toks, end)
	if len(toks) == 0 {
		return false
	}
	w := toks[len(toks)-1].Text
	return w == strings.ToLower(w) && (speakerNouns[w] || agentNoun(w))
}

// asClauseSubject reports whether the words between an "as" and the cue
// after them are a subject of their own: at most three lower-case words
// with an auxiliary or two after them, headed by a noun that names
// speakers ("… ended at midnight as organisers claimed", "as the
// police said"). "as" is otherwise read as a preposition ("described
// the incident as an “…”") and opens no clause.
func asClauseSubject(toks []Token) bool {
	for len(toks) > 1 && cueAuxiliaries[strings.ToLower(toks[len(toks)-1].Text)] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if t.Text != strings.ToLower(t.Text) {
			return false
		}
	}
	return speakerNouns[toks[len(toks)-1].Text]
}

// quotedAsSpeaker returns the speaker of a participle of saying that a
// relaying verb's "as" presents ("Xinhua cited a witness as saying",
// "quoted the minister as saying"): the object quoted, as the direct
// quotes take it; unnamed when the object names no one who can speak.
// ok is false when no relaying "as" precedes the participle.
func (d *Index) quotedAsSpeaker(start, cue int) (speaker, bool) {
	obj, ok := d.quotedAsObject(start, cue)
	if !ok {
		return speaker{}, false
	}
	// An object with an aside set off by a comma is read as a speaker
	// put after its cue, its first piece ("quoted Serdar Kamar Hayyat,
	// a leading figure in Bhutto's party, as saying"); else as the
	// direct quotes read it, by its head ("quoted one of Carson's
	// advisers as saying" is an adviser's).
	if strings.Contains(d.Text[obj.Start:obj.End], ",") {
		if sp, ok := d.speakerIn(obj.Start, obj.End, false); ok && sp.name != "" {
			return sp, true
		}
	} else if sp, ok := d.speakerCandidate(obj.Start, obj.End, true); ok {
		if sp, ok := d.nameable(sp); ok && sp.name != "" {
			return sp, true
		}
	}
	return speaker{entity: -1}, true
}

// determinedPiece reports whether piece, a comma-separated piece of a
// speaker's phrase, opens with a lower-case determiner: a description
// ("the leader of the police assault"), whatever earlier person it may
// be read to stand for.
func determinedPiece(piece string) bool {
	toks := Tokenize(piece, 0)
	return len(toks) > 1 && toks[0].Text == strings.ToLower(toks[0].Text) && determiners[toks[0].Text]
}
