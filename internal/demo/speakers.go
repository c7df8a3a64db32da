package demo

import (
	"fmt"
	"slices"
	"strings"
)

// Speaker is one person the corpus quotes: the names the pages give them
// and the pages that quote them.
type Speaker struct {
	Name string
	// Names holds Name and the other forms the pages write it in.
	Names []string
	Pages []string
}

// Speakers reads the README's "Speakers" table.
func Speakers() ([]Speaker, error) {
	rows, err := readmeTable("Speakers", 3)
	if err != nil {
		return nil, err
	}
	var out []Speaker
	for _, r := range rows {
		sp := Speaker{Name: r.cells[0], Names: append([]string{r.cells[0]}, values(r.cells[1])...), Pages: values(r.cells[2])}
		if sp.Name == "" || len(sp.Pages) == 0 {
			return nil, fmt.Errorf("demo corpus README line %d: a speaker needs a name and the pages that quote them", r.line)
		}
		out = append(out, sp)
	}
	return out, nil
}

// HasName tells whether name is one of the speaker's names, up to case.
func (sp Speaker) HasName(name string) bool {
	return slices.ContainsFunc(sp.Names, func(n string) bool { return strings.EqualFold(n, name) })
}
