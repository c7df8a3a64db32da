package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// vecUnit is a whole sentence of article input with the given weights
// by term number.
func vecUnit(input int, ws ...float64) unit {
	u := unit{input: input, parent: -1}
	for t, w := range ws {
		if w != 0 {
			u.vec = append(u.vec, termWeight{int32(t), w})
		}
	}
	return u
}

// groupsAfter is the groups merge leaves (by unit, in label order) with
// the groups clean marks replayed from the pairs' records (nil: none).
func groupsAfter(units []unit, pairs []pair, clean []bool) [][]int {
	g := newGrouping(units)
	g.clean = clean
	g.merge(pairs, 0.3, g.frameApart, nil)
	var out [][]int
	for _, ms := range g.members {
		if len(ms) > 0 {
			out = append(out, ms)
		}
	}
	return out
}

// TestMergeReplayIsMerge: a merge taking the kept decisions of clean
// groups leaves the groups a merge without them does. In the last merge
// A and B were joined, so A's group then and D stayed apart (their
// average fell below 0.3). Now B first takes in a new unit N, with
// which A's group falls below the average: A and B stay apart, A's group
// is no longer the last merge's, and A must join D, which the kept
// decision on A and D (apart) would refuse.
func TestMergeReplayIsMerge(t *testing.T) {
	const a, b, d, n = 0, 1, 2, 3
	units := []unit{
		a: vecUnit(0, 1, 0.4),
		b: vecUnit(1, 0, 1),
		d: vecUnit(2, 0.5),
		n: vecUnit(3, 0, 0.4, 1),
	}
	pairs := []pair{
		{a: b, b: n, sim: 0.9},
		{a: a, b: b, sim: 0.8, logged: merged{outcome: outcomeMerged}.inLog(false)},
		{a: a, b: d, sim: 0.7, logged: merged{outcome: outcomeNone}.inLog(false)},
	}
	want := groupsAfter(units, pairs, nil)
	if diff := cmp.Diff([][]int{{a, d}, {b, n}}, want); diff != "" {
		t.Fatalf("the case is not the one meant (-meant +merge):\n%s", diff)
	}
	got := groupsAfter(units, pairs, []bool{a: true, b: true, d: true, n: false})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replayed merge differs (-merge +replayed):\n%s", diff)
	}
}

// TestCleanUnits: a sentence starts clean only when it, its clauses and
// every member of its group in the last merge are unchanged.
func TestCleanUnits(t *testing.T) {
	// Now: sentences 0, 1 (with clause 2), 3, 4. Kept: the same, and a
	// sentence 5 gone since, grouped with 4; sentence 1 had a second
	// clause, gone since.
	units := []unit{{parent: -1}, {parent: -1}, {parent: 1}, {parent: -1}, {parent: -1}}
	kept := &Kept{
		units:  []keptUnit{{article: 1}, {article: 1, sentence: 1}, {article: 1, sentence: 1, part: 1}, {article: 1, sentence: 1, part: 2}, {article: 2}, {article: 2, sentence: 1}, {article: 3}},
		groups: []int32{0, 1, 2, 3, 4, 6, 6},
	}
	back := []int{0, 1, 2, -1, 3, 4, -1}
	known := []bool{true, true, true, true, true}
	want := []bool{true, false, false, true, false}
	if diff := cmp.Diff(want, cleanUnits(units, kept, back, known)); diff != "" {
		t.Errorf("clean units (-want +got):\n%s", diff)
	}
	// Out of order: nothing is replayed.
	if got := cleanUnits(units, kept, []int{1, 0, 2, -1, 3, 4, -1}, known); got != nil {
		t.Errorf("units kept out of order: clean %v, want none", got)
	}
}
