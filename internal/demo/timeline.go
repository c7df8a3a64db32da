package demo

import (
	"fmt"
	"strings"
	"time"
)

// Dated is one happening the corpus dates: the day it resolves to, the
// expression that dates it and the page that writes it.
type Dated struct {
	Date       time.Time
	Expression string
	Page       string
}

// Timeline reads the README's "Timeline" table.
func Timeline() ([]Dated, error) {
	rows, err := readmeTable("Timeline", 3)
	if err != nil {
		return nil, err
	}
	var out []Dated
	for _, r := range rows {
		d, err := time.Parse(time.DateOnly, r.cells[0])
		if err != nil {
			return nil, fmt.Errorf("demo corpus README line %d: date %q is not YYYY-MM-DD", r.line, r.cells[0])
		}
		if r.cells[1] == "" || r.cells[2] == "" {
			return nil, fmt.Errorf("demo corpus README line %d: a dated happening needs its expression and page", r.line)
		}
		out = append(out, Dated{Date: d, Expression: r.cells[1], Page: strings.TrimSpace(r.cells[2])})
	}
	return out, nil
}
