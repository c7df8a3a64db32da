package brief

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatrixMarksTheOddOneOut(t *testing.T) {
	outlets := []string{"A", "B", "C", "D", "E", "F"}
	b := &Briefing{Agreed: []Fact{
		{ID: "F1", Outlets: outlets},
		{ID: "F2", Outlets: outlets},
		{ID: "F3", Outlets: outlets},
	}}
	for _, o := range outlets {
		b.Outlets = append(b.Outlets, Outlet{Name: o})
	}
	b.Conflicts = []Conflict{
		// Five outlets against one: only the one is marked.
		{Fact: "F1", Variants: []Variant{{Value: "40,000 litres", Outlets: []string{"A", "B", "C", "D", "E"}}, {Value: "400 tonnes", Outlets: []string{"F"}}}},
		// Two against two against one: no majority; the one still differs.
		{Fact: "F2", Variants: []Variant{{Value: "Monday", Outlets: []string{"A", "B"}}, {Value: "Tuesday", Outlets: []string{"C", "D"}}, {Value: "Sunday", Outlets: []string{"E"}}}},
		// Two conflicts on one fact: an outlet odd on either is marked
		// with the values it is odd on; F says nothing of the second.
		{Fact: "F3", Variants: []Variant{{Value: "2 miles", Outlets: []string{"A", "B", "C"}}, {Value: "5 km", Outlets: []string{"D"}}}},
		{Fact: "F3", Variants: []Variant{{Value: "Monday", Outlets: []string{"A", "D", "E"}}, {Value: "Tuesday", Outlets: []string{"B"}}}},
	}
	m := b.Matrix()
	got := make([][]MatrixCell, len(m.Rows))
	for i, r := range m.Rows {
		got[i] = r.Cells
	}
	rep := func(v string) MatrixCell { return MatrixCell{State: CellReports, Value: v} }
	want := [][]MatrixCell{
		{rep("40,000 litres"), rep("40,000 litres"), rep("40,000 litres"), rep("40,000 litres"), rep("40,000 litres"), {CellDiffers, "400 tonnes"}},
		{{CellSplit, "Monday"}, {CellSplit, "Monday"}, {CellSplit, "Tuesday"}, {CellSplit, "Tuesday"}, {CellDiffers, "Sunday"}, {State: CellReports}},
		{rep("2 miles; Monday"), {CellDiffers, "Tuesday"}, rep("2 miles"), {CellDiffers, "5 km"}, rep("Monday"), {State: CellReports}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matrix cells (-want +got):\n%s", diff)
	}
}

// Every state a cell can take, and an outlet that may also report a fact
// (its credit uncertain) marked so with why, on no side of a conflict.
func TestMatrixStates(t *testing.T) {
	b := statesBriefing()
	m := b.Matrix()
	type row struct {
		ID, Status string
		Cells      []MatrixCell
	}
	var got []row
	for _, r := range m.Rows {
		got = append(got, row{r.Fact.ID, r.Status, r.Cells})
	}
	rep := MatrixCell{State: CellReports}
	silent := MatrixCell{}
	want := []row{
		{"F1", "all", []MatrixCell{rep, rep, {State: CellCopies}, {CellMayAlso, "no third outlet states it"}, silent}},
		{"F2", "some", []MatrixCell{{CellDiffers, "12"}, {CellReports, "15"}, {CellReports, "15"}, {CellMayAlso, "shares the names but not the verb"}, {CellMayAlso, "it holds less than 60% of the fact's words"}}},
		{"F3", "some", []MatrixCell{rep, rep, rep, silent, {CellMayAlso, "no third outlet states it"}}},
		{"F4", "some", []MatrixCell{{CellReports, "3 km"}, {CellReports, "3 km"}, {CellDiffers, "5 km"}, {CellMayAlso, "no third outlet states it"}, silent}},
		{"F5", "one", []MatrixCell{{CellMayAlso, "first"}, silent, silent, silent, rep}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matrix (-want +got):\n%s", diff)
	}
}

// statesBriefing is a briefing whose matrix has every state a cell can
// take (TestMatrixStates).
func statesBriefing() *Briefing {
	b := &Briefing{}
	for _, o := range []string{"A", "B", "C", "D", "E"} {
		b.Outlets = append(b.Outlets, Outlet{Name: o})
	}
	may := func(o, why string) MayAlso { return MayAlso{Outlet: o, Reason: why} }
	b.Agreed = []Fact{
		// Reports, a copy, one that may also report it, silence.
		{ID: "F1", Outlets: []string{"A", "B"}, CopiedBy: []string{"C"}, MayAlso: []MayAlso{may("D", "no third outlet states it")}},
	}
	b.Partial = []Fact{
		// D and E, uncertain, would make A's value the majority's: they
		// count on no side, and A is the odd one out.
		{ID: "F2", Outlets: []string{"A", "B", "C"}, MayAlso: []MayAlso{may("D", "shares the names but not the verb"), may("E", "it holds less than 60% of the fact's words")}},
		// E, uncertain, alone gives another value: it is no odd one
		// out, and A, B and C give the fact's only sure value.
		{ID: "F3", Outlets: []string{"A", "B", "C"}, MayAlso: []MayAlso{may("E", "no third outlet states it")}},
		// A sure odd one out stays one beside an uncertain outlet
		// giving the majority's value.
		{ID: "F4", Outlets: []string{"A", "B", "C"}, MayAlso: []MayAlso{may("D", "no third outlet states it")}},
	}
	b.Single = []Fact{
		// An outlet listed twice is marked once, with its first reason;
		// one that reports the fact is not marked uncertain.
		{ID: "F5", Outlets: []string{"E"}, MayAlso: []MayAlso{may("A", "first"), may("A", "second"), may("E", "own")}},
	}
	b.Conflicts = []Conflict{
		{Fact: "F2", Variants: []Variant{{Value: "12", Outlets: []string{"A", "D", "E"}}, {Value: "15", Outlets: []string{"B", "C"}}}},
		{Fact: "F3", Variants: []Variant{{Value: "Monday", Outlets: []string{"A", "B", "C"}}, {Value: "Sunday", Outlets: []string{"E"}}}},
		{Fact: "F4", Variants: []Variant{{Value: "3 km", Outlets: []string{"A", "B", "D"}}, {Value: "5 km", Outlets: []string{"C"}}}},
	}
	return b
}

// TestMatrixFirstIsCut: the first n rows made alone are the whole
// matrix's first n, for every n; a matrix with rows never has nil rows.
func TestMatrixFirstIsCut(t *testing.T) {
	b := statesBriefing()
	all := b.Matrix()
	if len(all.Rows) != b.MatrixRows() || len(all.Rows) != 5 {
		t.Fatalf("%d rows, MatrixRows %d, want 5", len(all.Rows), b.MatrixRows())
	}
	for n := -1; n <= len(all.Rows)+2; n++ {
		want := all
		if n >= 0 && n < len(all.Rows) {
			want.Rows = all.Rows[:n]
		}
		got := b.MatrixFirst(n)
		if diff := cmp.Diff(want, got); diff != "" || got.Rows == nil {
			t.Errorf("MatrixFirst(%d) (-want +got), rows nil %v:\n%s", n, got.Rows == nil, diff)
		}
	}
	if m := (&Briefing{Outlets: []Outlet{{Name: "A"}}}).MatrixFirst(3); m.Rows != nil {
		t.Errorf("a matrix of no facts has rows %v, want nil", m.Rows)
	}
}
