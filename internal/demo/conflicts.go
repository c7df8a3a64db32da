package demo

import (
	"fmt"
	"strings"
)

// Conflict is one disagreement the corpus is written to hold: values on
// side A agree with each other and disagree with every value on side B.
type Conflict struct {
	Name string
	A, B []string
}

// Conflicts reads the README's "Conflicts" table.
func Conflicts() ([]Conflict, error) {
	rows, err := readmeTable("Conflicts", 3)
	if err != nil {
		return nil, err
	}
	var out []Conflict
	for _, r := range rows {
		c := Conflict{Name: r.cells[0], A: values(r.cells[1]), B: values(r.cells[2])}
		if len(c.A) == 0 || len(c.B) == 0 {
			return nil, fmt.Errorf("demo corpus README line %d: conflict %q needs a value on each side", r.line, c.Name)
		}
		out = append(out, c)
	}
	return out, nil
}

func values(cell string) []string {
	var vs []string
	for v := range strings.SplitSeq(cell, ";") {
		if v = strings.TrimSpace(v); v != "" {
			vs = append(vs, v)
		}
	}
	return vs
}
