package brief

// Cell states of the fact × outlet matrix.
const (
	CellReports = "reports" // the outlet's own article states the fact
	CellCopies  = "copies"  // only a copy the outlet ran states it
	CellDiffers = "differs" // the outlet states it with a conflicting value
	CellSilent  = ""        // the outlet does not state it
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
// variant when the fact is in conflict.
type MatrixCell struct {
	State string
	Value string
}

// Matrix builds the fact × outlet grid: agreed facts first, then those some
// outlets report, then single-outlet facts.
func (b *Briefing) Matrix() Matrix {
	m := Matrix{}
	col := make(map[string]int)
	for _, o := range b.Outlets {
		col[o.Name] = len(m.Outlets)
		m.Outlets = append(m.Outlets, o.Name)
	}
	variants := make(map[string]map[string]string) // fact → outlet → value
	for _, c := range b.Conflicts {
		if variants[c.Fact] == nil {
			variants[c.Fact] = make(map[string]string)
		}
		for _, v := range c.Variants {
			for _, o := range v.Outlets {
				if prev := variants[c.Fact][o]; prev != "" && prev != v.Value {
					variants[c.Fact][o] = prev + "; " + v.Value
				} else {
					variants[c.Fact][o] = v.Value
				}
			}
		}
	}
	add := func(status string, facts []Fact) {
		for _, f := range facts {
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
			for o, v := range variants[f.ID] {
				if i, ok := col[o]; ok {
					row.Cells[i] = MatrixCell{State: CellDiffers, Value: v}
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
