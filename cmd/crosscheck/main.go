// Command crosscheck turns scraped news pages into stories and briefings.
//
// It does not link extraction, so that reading the store starts at once:
// the commands that read pages (ingest, extract, serve, demo...) are run
// by crosscheck-pages, found beside it (go install ./cmd/... installs
// both). See cli.Pages for why.
package main

import (
	"os"

	"crosscheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, nil))
}
