// Package demo holds crosscheck's built-in corpus: eight invented pages
// about one invented event, as seven outlets and one syndicated copy
// published it. It lets a newcomer see a briefing with nothing to fetch,
// and gives tests a story whose agreements, conflicts and quotes are known
// in advance; corpus/README.md lists them.
package demo

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"strings"

	"crosscheck/internal/source"
)

//go:embed corpus
var corpus embed.FS

// originPrefix names where demo pages come from in briefings and errors.
const originPrefix = "demo/"

// Names lists the corpus pages in the order they are ingested.
func Names() ([]string, error) {
	entries, err := fs.ReadDir(corpus, "corpus")
	if err != nil {
		return nil, fmt.Errorf("listing the demo corpus: %w", err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || e.Name() == "README.md" {
			continue
		}
		names = append(names, e.Name())
	}
	return names, nil
}

// Pages yields the corpus pages in name order, decompressed and with
// their kind sniffed, the way source.Reader yields files from disk.
func Pages() iter.Seq2[source.Page, error] {
	return func(yield func(source.Page, error) bool) {
		names, err := Names()
		if err != nil {
			yield(source.Page{}, err)
			return
		}
		for _, name := range names {
			p, err := Page(name)
			if !yield(p, err) {
				return
			}
		}
	}
}

// Page reads one corpus page by its file name.
func Page(name string) (source.Page, error) {
	origin := originPrefix + name
	data, err := fs.ReadFile(corpus, path.Join("corpus", name))
	if err != nil {
		return source.Page{}, fmt.Errorf("reading %s: %w", origin, err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return source.Page{}, fmt.Errorf("reading %s: %w", origin, err)
		}
		data, err = io.ReadAll(zr)
		if err != nil {
			return source.Page{}, fmt.Errorf("reading %s: %w", origin, err)
		}
	}
	return source.Page{Origin: origin, Kind: source.Sniff(data), Data: data}, nil
}
