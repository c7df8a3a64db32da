package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/dedup"
	"crosscheck/internal/source"
	"crosscheck/internal/textdump"
)

// renderers are the briefing formats by --format name.
var renderers = map[string]func(io.Writer, *brief.Briefing) error{
	"markdown": brief.RenderMarkdown,
	"json":     brief.RenderJSON,
	"csv":      brief.RenderCSV,
	"html":     brief.RenderHTML,
}

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief", "PATH...")
	format := fs.String("format", "markdown", "output format: markdown, json, html or csv (the fact × outlet matrix)")
	title := fs.String("title", "", "the story's headline; default the earliest article's title")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	render, ok := renderers[*format]
	if !ok {
		return fmt.Errorf("%w: unknown --format %q (want markdown, json, html or csv)", errUsage, *format)
	}
	if len(inputs) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no pages given", errUsage)
	}
	arts, err := readArticles(ctx, e, inputs)
	if err != nil {
		return err
	}
	b, err := brief.Build(ctx, brief.Story{Title: *title}, arts, copies(arts))
	if err != nil {
		return err
	}
	return render(e.stdout, b)
}

// copies finds the articles that copy an earlier one, so that a
// syndicated story counts once. Articles are numbered here in input order,
// as Build would number them.
func copies(arts []article.Article) map[int64]int64 {
	ix := dedup.NewIndex(dedup.DefaultConfig())
	dups := make(map[int64]int64)
	for i := range arts {
		arts[i].ID = int64(i + 1)
		if m := ix.Observe(dedup.Doc{ID: arts[i].ID, Text: arts[i].Text}); m.Kind != dedup.None {
			dups[arts[i].ID] = m.Of
		}
	}
	return dups
}

// readArticles reads pages and reduces each to an article. A page that
// cannot be read is reported on stderr and skipped; no page at all is an
// error.
func readArticles(ctx context.Context, e *env, inputs []string) ([]article.Article, error) {
	r := &source.Reader{Stdin: e.stdin}
	var arts []article.Article
	var failed int
	for p, err := range r.Pages(ctx, inputs) {
		if err == nil {
			var a article.Article
			a, err = pageArticle(p)
			if err == nil {
				arts = append(arts, a)
				continue
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		failed++
		fmt.Fprintf(e.stderr, "crosscheck: skipping %v\n", err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no article read from %s (%d failed)", strings.Join(inputs, " "), failed)
	}
	return arts, nil
}

var errNotText = errors.New("only text pages can be briefed until the HTML extractor is wired in")

// pageArticle reduces one page to an article: a text dump loses its
// page chrome (menus, share bars, widgets) and keeps its metadata. A text
// in which the dump extractor finds no article region (a short, clean
// article has no chrome to tell it from) is taken as it is, its first line
// as the headline when it looks like one.
func pageArticle(p source.Page) (article.Article, error) {
	if p.Kind != source.KindText {
		return article.Article{}, fmt.Errorf("%s: %s page: %w", p.Origin, p.Kind, errNotText)
	}
	a, err := textdump.Extract(string(p.Data))
	switch {
	case errors.Is(err, textdump.ErrNoArticle):
		a = plainArticle(p.Origin, string(p.Data))
		if a.Text == "" {
			return a, fmt.Errorf("%s: %w", p.Origin, err)
		}
	case err != nil:
		return article.Article{}, fmt.Errorf("extracting %s: %w", p.Origin, err)
	}
	a.Origin = p.Origin
	if a.URL == "" {
		a.URL = p.URL
	}
	a.FetchedAt = p.FetchedAt
	return a, nil
}
