package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
	"crosscheck/internal/demo"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// runDemo ingests the built-in corpus into a temporary store, then prints
// the stories and the briefing of the largest: what a newcomer runs first,
// with nothing to fetch and no service to start. With a --format other
// than markdown the story list goes to stderr, so that stdout is one
// document of that format. With --export it only writes the corpus out as
// files, for the newcomer to try ingest, stories, brief and serve on.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	format := fs.String("format", "markdown", "briefing format: "+formatNames())
	keep := fs.Bool("keep", false, "keep the temporary store and print its path")
	serve := fs.Bool("serve", false, "then serve the demo store as web pages on --addr until interrupted")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on with --serve")
	export := fs.String("export", "", "write the corpus pages into this directory (made if need be) and do nothing else")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *export != "" {
		if *keep || *serve {
			return fmt.Errorf("%w: --export writes the pages and does nothing else; leave out --keep and --serve", errUsage)
		}
		return exportDemo(e, *export)
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
	list := e
	if *format != "markdown" {
		list = &env{stdin: e.stdin, stdout: e.stderr, stderr: e.stderr, getenv: e.getenv, pages: e.pages}
	}
	var (
		stories []storage.Story
		b       *brief.Briefing
	)
	printDemo := func() error {
		if err := printStories(list, stories); err != nil {
			return err
		}
		fmt.Fprintln(list.stdout)
		return render(e.stdout, b)
	}

	stories, b, err = buildDemo(ctx, e, path)
	if err == nil && *serve {
		// Serving needs the store, so it stays until the server stops.
		if err = printDemo(); err == nil {
			err = serveDemo(ctx, e, path, *addr)
		}
	}
	// Otherwise the store goes before anything is printed: a reader that
	// stops early ('crosscheck demo | head') ends the process mid-write,
	// and nothing would remove it then.
	if *keep {
		fmt.Fprintf(e.stderr, "demo store kept at %s (use it with --db %s)\n", path, path)
	} else if rmErr := os.RemoveAll(dir); rmErr != nil {
		err = errors.Join(err, fmt.Errorf("removing the demo store: %w", rmErr))
	}
	if err != nil || *serve {
		return err
	}
	return printDemo()
}

// exportDemo writes the corpus into dir and says what to run next.
func exportDemo(e *env, dir string) error {
	paths, err := demo.Export(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s of the demo story written to %s\n", plural(len(paths), "page", "pages"), dir)
	fmt.Fprintf(e.stdout, "next: crosscheck ingest %s\n", dir)
	return nil
}

// serveDemo serves the demo store as web pages until ctx ends.
func serveDemo(ctx context.Context, e *env, path, addr string) error {
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	return serveStore(ctx, e, st, serveOptions{addr: addr, reader: &source.Reader{}, maxUpload: 32 << 20})
}

// buildDemo ingests the corpus into a new store at path and briefs its
// largest story as 'crosscheck brief ID' would, so that the demo shows
// what the brief command prints.
func buildDemo(ctx context.Context, e *env, path string) ([]storage.Story, *brief.Briefing, error) {
	st, err := storage.Open(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	if err := ingestDemo(ctx, e, st); err != nil {
		return nil, nil, err
	}
	stories, err := st.Stories(ctx, storage.StoryFilter{})
	if err != nil {
		return nil, nil, err
	}
	if len(stories) == 0 {
		return nil, nil, errors.New("ingesting the demo corpus: no story made")
	}
	_, b, err := briefings.New(st).Briefing(ctx, largest(stories).ID)
	if err != nil {
		return nil, nil, err
	}
	return stories, b, nil
}

// ingestDemo ingests the corpus and reports on stderr what became of it.
func ingestDemo(ctx context.Context, e *env, st *storage.Store) error {
	in, err := newIngester(ctx, e.pages, st, briefings.New(st))
	if err != nil {
		return err
	}
	in.OnOutcome = func(o ingest.Outcome) {
		if o.Err != nil {
			printError(e.stderr, "error: ", o.Err)
		}
	}
	sum, err := in.Run(ctx, demo.Pages())
	if err != nil {
		return fmt.Errorf("ingesting the demo corpus: %w", err)
	}
	if sum.Failed > 0 {
		// The corpus is ours: a page that fails is a bug to report, not
		// input to skip.
		return fmt.Errorf("ingesting the demo corpus: %d of its pages failed", sum.Failed)
	}
	fmt.Fprintf(e.stderr, "demo corpus: %s ingested (%s, %s)\n", plural(sum.Added, "page", "pages"),
		plural(sum.Duplicates, "duplicate", "duplicates"), plural(sum.NewStories, "story", "stories"))
	return nil
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
