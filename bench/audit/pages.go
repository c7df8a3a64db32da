package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/lang"
	"crosscheck/internal/source"
)

// A stored page is one news article saved as text under the lines a
// PolNeAR source starts with (sourceHeader): its title, "Publisher: "
// and the outlet's domain, "Published: " and the date when the page or
// its address gives one, a blank line, then the article's text.
const (
	publisherLabel = "Publisher: "
	publishedLabel = "Published: "
)

// maxPageBytes bounds a stored page: the pages are excerpts of a few
// thousand characters, so anything far larger is not one.
const maxPageBytes = 1 << 20

// parsePage reads a stored page named name (its file name).
func parsePage(name string, b []byte) (eval.EventDoc, error) {
	if len(b) > maxPageBytes {
		return eval.EventDoc{}, fmt.Errorf("%s: %d bytes, limit %d", name, len(b), maxPageBytes)
	}
	head, text, ok := strings.Cut(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n")
	if !ok {
		return eval.EventDoc{}, fmt.Errorf("%s: no blank line after the header", name)
	}
	lines := strings.Split(head, "\n")
	d := eval.EventDoc{ID: strings.TrimSuffix(name, ".txt"), Title: strings.TrimSpace(lines[0]), Text: strings.TrimSpace(text)}
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, publisherLabel):
			d.Outlet = strings.TrimSpace(strings.TrimPrefix(l, publisherLabel))
		case strings.HasPrefix(l, publishedLabel):
			v := strings.TrimSpace(strings.TrimPrefix(l, publishedLabel))
			t, err := time.Parse(time.DateOnly, v)
			if err != nil {
				return eval.EventDoc{}, fmt.Errorf("%s: publication date %q is not YYYY-MM-DD", name, v)
			}
			d.Published = t
		default:
			return eval.EventDoc{}, fmt.Errorf("%s: header line %q is neither %q nor %q", name, l, strings.TrimSpace(publisherLabel), strings.TrimSpace(publishedLabel))
		}
	}
	switch {
	case d.Title == "":
		return eval.EventDoc{}, fmt.Errorf("%s: the first line (the title) is empty", name)
	case d.Outlet == "":
		return eval.EventDoc{}, fmt.Errorf("%s: no %q line", name, strings.TrimSpace(publisherLabel))
	case d.Text == "":
		return eval.EventDoc{}, fmt.Errorf("%s: no text after the header", name)
	}
	return d, nil
}

// readPages reads one story: the stored pages dir/sources/*.txt, in file
// name order, each an article of the story.
func readPages(dir string) ([]eval.EventDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "sources", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no stored pages in sources/", dir)
	}
	slices.Sort(files)
	var docs []eval.EventDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d, err := parsePage(filepath.Base(f), b)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", dir, err)
		}
		d.Event = filepath.Base(dir)
		docs = append(docs, d)
	}
	return docs, nil
}

// allDated reports whether every article states its publication date, so
// that the judges count relative dates from it.
func allDated(docs []eval.EventDoc) bool {
	for _, d := range docs {
		if d.Published.IsZero() {
			return false
		}
	}
	return len(docs) > 0
}

// asStoredPage is the article crosscheck makes of a stored page's text
// when a user ingests it as a text page: the text dump's extraction, which
// also detects its language. The header stands in for the page's
// metadata, as a web page's head would: its outlet is the article's
// site, its title the article's, and its date, when it gives one, the
// publication date. A text the extractor refuses is kept whole, in the
// language its words are written in when they tell.
func asStoredPage(ctx context.Context, d eval.EventDoc, file string) article.Article {
	p := source.Page{Origin: file, Kind: source.KindText, Data: []byte(d.Text + "\n")}
	a, err := extract.Extract(ctx, p)
	if err != nil || a.Text == "" {
		a = article.Article{Text: d.Text, Language: lang.Detect(d.Text)}
	}
	a.Origin, a.Site, a.Title = file, d.Outlet, d.Title
	if !d.Published.IsZero() {
		a.Published = d.Published
	}
	return a
}

// preparePages briefs each story of root: every directory of it with
// stored pages in sources/ is one story (one language of the per-language
// audit), briefed on its own, with its briefing and items.jsonl written
// beside its sources. A story needs articles of minOutlets outlets.
func preparePages(ctx context.Context, root string, seed int64) error {
	dirs, err := filepath.Glob(filepath.Join(root, "*", "sources"))
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return fmt.Errorf("%s: no story directories with sources/", root)
	}
	slices.Sort(dirs)
	var errs []error
	for _, src := range dirs {
		dir := filepath.Dir(src)
		if err := preparePageStory(ctx, dir, seed); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func preparePageStory(ctx context.Context, dir string, seed int64) error {
	docs, err := readPages(dir)
	if err != nil {
		return err
	}
	if n := len(outlets(docs)); n < minOutlets {
		return fmt.Errorf("%s: articles of %d outlets, a story needs %d", dir, n, minOutlets)
	}
	s, err := briefStory(ctx, dir, filepath.Base(dir), docs, storedPage)
	if err != nil {
		return err
	}
	items := drawItems([]*story{s}, rand.New(rand.NewPCG(uint64(seed), 13)))
	return writeItems(filepath.Join(dir, "items.jsonl"), items)
}
