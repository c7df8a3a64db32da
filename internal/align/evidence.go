package align

import (
	"slices"
)

// creditEvidence is what the alignment can measure of one credit: a
// member's sentence credited with the fact its claim's representative
// states. statesCore decides the credit by a chain of tests; this is the
// strength of the evidence the credit stands on, which the credit gate
// (gate.go) weighs, and which the develop dump (credit_dump_test.go)
// writes out beside the judges' verdicts.
type creditEvidence struct {
	// Cover is the share, by weight, of the fact clause best held
	// (statesPart's) that the sentence holds; Whole the share of the
	// fact's whole unit; Reverse the share of the sentence's own weight
	// that the fact's sentence holds (how much else the sentence says).
	Cover, Whole, Reverse float64
	// Held and FactTerms are the terms of the best-held clause the
	// sentence holds, and all of them (frame terms left out).
	Held, FactTerms int
	// FactNames and HeldNames are the clause's story-entity terms and
	// those the sentence holds; FactFigures and HeldFigures likewise for
	// quantities.
	FactNames, HeldNames     int
	FactFigures, HeldFigures int
	// Main: the sentence tells one of the fact's main predicates
	// (holdsMain); Event: it shares an event word with the clause in
	// moods that agree; Mains: the fact has main predicates.
	Main, Event, Mains bool
	// Run: the sentence prints quoteRunWords of the fact's words in a
	// row.
	Run bool
	// Sim is the cosine of the two units.
	Sim float64
	// FactWhens: the clause dates what it states; WhenShared: the
	// sentence gives one of its times. FactWheres, WhereShared likewise
	// for places.
	FactWhens, WhenShared   bool
	FactWheres, WhereShared bool
	// Clause: the member is a clause, not a whole sentence; Contains: it
	// joined by containing its claim's core.
	Clause, Contains bool
	// Mutual: the fact's sentence also states the member's (statesCore
	// the other way).
	Mutual bool
	// Members is the size of the claim; StatedBy how many members other
	// than this one and the representative state the fact.
	Members, StatedBy int
}

// evidenceOf measures the credit of member m of claim ms with the fact
// of its representative r.
func (k *statedCheck) evidenceOf(ms []member, m, r member) creditEvidence {
	units := k.units
	sent := sentenceOf(units, m.unit)
	has := units[sent].terms
	e := creditEvidence{Clause: units[m.unit].parent >= 0, Contains: m.contains, Members: len(ms)}
	cands := []int{r.unit}
	if units[r.unit].parent < 0 {
		for _, c := range k.clauses[r.unit] {
			if sp := units[c].clause.Span; sp.Start >= r.span.Start && sp.End <= r.span.End && hasVerb(&units[c]) {
				cands = append(cands, c)
			}
		}
	}
	bestC, best := r.unit, -1.0
	for _, c := range cands {
		var all, held float64
		for t, w := range units[c].terms {
			if units[c].parent < 0 && units[c].frame[t] {
				continue
			}
			all += w
			if _, ok := has[t]; ok {
				held += w
			}
		}
		if all == 0 {
			continue
		}
		if c == r.unit {
			e.Whole = held / all
		}
		if held/all > best+sameShare {
			best, bestC = held/all, c
		}
	}
	e.Cover = max(best, 0)
	cu := &units[bestC]
	for t := range cu.terms {
		if cu.parent < 0 && cu.frame[t] {
			continue
		}
		_, ok := has[t]
		e.FactTerms++
		switch t[0] {
		case 'E':
			e.FactNames++
			if ok {
				e.HeldNames++
			}
		case 'Q':
			e.FactFigures++
			if ok {
				e.HeldFigures++
			}
		}
		if ok {
			e.Held++
		}
	}
	rs := sentenceOf(units, r.unit)
	var all, held float64
	for t, w := range units[sent].terms {
		if units[sent].frame[t] {
			continue
		}
		all += w
		if _, ok := units[rs].terms[t]; ok {
			held += w
		}
	}
	if all > 0 {
		e.Reverse = held / all
	}
	su := &units[sent]
	mains := k.mainPredicates(r.unit)
	e.Mains = len(mains) > 0
	e.Main = slices.ContainsFunc(mains, func(p predicate) bool { return holdsMain(p, su) })
	e.Event = sharesEvent(cu, su)
	e.Run = printsRun(k.foldedOf(r.unit), k.foldedOf(sent), quoteRunWords)
	e.Sim = dot(units[m.unit].vec, units[r.unit].vec)
	e.FactWhens, e.WhenShared = len(cu.whens) > 0, shareAny(cu.whens, su.whens)
	e.FactWheres = len(cu.wheres) > 0
	e.WhereShared = slices.ContainsFunc(cu.wheres, func(w int) bool { return slices.Contains(su.wheres, w) })
	e.Mutual = k.statesCore(member{unit: rs, span: units[rs].clause.Span}, member{unit: sent, span: units[sent].clause.Span})
	for _, o := range ms {
		if o.unit != m.unit && o.unit != r.unit && k.statesCore(o, r) {
			e.StatedBy++
		}
	}
	return e
}
