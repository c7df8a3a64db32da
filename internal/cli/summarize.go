package cli

import (
	"context"
	"fmt"
	"strings"

	"crosscheck/internal/brief"
)

// runSummarize prints the cited summary of pages. The pages are read and
// extracted as brief and ingest read them, so that an HTML page or a text
// dump is summarized from its article, not its markup or site chrome.
func runSummarize(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "summarize", "PATH|DIR|-|URL...")
	words := fs.Int("words", 100, "the summary's length in words, at most")
	sources := addFetchFlags(fs, false)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: no pages given", errUsage)
	}
	if *words <= 0 {
		return fmt.Errorf("%w: --words must be positive, not %d", errUsage, *words)
	}
	arts, err := readArticles(ctx, e, "summarize", inputs, sources)
	if err != nil {
		return err
	}
	docs, err := brief.Documents(ctx, arts)
	if err != nil {
		return fmt.Errorf("summarizing: %w", err)
	}
	for _, p := range brief.Summarize(docs, *words) {
		fmt.Fprintln(e.stdout, strings.Join(strings.Fields(docs[p.Doc].Sentences[p.Sentence]), " "))
	}
	return nil
}
