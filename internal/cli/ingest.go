package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"crosscheck/internal/extract"
	"crosscheck/internal/ingest"
	"crosscheck/internal/queue"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH|DIR|GLOB|-|URL...")
	db := dbFlag(fs)
	quiet := fs.Bool("quiet", false, "print no progress and no per-file lines")
	maxSize := fs.Int64("max-page-size", source.DefaultMaxPageSize, "largest page accepted, in bytes after decompression")
	sources := addFetchFlags(fs, false)
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
	if *natsURL != "" {
		return publishPages(ctx, e, *natsURL, *stream, reader.Pages(ctx, inputs))
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(ctx, st)
	if err != nil {
		return err
	}
	prog := newProgress(e.stderr, *quiet)
	in.OnOutcome = prog.outcome
	sum, err := in.Run(ctx, reader.Pages(ctx, inputs))
	prog.done()
	fmt.Fprintf(e.stdout, "%d added (%s, %s), %d unchanged, %d failed\n", sum.Added,
		plural(sum.Duplicates, "duplicate", "duplicates"), plural(sum.NewStories, "new story", "new stories"), sum.Unchanged, sum.Failed)
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %s failed", sum.Failed, plural(sum.Added+sum.Unchanged+sum.Failed, "input", "inputs"))
	}
	return nil
}

// newIngester wires the pipeline's stages over a store.
func newIngester(ctx context.Context, st *storage.Store) (*ingest.Ingester, error) {
	placer, err := ingest.NewPlacer(ctx, st)
	if err != nil {
		return nil, err
	}
	return &ingest.Ingester{Store: st, Extract: extract.Extract, Placer: placer}, nil
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
		fmt.Fprintf(p.w, "error: %v\n", o.Err)
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
