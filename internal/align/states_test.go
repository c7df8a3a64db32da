package align

import (
	"testing"

	"crosscheck/internal/nlp"
)

// TestStatesIsStatedTerms: states answers for a term what statedTerms'
// set says, for a clause, a whole sentence and a sentence taken for part
// of its span (the clauses within it), on ECB+ articles.
func TestStatesIsStatedTerms(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 20 ECB+ articles")
	}
	inputs := ecbInputs(t, 20)
	docs := make([]nlp.Doc, len(inputs))
	indexes := make([]*nlp.Index, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	ents := nlp.LinkEntities(docs)
	for i := range docs {
		indexes[i] = nlp.NewIndex(&docs[i])
	}
	units, _, _, _ := buildUnits(inputs, docs, indexes, &ents, nil, nil, newAnalysisSums(docs))
	clauses := clausesOf(units)
	asked, stated, parts := 0, 0, 0
	for i, u := range units {
		ms := []member{{unit: i, span: u.clause.Span}}
		if cs := clauses[i]; u.parent < 0 && len(cs) > 0 {
			// The span of its first clause only.
			ms = append(ms, member{unit: i, span: units[cs[0]].clause.Span})
			parts++
		}
		// Every term the sentence or its clauses hold, and one none does.
		terms := map[string]bool{"no such term": true}
		for t := range u.terms {
			terms[t] = true
		}
		for _, c := range clauses[i] {
			for t := range units[c].terms {
				terms[t] = true
			}
		}
		for _, m := range ms {
			want := statedTerms(units, clauses, m)
			for term := range terms {
				asked++
				if want[term] {
					stated++
				}
				if got := states(units, clauses, m, term); got != want[term] {
					t.Errorf("unit %d, span %v, %q: states %v, statedTerms %v", i, m.span, term, got, want[term])
				}
			}
		}
	}
	if parts == 0 || stated == 0 || stated == asked {
		t.Fatalf("%d sentences taken for part of their span, %d of %d terms stated: nothing told apart", parts, stated, asked)
	}
}
