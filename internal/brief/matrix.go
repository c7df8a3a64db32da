package brief

import (
	"slices"
	"strings"
)

// Cell states of the fact × outlet matrix.
const (
	CellReports = "reports"  // the outlet's own article states the fact
	CellCopies  = "copies"   // only a copy the outlet ran states it
	CellDiffers = "differs"  // the outlet gives a value most outlets giving one do not
	CellSplit   = "split"    // the outlet gives one of values equally many outlets give
	CellMayAlso = "may_also" // the outlet may also state it: its credit is uncertain (Fact.MayAlso)
	CellSilent  = ""         // the outlet does not state it
)

// Matrix is the fact × outlet grid of a briefing.
type Matrix struct {
	Outlets []string
	Rows    []MatrixRow
}

// MatrixRow is one fact and what each outlet (in Matrix.Outlets order)
// says about it.
type MatrixRow struct {
	Fact   Fact
	Status string // "all", "some" or "one"
	Cells  []MatrixCell
}

// MatrixCell is one outlet's stance on one fact; Value is the outlet's
// variant when the fact is in conflict: the majority's value in a
// "reports" cell, its own in a "differs" or "split" one. In a "may_also"
// cell Value is why the credit is uncertain (MayAlso.Reason).
type MatrixCell struct {
	State string
	Value string
}

// Matrix builds the fact × outlet grid: agreed facts first, then those some
// outlets report, then single-outlet facts.
//
// A conflict marks the odd ones out: the outlets whose value differs from
// the one most outlets give. Those giving the majority's value report the
// fact as the rest do. When no value has more outlets than every other,
// there is no majority to differ from, and the outlets giving the values
// tied for the most are marked split.
//
// An outlet that may also report a fact (its credit is uncertain) is
// marked so, with why: shown silent, a reader would take it for an
// outlet that does not say it. It is counted on no side of a conflict
// on the fact, neither in the majority nor as the odd one out: what it
// says is not known to be the fact.
func (b *Briefing) Matrix() Matrix { return b.MatrixFirst(-1) }

// MatrixRows is the number of rows of the matrix: one a fact.
func (b *Briefing) MatrixRows() int { return len(b.Agreed) + len(b.Partial) + len(b.Single) }

// MatrixFirst is the matrix's first n rows (n < 0: all), made without
// the others: a briefing's first page shows a few rows of a grid that
// is thousands of facts by a hundred outlets for a 1,000-article story
// (43 MB made at every update to be cut).
func (b *Briefing) MatrixFirst(n int) Matrix {
	rows := b.MatrixRows()
	if n < 0 || n > rows {
		n = rows
	}
	m := Matrix{}
	if rows > 0 {
		// Not nil when the matrix has rows, however few are made.
		m.Rows = make([]MatrixRow, 0, n)
	}
	col := make(map[string]int)
	for _, o := range b.Outlets {
		col[o.Name] = len(m.Outlets)
		m.Outlets = append(m.Outlets, o.Name)
	}
	uncertain := make(map[string]map[string]string) // fact → outlet that may also report it → why
	for _, facts := range [][]Fact{b.Agreed, b.Partial, b.Single} {
		for _, f := range facts {
			for _, ma := range f.MayAlso {
				if slices.Contains(f.Outlets, ma.Outlet) || slices.Contains(f.CopiedBy, ma.Outlet) {
					continue
				}
				if uncertain[f.ID] == nil {
					uncertain[f.ID] = make(map[string]string)
				}
				if _, ok := uncertain[f.ID][ma.Outlet]; !ok {
					uncertain[f.ID][ma.Outlet] = ma.Reason
				}
			}
		}
	}
	stances := make(map[string]map[string]MatrixCell) // fact → outlet → stance in its conflicts
	for _, c := range b.Conflicts {
		variants := sureVariants(c.Variants, uncertain[c.Fact])
		if len(variants) < 2 {
			continue // only outlets that may also report the fact disagree
		}
		if stances[c.Fact] == nil {
			stances[c.Fact] = make(map[string]MatrixCell)
		}
		for _, v := range variants {
			state := variantState(variants, v)
			for _, o := range v.Outlets {
				stances[c.Fact][o] = joinStance(stances[c.Fact][o], MatrixCell{State: state, Value: v.Value})
			}
		}
	}
	add := func(status string, facts []Fact) {
		for _, f := range facts[:min(len(facts), n-len(m.Rows))] {
			row := MatrixRow{Fact: f, Status: status, Cells: make([]MatrixCell, len(m.Outlets))}
			for _, o := range f.CopiedBy {
				if i, ok := col[o]; ok {
					row.Cells[i] = MatrixCell{State: CellCopies}
				}
			}
			for _, o := range f.Outlets {
				if i, ok := col[o]; ok {
					row.Cells[i] = MatrixCell{State: CellReports}
				}
			}
			for o, c := range stances[f.ID] {
				if i, ok := col[o]; ok {
					row.Cells[i] = c
				}
			}
			for o, why := range uncertain[f.ID] {
				if i, ok := col[o]; ok && row.Cells[i].State == CellSilent {
					row.Cells[i] = MatrixCell{State: CellMayAlso, Value: why}
				}
			}
			m.Rows = append(m.Rows, row)
		}
	}
	add("all", b.Agreed)
	add("some", b.Partial)
	add("one", b.Single)
	return m
}

// sureVariants are the variants of a conflict without the outlets that
// only may also report its fact (uncertain, outlet → why): variants no
// other outlet gives are left out.
func sureVariants(variants []Variant, uncertain map[string]string) []Variant {
	if len(uncertain) == 0 {
		return variants
	}
	var sure []Variant
	for _, v := range variants {
		var outlets []string
		for _, o := range v.Outlets {
			if _, ok := uncertain[o]; !ok {
				outlets = append(outlets, o)
			}
		}
		if len(outlets) > 0 {
			v.Outlets = outlets
			sure = append(sure, v)
		}
	}
	return sure
}

// variantState is the stance of the outlets giving v among the variants
// of one conflict: reports when v has more outlets than any other
// variant, split when it ties for the most, differs otherwise.
func variantState(variants []Variant, v Variant) string {
	most, tied := 0, 0
	for _, w := range variants {
		switch n := len(w.Outlets); {
		case n > most:
			most, tied = n, 1
		case n == most:
			tied++
		}
	}
	switch {
	case len(v.Outlets) < most:
		return CellDiffers
	case tied > 1:
		return CellSplit
	}
	return CellReports
}

// stanceRank orders stances by how much a reader needs to see them: an
// outlet that is the odd one out on any conflict of a fact is marked so.
var stanceRank = map[string]int{CellReports: 1, CellSplit: 2, CellDiffers: 3}

// joinStance merges an outlet's stances on the conflicts of one fact: the
// strongest mark wins, and the values behind it are listed.
func joinStance(have, c MatrixCell) MatrixCell {
	switch {
	case have.State == "" || stanceRank[c.State] > stanceRank[have.State]:
		return c
	case c.State == have.State && c.Value != have.Value && !strings.Contains("; "+have.Value+"; ", "; "+c.Value+"; "):
		have.Value += "; " + c.Value
	}
	return have
}
