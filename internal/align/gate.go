package align

import "slices"

// The credit gate. statesCore lets a member's sentence state its claim's
// fact when no test finds it apart; the gate asks, of what is left, how
// much evidence the credit stands on, and withholds it when all of it is
// weak at once: no other outlet of the claim states the fact (nothing
// corroborates the two sentences' being one fact), the sentence asserts
// a happening of its own that is none of the fact clause's event words
// (it tells something else of the same names), and the fact dates its
// happening while the sentence gives none of its times (nothing ties the
// sentence to the fact's occasion). A sentence the fact's sentence states
// in turn is not held to it: two sentences each stating the other tell
// one fact alike, whichever is shown (and which is shown is then a tie,
// which the gate must not turn into a different briefing). "Weinstein
// did not visibly react as the verdict was read Monday" is not stated by
// "After the verdict was read, the judge announced that Weinstein would
// be taken to jail".
//
// The three conditions were chosen on data, not on a case: the evidence
// of every judged (fact, outlet) pair of the spent audit rounds that the
// alignment still makes (creditEvidence, dumped by TestCreditDump), a
// gate picked among conjunctions of such conditions on all rounds but
// one and scored on the one left out (BENCHMARKS.md, 2026-12-10 session
// 10: credit gate). Each condition alone, or two of them, takes out about
// as many right credits as wrong ones.

// weakCredit reports whether the credit of member m's sentence with the
// fact of representative r stands on weak evidence only (see above);
// corroborated tells whether another member of the claim states r.
// The cheap tests come first: statesCore is asked last.
func (k *statedCheck) weakCredit(m, r member, corroborated bool) bool {
	if corroborated {
		return false
	}
	units := k.units
	sent := sentenceOf(units, m.unit)
	c := &units[k.heldClause(r, sent)]
	s := &units[sent]
	if len(c.whens) == 0 || shareAny(c.whens, s.whens) {
		return false
	}
	mains := k.mainPredicates(sent)
	if len(mains) == 0 || slices.ContainsFunc(mains, func(q predicate) bool {
		return slices.ContainsFunc(c.preds, func(p predicate) bool {
			return p.concept != "" && p.concept == q.concept && moodsAgree(p.mood, q.mood)
		})
	}) {
		return false
	}
	rs := sentenceOf(units, r.unit)
	return !k.statesCore(member{unit: rs, span: units[rs].clause.Span}, member{unit: sent, span: s.clause.Span})
}

// heldClause is the unit of r's fact that sentence unit sent holds most
// of, by weight: r itself, or a clause of r's sentence within r's span
// that has a verb (as statesPart reads it).
func (k *statedCheck) heldClause(r member, sent int) int {
	has := k.units[sent].terms
	bestC, best := r.unit, -1.0
	for _, c := range k.factClauses(r) {
		if held, all := k.heldShare(c, has); all > 0 && held/all > best+sameShare {
			best, bestC = held/all, c
		}
	}
	return bestC
}

// factClauses are the units r's fact may be read as: r itself, and when
// r is a whole sentence, each of its clauses within r's span that has a
// verb.
func (k *statedCheck) factClauses(r member) []int {
	units := k.units
	cands := []int{r.unit}
	if units[r.unit].parent < 0 {
		for _, c := range k.clauses[r.unit] {
			if sp := units[c].clause.Span; sp.Start >= r.span.Start && sp.End <= r.span.End && hasVerb(&units[c]) {
				cands = append(cands, c)
			}
		}
	}
	return cands
}

// heldShare sums the weights of unit c's terms, the frame words of a
// whole sentence left out, and of those among has.
func (k *statedCheck) heldShare(c int, has map[string]float64) (held, all float64) {
	u := &k.units[c]
	for t, w := range u.terms {
		if u.parent < 0 && u.frame[t] {
			continue
		}
		all += w
		if _, ok := has[t]; ok {
			held += w
		}
	}
	return held, all
}
