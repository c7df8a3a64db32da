package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/pagetype"
	"crosscheck/internal/source"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "PATH|DIR|-|URL...")
	format := fs.String("format", "json", "output format: json, jsonl, markdown or text")
	keep := fs.Bool("keep-non-articles", false, "extract pages that are not articles (error pages, home pages, robots.txt files...) instead of skipping them")
	ff := addFetchFlags(fs, false)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no input; give files, directories, - or URLs", errUsage)
	}
	w, err := newArticleWriter(e.stdout, *format)
	if err != nil {
		return err
	}
	r := ff.withSources(&source.Reader{Stdin: e.stdin})
	var written, skipped, failed int
	for p, err := range r.Pages(ctx, paths) {
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			printError(e.stderr, "crosscheck extract: ", err)
			continue
		}
		a, err := e.pages.Extract(ctx, p, *keep)
		var na *pagetype.NotArticleError
		if errors.As(err, &na) {
			skipped++
			fmt.Fprintf(e.stderr, "crosscheck extract: skipped %s: %s page (%s)\n", p.Origin, na.Verdict.Type, na.Verdict.Reason)
			continue
		}
		if err != nil {
			failed++
			printError(e.stderr, "crosscheck extract: ", err)
			continue
		}
		if err := w.write(a); err != nil {
			return fmt.Errorf("writing %s: %w", p.Origin, err)
		}
		written++
	}
	if err := w.close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %s failed", failed, plural(written+skipped+failed, "page", "pages"))
	}
	return nil
}

// articleWriter writes articles in one output format.
type articleWriter struct {
	w      io.Writer
	format string
	n      int
}

func newArticleWriter(w io.Writer, format string) (*articleWriter, error) {
	switch format {
	case "json", "jsonl", "markdown", "text":
		return &articleWriter{w: w, format: format}, nil
	}
	return nil, fmt.Errorf("%w: unknown format %q (want json, jsonl, markdown or text)", errUsage, format)
}

func (aw *articleWriter) write(a article.Article) error {
	defer func() { aw.n++ }()
	switch aw.format {
	case "jsonl":
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(aw.w, "%s\n", b)
		return err
	case "json":
		b, err := json.MarshalIndent(a, "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if aw.n == 0 {
			sep = "[\n  "
		}
		_, err = fmt.Fprintf(aw.w, "%s%s", sep, b)
		return err
	case "markdown":
		if aw.n > 0 {
			fmt.Fprint(aw.w, "\n---\n\n")
		}
		_, err := fmt.Fprintf(aw.w, "# %s\n\n%s\n\n%s\n", a.Title, byline(a), a.Text)
		return err
	default:
		if aw.n > 0 {
			fmt.Fprint(aw.w, "\n\f\n")
		}
		_, err := fmt.Fprintf(aw.w, "%s\n\n%s\n", a.Title, a.Text)
		return err
	}
}

func (aw *articleWriter) close() error {
	if aw.format != "json" {
		return nil
	}
	if aw.n == 0 {
		_, err := fmt.Fprintln(aw.w, "[]")
		return err
	}
	_, err := fmt.Fprintln(aw.w, "\n]")
	return err
}

// byline is the markdown line under the title: who, where, when, whence.
func byline(a article.Article) string {
	var parts []string
	if len(a.Authors) > 0 {
		parts = append(parts, strings.Join(a.Authors, ", "))
	}
	if a.Site != "" {
		parts = append(parts, a.Site)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format(time.DateOnly))
	}
	source := a.Origin
	if a.URL != "" {
		source = "<" + a.URL + ">"
	}
	parts = append(parts, source)
	return "*" + strings.Join(parts, " · ") + "*"
}
