package align

import (
	"cmp"
	"maps"
	"slices"
	"time"

	"crosscheck/internal/nlp"
)

// buildUnits makes the units to align: every sentence whole, followed by
// its clauses when it has more than one that is not a reported-speech
// frame. Each unit gets its weighted terms and its era.
func buildUnits(inputs []Input, docs []nlp.Doc, indexes []*nlp.Index, ents *nlp.StoryEntities) []unit {
	// Articles of unknown date are placed by the latest known one.
	var storyDate time.Time
	for _, in := range inputs {
		if in.Published.After(storyDate) {
			storyDate = in.Published
		}
	}
	var units []unit
	var raw, framed []map[string]bool
	for i := range docs {
		d := &docs[i]
		x := indexes[i]
		quantities := make([][]nlp.Quantity, len(d.Sentences))
		for _, q := range d.Quantities {
			if q.Sentence >= 0 && q.Sentence < len(quantities) {
				quantities[q.Sentence] = append(quantities[q.Sentence], q)
			}
		}
		times := make([][]nlp.TimeExpr, len(d.Sentences))
		for _, t := range d.Times {
			if t.Sentence >= 0 && t.Sentence < len(times) {
				times[t.Sentence] = append(times[t.Sentence], t)
			}
		}
		published := cmp.Or(inputs[i].Published, storyDate)
		// Names, numbers and dates are a predicate's arguments, never
		// its words.
		skip := func(off int) bool { return x.EntityAt(off) >= 0 || insideValue(d, off) }
		for si, s := range d.Sentences {
			// A credit line ("Source: …", "(Reporting by …)") says where
			// the article came from, which who-cites-whom shows; it is
			// not a claim about the story.
			if s.Credit {
				continue
			}
			add := func(c nlp.Clause, parent int) {
				units = append(units, unit{input: i, sentence: si, clause: c, parent: parent, era: eraOf(d.Text, c, times[si], published),
					preds: predicatesIn(d.Text, c, skip), wheres: wheresIn(x, i, c, ents), whens: whensIn(times[si], c), years: yearsIn(times[si], c)})
				raw = append(raw, clauseTerms(x, c, i, ents, quantities[si]))
				framed = append(framed, raw[len(raw)-1])
			}
			parent := len(units)
			add(nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}, -1)
			units[parent].transfers = transfersIn(x, nlp.Span{Start: s.Start, End: s.End}, i, ents)
			clauses := nlp.Clauses(d.Text, s)
			n := 0
			for _, c := range clauses {
				if !c.Frame {
					n++
					continue
				}
				if units[parent].frame == nil {
					units[parent].frame = map[string]bool{}
				}
				maps.Copy(units[parent].frame, clauseTerms(x, c, i, ents, quantities[si]))
			}
			if n < 2 {
				continue
			}
			for k, c := range clauses {
				if c.Frame {
					continue
				}
				add(c, parent)
				// What is reported is reported by someone: "Kirby
				// said P" and "Kirby said Q" both name Kirby.
				fr := maps.Clone(raw[len(raw)-1])
				for _, f := range framesOf(clauses, k) {
					maps.Copy(fr, clauseTerms(x, clauses[f], i, ents, quantities[si]))
				}
				framed[len(framed)-1] = fr
			}
		}
	}
	counted := countedInputs(inputs)
	whole := func(i int) bool { return units[i].parent < 0 && counted[units[i].input] }
	for i, v := range weigh(raw, whole) {
		units[i].terms = v
	}
	for i, v := range weigh(framed, whole) {
		units[i].framed = v
	}
	vectorise(units)
	return units
}

// framesOf returns the indexes of the reported-speech frames that report
// clause k: the nearest frame before it, else the nearest after it
// (", officials said").
func framesOf(clauses []nlp.Clause, k int) []int {
	var out []int
	for j := k - 1; j >= 0 && len(out) == 0; j-- {
		if clauses[j].Frame {
			out = append(out, j)
		}
	}
	for j := k + 1; j < len(clauses) && len(out) == 0; j++ {
		if clauses[j].Frame {
			out = append(out, j)
		}
	}
	return out
}

// termWeight is one term of a unit's vector: the term's number (its place
// among the story's terms in sorted order) and its weight.
type termWeight struct {
	term int32
	w    float64
}

// vectorise sets each unit's vec and framedVec. Terms are numbered in
// sorted order, so a product sums in the same order on every run.
func vectorise(units []unit) {
	seen := map[string]bool{}
	for _, u := range units {
		for t := range u.terms {
			seen[t] = true
		}
		for t := range u.framed {
			seen[t] = true
		}
	}
	ids := make(map[string]int32, len(seen))
	for i, t := range slices.Sorted(maps.Keys(seen)) {
		ids[t] = int32(i)
	}
	vec := func(m map[string]float64) []termWeight {
		out := make([]termWeight, 0, len(m))
		for t, w := range m {
			out = append(out, termWeight{ids[t], w})
		}
		slices.SortFunc(out, func(a, b termWeight) int { return cmp.Compare(a.term, b.term) })
		return out
	}
	for i := range units {
		units[i].vec, units[i].framedVec = vec(units[i].terms), vec(units[i].framed)
	}
}
