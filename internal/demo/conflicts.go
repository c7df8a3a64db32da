package demo

import (
	"bufio"
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
	data, err := corpus.ReadFile("corpus/README.md")
	if err != nil {
		return nil, fmt.Errorf("reading the demo corpus README: %w", err)
	}
	return parseConflicts(string(data))
}

func parseConflicts(readme string) ([]Conflict, error) {
	var (
		out    []Conflict
		inside bool
	)
	sc := bufio.NewScanner(strings.NewReader(readme))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "## ") {
			inside = strings.TrimSpace(line[3:]) == "Conflicts"
			continue
		}
		if !inside || !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) != 3 {
			return nil, fmt.Errorf("demo corpus README line %d: want 3 cells (conflict, side A, side B), got %d", n, len(cells))
		}
		name := strings.TrimSpace(cells[0])
		if name == "Conflict" || strings.Trim(name, "-: ") == "" {
			continue // the header and its rule
		}
		c := Conflict{Name: name, A: values(cells[1]), B: values(cells[2])}
		if len(c.A) == 0 || len(c.B) == 0 {
			return nil, fmt.Errorf("demo corpus README line %d: conflict %q needs a value on each side", n, name)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("demo corpus README: no rows under a \"## Conflicts\" heading")
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
