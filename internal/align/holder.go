package align

import (
	"strings"

	"crosscheck/internal/nlp"
)

// A quantity belongs to someone: "Trump needs 54 percent of the
// remaining delegates" and "Cruz needs 91 percent of the remaining
// delegates" give shares of two candidates, not two values of one share.
// Its holder is the participant named last before it in its clause — the
// subject (not a place) of the verb that governs it ("Cruz would need to win 91
// percent", "Cruz, by contrast, would have to win 91 percent") or its
// possessor ("Trump's share … is 54 percent") — back to a word that opens
// another clause, or the start of the sentence. Two values whose holders are both
// known and are different participants fill different slots.

// holder returns the story entity holding number value v, -1 when its
// sentence names none before it.
func (j *judge) holder(v *value) int {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return -1
	}
	toks := nlp.Tokenize(x.Text[s.Start:v.q.Span.Start], s.Start)
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if e := x.EntityAt(t.Span.Start); e >= 0 {
			// Places are where, not whose ("hit an island off Iran's
			// coast, injuring five people"); a name after a
			// preposition is an adjunct's.
			en := x.Entities[e]
			if en.Kind == nlp.KindPlace || en.Descriptive || k > 0 && headPrepositions.Has(strings.ToLower(toks[k-1].Text)) {
				continue
			}
			return j.ents.Lookup(v.input, e)
		}
		if subjectBarriers.Has(strings.ToLower(t.Text)) {
			return -1
		}
	}
	return -1
}

// holdersApart reports whether two number values are held by different
// participants, and names the holder they share when one does.
func (j *judge) holdersApart(a, b *value) (apart bool, shared string) {
	ha, hb := j.holder(a), j.holder(b)
	if ha < 0 || hb < 0 {
		return false, ""
	}
	if ha == hb || sameParticipant(j.ents, ha, hb) {
		return false, j.ents.Entities[ha].Name
	}
	return true, ""
}
