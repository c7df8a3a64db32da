package main

import (
	"fmt"
	"time"

	"crosscheck/internal/nlp"
)

func dumpPage(dir, name, code string) error {
	a, err := readPage(dir, name)
	if err != nil {
		return err
	}
	if code == "" {
		code = a.Language
	}
	d := nlp.AnalyzeIn(a.Text, a.Published, code)
	fmt.Printf("# %s language=%q analysed=%+v published=%s\n", name, a.Language, d.Language, a.Published.Format(time.DateOnly))
	for _, s := range d.Sentences {
		fmt.Printf("S%d %s\n", s.Index, s.Text)
	}
	for _, q := range d.Quotes {
		fmt.Printf("Q s%d %s | %q | %q | %s\n", q.Sentence, q.Kind, q.Speaker, q.Cue, q.Text)
	}
	for _, t := range d.Times {
		fmt.Printf("T s%d %q %s %s\n", t.Sentence, t.Text, t.Start.Format(time.DateOnly), t.Unresolved)
	}
	for _, q := range d.Quantities {
		fmt.Printf("N s%d %q %v %s\n", q.Sentence, q.Text, q.Value, q.Unit)
	}
	return nil
}
