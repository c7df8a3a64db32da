package brief

import (
	"fmt"
	"math"
	"slices"

	"crosscheck/internal/align"
	"crosscheck/internal/nlp"
)

// facts sorts the claims into facts by how many outlets report them,
// counting each outlet once and copies not at all, and attaches the
// conflicts to their facts.
func (s *state) facts() {
	originals := make(map[string]bool)
	for i := range s.arts {
		if !s.isCopy(i) {
			originals[s.outlet[i]] = true
		}
	}
	nOutlets := len(originals)
	s.factOf = make(map[int]string)
	s.claimOf = make(map[[2]int64]int)
	s.wholeClaimOf = make(map[[2]int64]int)
	s.evidence = make(map[int][]string)
	s.support = make(map[int]int)

	next := 0
	var agreed, partial, single []int
	for ci, c := range s.an.Claims {
		// A sentence credited on weak evidence still tells what its
		// claim tells, as far as the summary can tell: it maps to the
		// claim, after the claim's own sentences.
		for _, r := range append(slices.Clone(c.Sentences), s.uncertain[ci]...) {
			// A sentence whose clauses state several facts stands, as
			// a whole, for the best-supported one (claims come most
			// sources first).
			if _, ok := s.claimOf[[2]int64{r.ArticleID, int64(r.Sentence)}]; !ok {
				s.claimOf[[2]int64{r.ArticleID, int64(r.Sentence)}] = ci
			}
			if _, ok := s.wholeClaimOf[[2]int64{r.ArticleID, int64(r.Sentence)}]; !ok && r.Clause == (nlp.Span{}) {
				s.wholeClaimOf[[2]int64{r.ArticleID, int64(r.Sentence)}] = ci
			}
		}
		// Evidence is the outlets whose own words state the claim; a
		// claim is everyone's when every original outlet carries it,
		// in its own words or in a paragraph it took from another.
		var ev []string
		carriers := make(map[string]bool)
		for _, r := range c.Sentences {
			i := s.byID[r.ArticleID]
			j, _ := s.witnessRef(i, r.Sentence)
			o := s.outlet[j]
			if !slices.Contains(ev, o) {
				ev = append(ev, o)
			}
			for _, c := range []string{s.outlet[i], o} {
				if originals[c] {
					carriers[c] = true
				}
			}
		}
		s.evidence[ci] = ev
		s.support[ci] = s.supportOf(ci, ev)
		if s.read.of(c.Text).words < minFactWords {
			continue
		}
		switch {
		case len(ev) == 1:
			single = append(single, ci)
		case len(carriers) == nOutlets:
			agreed = append(agreed, ci)
		default:
			partial = append(partial, ci)
		}
	}
	fact := func(ci int) Fact {
		next++
		id := fmt.Sprintf("F%d", next)
		s.factOf[ci] = id
		c := s.an.Claims[ci]
		rep := s.representative(c)
		f := Fact{ID: id, Text: s.read.unlabeled(rep.Text), Outlets: s.evidence[ci], Refs: []Ref{}, CopiedBy: []string{}}
		if rep.Clause != (nlp.Span{}) {
			f.Clause = rep.ClauseText()
		}
		for _, r := range c.Sentences {
			ref := s.ref(r.ArticleID, r.Sentence)
			if r.Clause != (nlp.Span{}) {
				ref.Clause = r.ClauseText()
			}
			f.Refs = append(f.Refs, ref)
			if o := r.Outlet; !slices.Contains(f.Outlets, o) && !slices.Contains(f.CopiedBy, o) {
				f.CopiedBy = append(f.CopiedBy, o)
			}
		}
		// An outlet credited through a sentence another outlet printed
		// is shown through its own sentence, the one those words came
		// from (witnessref.go).
		for _, r := range c.Sentences {
			i := s.byID[r.ArticleID]
			j, sj := s.witnessRef(i, r.Sentence)
			if j == i {
				continue
			}
			ref := s.ref(s.arts[j].ID, sj)
			if !slices.ContainsFunc(f.Refs, func(x Ref) bool { return x.Article == ref.Article && x.Sentence == ref.Sentence }) {
				f.Refs = append(f.Refs, ref)
			}
		}
		f.MayAlso = s.mayAlso(ci, f)
		return f
	}
	for _, ci := range agreed {
		s.b.Agreed = append(s.b.Agreed, fact(ci))
	}
	for _, ci := range partial {
		s.b.Partial = append(s.b.Partial, fact(ci))
	}
	for _, ci := range single {
		s.b.Single = append(s.b.Single, fact(ci))
	}

	for _, c := range s.an.Conflicts {
		if c.Claim < 0 || c.Claim >= len(s.an.Claims) {
			continue
		}
		conf := Conflict{Kind: c.Kind, Fact: s.factOf[c.Claim], Subject: s.read.unlabeled(s.representative(s.an.Claims[c.Claim]).Text), Variants: []Variant{}, Unconvertible: c.Unconvertible,
			Slot: c.Slot, Evidence: c.Evidence, Uncertain: c.Uncertain}
		for _, v := range c.Variants {
			if nv, ok := s.variant(v); ok {
				conf.Variants = append(conf.Variants, nv)
			}
		}
		// A value only a copy gives is its original's value again; with
		// copies left out there may be no disagreement left.
		if len(conf.Variants) < 2 {
			continue
		}
		switch {
		case c.Update:
			// The earlier value first, so that it reads as an update.
			slices.SortStableFunc(conf.Variants, func(a, b Variant) int {
				switch {
				case earlier(a.Published, b.Published):
					return -1
				case earlier(b.Published, a.Published):
					return 1
				}
				return 0
			})
			s.b.Updates = append(s.b.Updates, conf)
		case c.Uncertain != "":
			s.b.Uncertain = append(s.b.Uncertain, conf)
		default:
			s.b.Conflicts = append(s.b.Conflicts, conf)
		}
	}
}

// variant keeps the sentences giving a value that are their outlet's own:
// a copy repeating its original is no second witness. It reports false
// when only carried-over copies give the value.
func (s *state) variant(v align.Variant) (Variant, bool) {
	nv := Variant{Value: v.Value, Outlets: []string{}, Refs: []Ref{}, Sources: []string{}, Published: v.Published}
	for _, r := range v.Refs {
		i, ok := s.byID[r.ArticleID]
		if !ok || s.source(i, r.Sentence) != i {
			continue
		}
		if ref := s.ref(r.ArticleID, r.Sentence); !slices.Contains(nv.Refs, ref) {
			nv.Refs = append(nv.Refs, ref)
		}
		if !slices.Contains(nv.Outlets, s.outlet[i]) {
			nv.Outlets = append(nv.Outlets, s.outlet[i])
		}
	}
	if v.CitedSource != "" {
		nv.Sources = append(nv.Sources, v.CitedSource)
	}
	return nv, len(nv.Refs) > 0
}

// representative picks the reference that stands for a claim: the
// sentence and clause align checked every outlet's sentence against
// (Claim.Text and Claim.Clause), so that the reader judges what was
// checked; when that is carried over by a copy, the member that is its
// outlet's own whose clause is most similar to the other members' (word
// tf-idf cosine within the claim), the earliest article winning ties.
// Computing it here, in a fixed order, keeps the briefing the same from
// run to run.
func (s *state) representative(c align.Claim) align.Ref {
	for _, r := range c.Sentences {
		if i := s.byID[r.ArticleID]; r.Text == c.Text && r.ClauseText() == c.Clause && s.source(i, r.Sentence) == i {
			return r
		}
	}
	vocab := newVocabulary()
	tfs := make([]map[int]int, len(c.Sentences))
	for k, r := range c.Sentences {
		tfs[k] = vocab.add(contentWords(r.ClauseText()))
	}
	vecs := make([]vector, len(tfs))
	for k, tf := range tfs {
		vecs[k] = vocab.tfidf(tf)
	}
	best, bestScore := -1, -1.0
	for k, r := range c.Sentences {
		if i := s.byID[r.ArticleID]; s.source(i, r.Sentence) != i {
			continue
		}
		var score float64
		for j := range c.Sentences {
			if j != k {
				score += cosine(vecs[k], vecs[j])
			}
		}
		if best < 0 || score > bestScore+1e-9 || (math.Abs(score-bestScore) <= 1e-9 && s.before(r.ArticleID, c.Sentences[best].ArticleID)) {
			best, bestScore = k, score
		}
	}
	if best < 0 {
		return align.Ref{Text: c.Text}
	}
	return c.Sentences[best]
}

// before orders articles by publication date, known dates first, then by
// input order.
func (s *state) before(a, b int64) bool {
	i, j := s.byID[a], s.byID[b]
	pi, pj := s.arts[i].Published, s.arts[j].Published
	if earlier(pi, pj) {
		return true
	}
	if earlier(pj, pi) {
		return false
	}
	return i < j
}
