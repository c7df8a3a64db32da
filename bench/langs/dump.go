package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
)

// dumpSource reads a readability page by name, or a page of the module
// cache by its path there (module@version/...), not checking its hash.
func dumpSource(dir, name string) (article.Article, error) {
	if !strings.Contains(name, "@") {
		return readPage(dir, name)
	}
	root, err := modCache()
	if err != nil {
		return article.Article{}, err
	}
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	if err != nil {
		return article.Article{}, err
	}
	h := sha256.Sum256(data)
	fmt.Printf("# sha256 %s\n", hex.EncodeToString(h[:]))
	return readCached(name, hex.EncodeToString(h[:]))
}

func dumpPage(dir, name, code string) error {
	a, err := dumpSource(dir, name)
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
