package align

import (
	"cmp"
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
	var raw []map[string]bool
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
		for si, s := range d.Sentences {
			// A credit line ("Source: …", "(Reporting by …)") says where
			// the article came from, which who-cites-whom shows; it is
			// not a claim about the story.
			if s.Credit {
				continue
			}
			add := func(c nlp.Clause, parent int) {
				units = append(units, unit{input: i, sentence: si, clause: c, parent: parent, era: eraOf(d.Text, c, times[si], published)})
				raw = append(raw, clauseTerms(x, c, i, ents, quantities[si]))
			}
			parent := len(units)
			add(nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}, -1)
			clauses := nlp.Clauses(d.Text, s)
			n := 0
			for _, c := range clauses {
				if !c.Frame {
					n++
				}
			}
			if n < 2 {
				continue
			}
			for _, c := range clauses {
				if !c.Frame {
					add(c, parent)
				}
			}
		}
	}
	for i, v := range weigh(raw, func(i int) bool { return units[i].parent < 0 }) {
		units[i].terms = v
	}
	return units
}
