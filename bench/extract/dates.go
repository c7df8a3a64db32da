package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// dateReport measures the publication date found without JSON-LD against
// the datePublished of the page's own JSON-LD, on the pages that have one.
type dateReport struct {
	WithJSONLD int            // pages whose JSON-LD gives datePublished
	Found      int            // of those, pages where other evidence gave a date
	Agree      int            // ... and it is the same day
	Wrong      []string       // "id: got X, JSON-LD says Y (from)"
	BySource   map[string]int // agreeing dates by the evidence that gave them
	WrongBy    map[string]int
}

func evaluateDates(cases []eval.ExtractionCase, pages [][]byte) (*dateReport, error) {
	ctx := context.Background()
	d := &dateReport{BySource: map[string]int{}, WrongBy: map[string]int{}}
	for i, c := range cases {
		p := source.Page{Origin: c.HTMLPath, URL: c.URL, Kind: source.KindHTML, Data: pages[i]}
		full, err := extract.Extract(ctx, p)
		if err != nil || full.PublishedFrom != "json-ld" {
			continue
		}
		d.WithJSONLD++
		blind, err := extract.ExtractWith(ctx, p, extract.Options{IgnoreJSONLD: true})
		if err != nil || blind.Published.IsZero() {
			continue
		}
		d.Found++
		if sameDay(blind.Published, full.Published) {
			d.Agree++
			d.BySource[blind.PublishedFrom]++
		} else {
			d.WrongBy[blind.PublishedFrom]++
			d.Wrong = append(d.Wrong, fmt.Sprintf("%s: got %s from %s, JSON-LD says %s",
				c.ID[:8], blind.Published.Format(time.RFC3339), blind.PublishedFrom, full.Published.Format(time.RFC3339)))
		}
	}
	return d, nil
}

// sameDay accepts a date written in another time zone or without a time of
// day: the same instant within a minute, or the same calendar day as each
// side writes it.
func sameDay(a, b time.Time) bool {
	if d := a.Sub(b); d > -time.Minute && d < time.Minute {
		return true
	}
	return a.Format(time.DateOnly) == b.Format(time.DateOnly)
}

func (d *dateReport) print(w io.Writer) {
	fmt.Fprintf(w, "Publication date with JSON-LD switched off, against the page's own JSON-LD datePublished (%d pages have one):\n", d.WithJSONLD)
	fmt.Fprintf(w, "found on %d (%.1f%%), same day on %d (precision %.1f%%, recall %.1f%%)\n",
		d.Found, pct(d.Found, d.WithJSONLD), d.Agree, pct(d.Agree, d.Found), pct(d.Agree, d.WithJSONLD))
	fmt.Fprintf(w, "agreeing by evidence: %s; disagreeing by evidence: %s\n", counts(d.BySource), counts(d.WrongBy))
	for _, s := range d.Wrong {
		fmt.Fprintf(w, "  disagreement %s\n", s)
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s %d", k, m[k])
	}
	if s == "" {
		return "none"
	}
	return s
}
