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
