package eval

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// PolNeAR has no licence file, so a labelled set built on it keeps only
// article ids and labels in the repository (testdata/stories); the texts,
// titles and dates are read from the corpus itself at evaluation time.

// FillPolNeAR completes docs whose ids name PolNeAR articles (the
// metadata.tsv "filename" column) from the corpus in dir
// (../shared/data/attribution/polnear): the title, publication date and
// publisher from metadata.tsv, the text from COMPARTMENT/text/ID.txt without its
// first line, which repeats the title. Docs that already have a text are
// left as they are.
func FillPolNeAR(docs []EventDoc, dir string) error {
	meta, err := readPolNeARMeta(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return err
	}
	for i := range docs {
		d := &docs[i]
		if d.Text != "" {
			continue
		}
		m, ok := meta[d.ID]
		if !ok {
			return fmt.Errorf("reading PolNeAR texts: %s has no article %q", filepath.Join(dir, "metadata.tsv"), d.ID)
		}
		path := filepath.Join(dir, m.compartment, "text", d.ID+".txt")
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("reading PolNeAR texts: %w", err)
		}
		text := string(b)
		if first, rest, ok := strings.Cut(text, "\n"); ok && strings.TrimSpace(first) != "" {
			text = rest
		}
		d.Title, d.Text = m.title, strings.TrimSpace(text)
		if d.Published.IsZero() {
			d.Published = m.published
		}
		if d.Outlet == "" {
			d.Outlet = m.publisher
		}
		if d.Text == "" {
			return fmt.Errorf("reading PolNeAR texts: %s has no text", path)
		}
	}
	return nil
}

// LoadPolNeARStories reads a set of PolNeAR ids and labels (as
// testdata/stories/polnear-stories.jsonl) and fills it from the corpus in
// dir (FillPolNeAR).
func LoadPolNeARStories(labels, dir string) ([]EventDoc, error) {
	docs, err := LoadEventLabels(labels)
	if err != nil {
		return nil, err
	}
	if err := FillPolNeAR(docs, dir); err != nil {
		return nil, fmt.Errorf("loading clustering set %s: %w", labels, err)
	}
	return docs, nil
}

type polnearMeta struct {
	compartment, title string
	publisher          string // empty when metadata.tsv has no "publisher" column
	published          time.Time
}

// readPolNeARMeta reads metadata.tsv: a header row naming the columns,
// then one article a row.
func readPolNeARMeta(path string) (map[string]polnearMeta, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading PolNeAR metadata: %w", err)
	}
	defer f.Close()
	return parsePolNeARMeta(bufio.NewReader(f), path)
}

// parsePolNeARMeta parses metadata.tsv read from r; path names it in
// errors.
func parsePolNeARMeta(in io.Reader, path string) (map[string]polnearMeta, error) {
	r := csv.NewReader(in)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("reading PolNeAR metadata %s: %w", path, err)
	}
	col := make(map[string]int)
	for i, name := range header {
		col[name] = i
	}
	for _, name := range []string{"compartment", "filename", "publication_date", "title"} {
		if _, ok := col[name]; !ok {
			return nil, fmt.Errorf("reading PolNeAR metadata %s: no %q column", path, name)
		}
	}
	out := make(map[string]polnearMeta)
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading PolNeAR metadata %s: %w", path, err)
		}
		if len(rec) < len(header) {
			return nil, fmt.Errorf("reading PolNeAR metadata %s: line %d has %d fields, want %d", path, line, len(rec), len(header))
		}
		published, err := time.Parse(time.DateOnly, rec[col["publication_date"]])
		if err != nil {
			return nil, fmt.Errorf("reading PolNeAR metadata %s: line %d: %w", path, line, err)
		}
		m := polnearMeta{compartment: rec[col["compartment"]], title: rec[col["title"]], published: published}
		if i, ok := col["publisher"]; ok {
			m.publisher = rec[i]
		}
		out[rec[col["filename"]]] = m
	}
	return out, nil
}
