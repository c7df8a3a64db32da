package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"crosscheck/internal/brief"
	"crosscheck/internal/demo"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// runDemo ingests the built-in corpus into a temporary store, then prints
// the stories and the briefing of the largest: what a newcomer runs first,
// with nothing to fetch and no service to start. With a --format other
// than markdown the story list goes to stderr, so that stdout is one
// document of that format.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	format := fs.String("format", "markdown", "briefing format: "+formatNames())
	keep := fs.Bool("keep", false, "keep the temporary store and print its path")
	serve := fs.Bool("serve", false, "then serve the demo store as web pages on --addr until interrupted")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on with --serve")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	render, ok := renderers[*format]
	if !ok {
		return fmt.Errorf("%w: unknown --format %q (want %s)", errUsage, *format, formatNames())
	}

	dir, err := os.MkdirTemp("", "crosscheck-demo-")
	if err != nil {
		return fmt.Errorf("making the demo store: %w", err)
	}
	path := filepath.Join(dir, "crosscheck.db")
	if *keep {
		defer fmt.Fprintf(e.stderr, "demo store kept at %s (use it with --db %s)\n", path, path)
	} else {
		defer os.RemoveAll(dir)
	}
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()

	list := e
	if *format != "markdown" {
		list = &env{stdin: e.stdin, stdout: e.stderr, stderr: e.stderr, getenv: e.getenv}
	}
	story, err := ingestDemo(ctx, list, st)
	if err != nil {
		return err
	}
	// Briefed as 'crosscheck brief ID' would, so that the demo shows
	// what the brief command prints.
	bs, arts, dups, err := storedStory(ctx, e, path, story.ID)
	if err != nil {
		return err
	}
	b, err := brief.Build(ctx, bs, arts, dups)
	if err != nil {
		return err
	}
	if err := render(e.stdout, b); err != nil || !*serve {
		return err
	}
	return serveStore(ctx, e, st, serveOptions{addr: *addr, reader: &source.Reader{}, maxUpload: 32 << 20})
}

// ingestDemo ingests the corpus, prints what became of it and the story
// list on e, and returns the largest story.
func ingestDemo(ctx context.Context, e *env, st *storage.Store) (storage.Story, error) {
	in, err := newIngester(ctx, st)
	if err != nil {
		return storage.Story{}, err
	}
	in.OnOutcome = func(o ingest.Outcome) {
		if o.Err != nil {
			fmt.Fprintf(e.stderr, "error: %v\n", o.Err)
		}
	}
	sum, err := in.Run(ctx, demo.Pages())
	if err != nil {
		return storage.Story{}, fmt.Errorf("ingesting the demo corpus: %w", err)
	}
	if sum.Failed > 0 {
		// The corpus is ours: a page that fails is a bug to report, not
		// input to skip.
		return storage.Story{}, fmt.Errorf("ingesting the demo corpus: %d of its pages failed", sum.Failed)
	}
	fmt.Fprintf(e.stderr, "demo corpus: %d pages ingested (%d duplicates, %d stories)\n", sum.Added, sum.Duplicates, sum.NewStories)
	stories, err := st.Stories(ctx, storage.StoryFilter{})
	if err != nil {
		return storage.Story{}, err
	}
	if len(stories) == 0 {
		return storage.Story{}, fmt.Errorf("ingesting the demo corpus: no story made")
	}
	if err := printStories(e, stories); err != nil {
		return storage.Story{}, err
	}
	fmt.Fprintln(e.stdout)
	return largest(stories), nil
}

// largest is the story with the most articles; ties go to the lower id,
// the story begun first.
func largest(stories []storage.Story) storage.Story {
	best := stories[0]
	for _, s := range stories[1:] {
		if s.Articles > best.Articles || s.Articles == best.Articles && s.ID < best.ID {
			best = s
		}
	}
	return best
}

func formatNames() string {
	names := make([]string, 0, len(renderers))
	for name := range renderers {
		names = append(names, name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
