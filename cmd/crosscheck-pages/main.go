// Command crosscheck-pages is crosscheck with extraction linked in: every
// command of crosscheck, which hands it the commands that read pages
// (ingest, extract, brief and summarize of pages, serve, demo, watch,
// worker). It can be run in crosscheck's place.
package main

import (
	"context"
	"os"

	"crosscheck/internal/article"
	"crosscheck/internal/cli"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, &cli.Pages{
		Extract: func(ctx context.Context, p source.Page, keepNonArticles bool) (article.Article, error) {
			return extract.ExtractWith(ctx, p, extract.Options{KeepNonArticles: keepNonArticles})
		},
		MaxBytes:    extract.MaxPageBytes,
		MaxElements: extract.MaxElements,
		Faults:      []error{extract.ErrNoArticle, extract.ErrNotPage, extract.ErrTooLarge, extract.ErrTooDeep},
	}))
}
