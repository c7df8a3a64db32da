package demo

import (
	"fmt"
	"time"
)

// Metadata is what a reader of one page sees as its outlet, headline,
// author and publication day. An empty Author is not checked; a zero
// Published means the page does not say.
type Metadata struct {
	File      string
	Outlet    string
	Headline  string
	Author    string
	Published time.Time
}

// Metadatas reads the README's "Metadata" table.
func Metadatas() ([]Metadata, error) {
	rows, err := readmeTable("Metadata", 5)
	if err != nil {
		return nil, err
	}
	var out []Metadata
	for _, r := range rows {
		m := Metadata{File: r.cells[0], Outlet: r.cells[1], Headline: r.cells[2], Author: r.cells[3]}
		if m.Author == "—" {
			m.Author = ""
		}
		if d := r.cells[4]; d != "unknown" {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				return nil, fmt.Errorf("demo corpus README line %d: published %q is not YYYY-MM-DD or unknown", r.line, d)
			}
			m.Published = t
		}
		out = append(out, m)
	}
	return out, nil
}
