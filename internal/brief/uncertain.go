package brief

import (
	"slices"

	"crosscheck/internal/align"
	"crosscheck/internal/nlp"
)

// setAnalysis takes the analysis a briefing is written from. A sentence
// the alignment credits with a claim on weak evidence only (its Ref
// carries why: align.Ref.Uncertain) is taken out of the claim's
// sentences and kept apart (state.uncertain): such an outlet may also
// report the fact (Fact.MayAlso), but it is not shown as stating it, nor
// counted in the sections, tiles and matrix that say how many outlets
// agree. The claims are copied, not changed: the analysis may be a
// stored one.
func (s *state) setAnalysis(an analysis) {
	s.uncertain = make(map[int][]align.Ref)
	claims := slices.Clone(an.Claims)
	for ci, c := range claims {
		if !slices.ContainsFunc(c.Sentences, func(r align.Ref) bool { return r.Uncertain != "" }) {
			continue
		}
		var sure []align.Ref
		for _, r := range c.Sentences {
			if r.Uncertain != "" {
				s.uncertain[ci] = append(s.uncertain[ci], r)
			} else {
				sure = append(sure, r)
			}
		}
		c.Sentences = sure
		c.Outlets = nil
		for _, r := range sure {
			if !slices.Contains(c.Outlets, r.Outlet) {
				c.Outlets = append(c.Outlets, r.Outlet)
			}
		}
		claims[ci] = c
	}
	an.Claims = claims
	s.an = an
}

// mayAlso lists the outlets that may also report fact f of claim ci: one
// entry an outlet, the first of its uncertain sentences, unless the
// outlet states the fact otherwise.
func (s *state) mayAlso(ci int, f Fact) []MayAlso {
	var out []MayAlso
	for _, r := range s.uncertain[ci] {
		o := s.outlet[s.byID[r.ArticleID]]
		if slices.Contains(f.Outlets, o) || slices.Contains(f.CopiedBy, o) || slices.ContainsFunc(out, func(m MayAlso) bool { return m.Outlet == o }) {
			continue
		}
		ref := s.ref(r.ArticleID, r.Sentence)
		if r.Clause != (nlp.Span{}) {
			ref.Clause = r.ClauseText()
		}
		out = append(out, MayAlso{Outlet: o, Reason: r.Uncertain, Ref: ref})
	}
	return out
}

// Refs is the outlet's sentence as a list, for renderers that print refs.
func (m MayAlso) Refs() []Ref { return []Ref{m.Ref} }

// supportOf is the number of outlets of original articles behind claim
// ci: those of its evidence ev, and those credited on weak evidence only.
func (s *state) supportOf(ci int, ev []string) int {
	n := len(ev)
	for _, r := range s.uncertain[ci] {
		i, ok := s.byID[r.ArticleID]
		if !ok || s.isCopy(i) || slices.Contains(ev, s.outlet[i]) {
			continue
		}
		ev = append(slices.Clone(ev), s.outlet[i])
		n++
	}
	return n
}
