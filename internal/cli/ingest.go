package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"crosscheck/internal/article"
	"crosscheck/internal/briefings"
	"crosscheck/internal/ingest"
	"crosscheck/internal/queue"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH|DIR|GLOB|-|URL...")
	db := dbFlag(fs)
	quiet := fs.Bool("quiet", false, "print no progress and no per-file lines")
	maxSize := maxPageSizeFlag(fs, e.pages)
	sources := addFetchFlags(fs, false)
	keep := fs.Bool("keep-non-articles", false, "store pages that are not articles (error pages, home pages, robots.txt files...) instead of skipping them")
	natsURL := fs.String("nats", "", "publish the pages to this NATS JetStream server for workers instead of ingesting them here")
	stream := fs.String("stream", queue.DefaultStream, "JetStream stream to publish to, with --nats")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: name at least one file, directory, glob or - for standard input", errUsage)
	}
	reader := sources.withSources(&source.Reader{Stdin: e.stdin, MaxPageSize: *maxSize})
	if path, err := e.storePath(*db); err == nil && *natsURL == "" {
		reader.Own = storeFiles(path)
	}
	if *natsURL != "" {
		return publishPages(ctx, e, *natsURL, *stream, reader.Pages(ctx, inputs))
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(ctx, e.pages, st, renderingKeeper(st))
	if err != nil {
		return err
	}
	in.Extract = extractFunc(e.pages, *keep)
	prog := newProgress(e.stderr, *quiet)
	in.OnOutcome = prog.outcome
	sum, err := in.Run(ctx, reader.Pages(ctx, inputs))
	prog.done()
	fmt.Fprintf(e.stdout, "%d added (%s, %s), %d unchanged, %d skipped as not articles, %d failed\n", sum.Added,
		plural(sum.Duplicates, "duplicate", "duplicates"), plural(sum.NewStories, "new story", "new stories"), sum.Unchanged, sum.Skipped, sum.Failed)
	if err != nil {
		return err
	}
	if sum.BriefingsErr != nil {
		// The articles are stored; a stale briefing is rebuilt when read.
		printError(e.stderr, "crosscheck ingest: warning: ", sum.BriefingsErr)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %s failed", sum.Failed, plural(sum.Added+sum.Unchanged+sum.Skipped+sum.Failed, "input", "inputs"))
	}
	return nil
}

// storeFiles names the files of a SQLite store, which an ingest of the
// directory holding it must not read as pages.
func storeFiles(path string) map[string]string {
	if storage.IsPostgres(path) {
		return nil
	}
	return map[string]string{path: "the store", path + "-wal": "the store's journal", path + "-shm": "the store's journal", path + "-journal": "the store's journal"}
}

// newIngester wires the pipeline's stages over a store. Every writing
// command places through ingest.SharedPlacer, so any number of them can
// write one store at once.
//
// The stored briefings of the stories articles join are brought up to
// date by keeper (at the end of a run, or after each page); nil leaves
// them stale, for a keeper's loop to rebuild.
func newIngester(ctx context.Context, pages *Pages, st *storage.Store, keeper *briefings.Keeper) (*ingest.Ingester, error) {
	placer, err := ingest.NewSharedStoryPlacer(ctx, st)
	if err != nil {
		return nil, err
	}
	in := &ingest.Ingester{Store: st, Extract: extractFunc(pages, false), Placer: placer}
	if keeper != nil {
		in.Briefings = keeper
	}
	return in, nil
}

// extractFunc is extraction with the page-type decision on, or off when
// keep says to store non-articles too.
func extractFunc(pages *Pages, keep bool) ingest.ExtractFunc {
	return func(ctx context.Context, p source.Page) (article.Article, error) {
		return pages.Extract(ctx, p, keep)
	}
}

// progress reports an ingest on stderr: a bar redrawn in place on a
// terminal, and only the failures otherwise, so logs stay readable.
type progress struct {
	w        io.Writer
	terminal bool
	quiet    bool
	n, bad   int
	start    time.Time
	last     time.Time
}

func newProgress(w io.Writer, quiet bool) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, quiet: quiet, terminal: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *progress) outcome(o ingest.Outcome) {
	p.n++
	if o.Err != nil {
		p.bad++
		p.clear()
		printError(p.w, "error: ", o.Err)
	}
	if o.Skipped != "" && !p.quiet {
		p.clear()
		fmt.Fprintf(p.w, "skipped: %s: %s\n", o.Origin, o.Skipped)
	}
	if p.quiet || !p.terminal {
		return
	}
	if now := time.Now(); now.Sub(p.last) > 100*time.Millisecond {
		p.last = now
		rate := float64(p.n) / now.Sub(p.start).Seconds()
		fmt.Fprintf(p.w, "\r\x1b[K%s %s, %d failed, %.0f/s", spinner(p.n), plural(p.n, "page", "pages"), p.bad, rate)
	}
}

func (p *progress) clear() {
	if p.terminal && !p.quiet {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func (p *progress) done() { p.clear() }

func spinner(n int) string { return string(`|/-\`[n%4]) }
