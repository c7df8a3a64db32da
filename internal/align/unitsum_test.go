package align

import (
	"slices"
	"strings"
	"testing"

	"crosscheck/internal/nlp"
)

// TestUnitSumIsMapSum: unitSum, which reads a unit's terms from its
// vectors (in the names' order, the story entities' terms sorted again
// by stable's names), gives every unit of 120 ECB+ articles the sum made
// from its term maps sorted by stable's names (mapUnitSum, the code
// before), so that what a store kept before stays valid.
func TestUnitSumIsMapSum(t *testing.T) {
	if testing.Short() {
		t.Skip("sums the units of 120 ECB+ articles")
	}
	inputs := ecbInputs(t, 120)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	indexes, ents := indexed(inputs)
	units, names, _, _ := buildUnits(inputs, docs, indexes, ents, nil, nil, newAnalysisSums(docs))
	stable := stableEntityTerms(inputs, ents)
	var buf []stableTerm
	renamed, clauses := 0, 0
	for i := range units {
		var got uint64
		got, buf = unitSum(&units[i], names, stable, buf)
		if want := mapUnitSum(&units[i], stable); got != want {
			t.Fatalf("unit %d: sum %x, want %x", i, got, want)
		}
		for term := range units[i].terms {
			if stable(term) != term {
				renamed++
				break
			}
		}
		if units[i].parent >= 0 {
			clauses++
		}
	}
	if renamed == 0 || clauses == 0 {
		t.Fatalf("%d units with a story entity's term, %d clauses: the case tests too little", renamed, clauses)
	}
}

// mapUnitSum is unitSum as it was: the terms of the maps, sorted.
func mapUnitSum(u *unit, stable func(term string) string) uint64 {
	w := newSumWriter()
	weights := func(m map[string]float64, frame map[string]bool) {
		terms := make([][2]string, 0, len(m))
		for t := range m {
			terms = append(terms, [2]string{stable(t), t})
		}
		slices.SortFunc(terms, func(x, y [2]string) int { return strings.Compare(x[0], y[0]) })
		w.num(len(terms))
		for _, tt := range terms {
			w.str(tt[0])
			w.flag(frame[tt[1]])
			w.float(m[tt[1]])
		}
	}
	weights(u.terms, u.frame)
	w.num(u.era)
	if u.parent >= 0 {
		weights(u.framed, nil)
	}
	w.num(len(u.transfers))
	for _, t := range u.transfers {
		w.str(stable(t.from))
		w.str(stable(t.to))
		w.str(t.goods)
		w.str(t.class)
	}
	return w.sum()
}
