package align

import (
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A share or a result belongs to the party that won, got or claims it:
// "Unofficial results pointed to a win for Widodo, with about 55 percent
// of the popular vote" and "Prabowo … claimed to have won 62 percent of
// the popular vote" give two candidates' shares, not two values of one
// share, though their words are alike (percent, popular vote, won). The
// party is the subject of a verb of result governing the value ("He won
// the election with about 55 percent", the "he" resolved as for a
// speaker), or the one a result noun is for ("a win for Widodo, with
// …"). Values of two parties fill two slots (holder.go reads the same of
// a possessive or a subject named right before a value). And a party's
// claim about its own result ("claimed to have won 62 percent") set
// against a count that is no claim of it is a claim against a count: at
// most uncertain, never a confident conflict.

var (
	partyResultVerbs  = english.Set(lang.PartyResultVerbs)
	partyResultNouns  = english.Set(lang.PartyResultNouns)
	partyClaimVerbs   = english.Set(lang.PartyClaimVerbs)
	partyPrepositions = english.Set(lang.PartyPrepositions)
)

// partyWindow is how many words before a value its verb of result or
// result noun may stand: "won the election with about 55 percent", "a
// win for Widodo, with about 55 percent".
const partyWindow = 8

// party is whose share or result a number value is.
type party struct {
	// id is the story entity, -1 when no party is read.
	id int
	// claimed marks a value the party claims for itself.
	claimed bool
}

// partyOf reads the party of number value v (of no other kind) from the
// words before it in its sentence.
func (j *judge) partyOf(v *value) party {
	none := party{id: -1}
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return none
	}
	toks := nlp.Tokenize(x.Text[s.Start:v.q.Span.Start], s.Start)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-partyWindow; k-- {
		w := strings.ToLower(toks[k].Text)
		if numberToken(w) || subjectBarriers.Has(w) {
			return none // another value's words, or another clause
		}
		if partyResultNouns.Has(w) && k+2 < len(toks) && partyPrepositions.Has(strings.ToLower(toks[k+1].Text)) {
			if id := j.partyAt(x, v.input, toks[k+2]); id >= 0 {
				return party{id: id}
			}
		}
		if !partyResultVerbs.Has(w) {
			continue
		}
		for n := k - 1; n >= 0; n-- {
			t := toks[n]
			u := strings.ToLower(t.Text)
			if subjectBarriers.Has(u) {
				return none
			}
			if e := x.EntityAt(t.Span.Start); e >= 0 {
				en := x.Entities[e]
				if en.Kind == nlp.KindPlace || en.Descriptive || n > 0 && headPrepositions.Has(strings.ToLower(toks[n-1].Text)) {
					continue
				}
				return j.partyFor(v.input, e, toks[n+1:k+1])
			}
			if p := x.PronounPerson(t.Span.Start); p >= 0 {
				return j.partyFor(v.input, p, toks[n+1:k+1])
			}
		}
		return none
	}
	return none
}

// partyFor is the party of entity e of article input, the subject of a
// verb of result; between are the words from it to the verb. No story
// entity, no party.
func (j *judge) partyFor(input, e int, between []nlp.Token) party {
	id := j.ents.Lookup(input, e)
	if id < 0 {
		return party{id: -1}
	}
	return party{id: id, claimed: claimBetween(between)}
}

// partyAt is the story entity named at token t when it may be a party
// (not a place), -1 otherwise.
func (j *judge) partyAt(x *nlp.Index, input int, t nlp.Token) int {
	e := x.EntityAt(t.Span.Start)
	if e < 0 || x.Entities[e].Kind == nlp.KindPlace || x.Entities[e].Descriptive {
		return -1
	}
	return j.ents.Lookup(input, e)
}

// claimBetween reports whether a verb of claiming stands among the words
// from a party to its verb of result ("claimed to have won").
func claimBetween(toks []nlp.Token) bool {
	for _, t := range toks {
		if partyClaimVerbs.Has(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

// partiesApart reports whether two number values are of different
// parties: each value's party, or its holder when no party is read.
func (j *judge) partiesApart(a, b *value) bool {
	owner := func(v *value) int {
		if p := j.partyOf(v); p.id >= 0 {
			return p.id
		}
		return j.holder(v)
	}
	oa, ob := owner(a), owner(b)
	return oa >= 0 && ob >= 0 && oa != ob && !sameParticipant(j.ents, oa, ob)
}

// claimedShare makes a verdict on two number values uncertain when one
// is a party's claim about its own result and the other is not a claim:
// a claim set against a count.
func (j *judge) claimedShare(a, b *value, v verdict) verdict {
	if v.drop || v.update || v.uncertain != "" {
		return v
	}
	pa, pb := j.partyOf(a), j.partyOf(b)
	if pa.claimed == pb.claimed {
		return v
	}
	claimer := pa
	if pb.claimed {
		claimer = pb
	}
	v.uncertain = "one value is " + j.ents.Entities[claimer.id].Name + "'s claim about its own result, the other no claim of it"
	return v
}
