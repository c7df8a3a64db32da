package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"crosscheck/internal/briefings"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	sources := addFetchFlags(fs, false)
	readOnly := fs.Bool("read-only", false, "refuse ingest: serve the store as it is")
	maxUpload := fs.Int64("max-upload", 32<<20, "largest ingest request accepted, in bytes")
	maxSize := maxPageSizeFlag(fs, e.pages)
	var hosts hostList
	fs.Var(&hosts, "host", "a host name the server answers to, besides loopback names and --addr's host (repeatable)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	reader := sources.withSources(&source.Reader{MaxPageSize: *maxSize})
	return serveStore(ctx, e, st, serveOptions{addr: *addr, reader: reader, readOnly: *readOnly, maxUpload: *maxUpload, hosts: hosts})
}

// hostList is a repeatable --host flag.
type hostList []string

func (h *hostList) String() string { return strings.Join(*h, ",") }

func (h *hostList) Set(v string) error {
	for _, name := range strings.Split(v, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*h = append(*h, name)
		}
	}
	return nil
}

type serveOptions struct {
	addr      string
	reader    *source.Reader
	readOnly  bool
	maxUpload int64
	hosts     []string // besides loopback names and addr's host
}

// serveStore serves st on o.addr until ctx is done; demo --serve uses it
// too. It prints the URL on stdout once it listens, and builds the
// briefings of recent stories in the background.
// renderingKeeper is a Keeper of st's briefings that also renders each
// briefing's story page when it builds it (web.PageRenderer), so that
// the first reader of a story that changed reads its page as stored.
func renderingKeeper(st *storage.Store) *briefings.Keeper {
	k := briefings.New(st)
	if r, err := web.PageRenderer(); err == nil {
		k.RenderWith(r)
	}
	return k
}

func serveStore(ctx context.Context, e *env, st *storage.Store, o serveOptions) error {
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	// The server answers to loopback names, address literals, the host
	// it listens on and the --host names: not to any name a page on
	// another site may point at it.
	hosts := append([]string{}, o.hosts...)
	if host, _, err := net.SplitHostPort(o.addr); err == nil && host != "" {
		hosts = append(hosts, host)
	}
	keeper := briefings.New(st)
	opts := web.Options{Reader: o.reader, MaxUpload: o.maxUpload, Logger: log, Hosts: hosts, Briefings: keeper}
	if !o.readOnly {
		in, err := newIngester(ctx, e.pages, st, keeper)
		if err != nil {
			return err
		}
		opts.Ingest = webIngest(in)
		// Briefings gone stale by other writers (workers, an ingest
		// run, new rules) are rebuilt in the background.
		go keeper.Run(ctx, 5*time.Second, func(err error) { log.Warn("updating briefings", "err", err) })
	}
	srv, err := web.New(st, opts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", o.addr, err)
	}
	fmt.Fprintf(e.stdout, "serving on http://%s\n", ln.Addr())
	go func() {
		if err := srv.Warm(ctx); err != nil && ctx.Err() == nil {
			log.Warn("warming briefings", "err", err)
		}
	}()
	return web.ServeListener(ctx, ln, srv, log)
}

// webIngest adapts the pipeline to the server. Requests ingest at the
// same time: each extracts on its own, and only the placement
// transactions take turns, under the store's write lock. Two requests
// carrying the same page may both extract it; the store keeps the first,
// and the second is reported unchanged.
func webIngest(in *ingest.Ingester) web.IngestFunc {
	return func(ctx context.Context, p source.Page) web.Outcome {
		o := in.Page(ctx, p)
		out := web.Outcome{Origin: o.Origin, Article: o.Article, Story: o.Story, Title: o.Title,
			Unchanged: o.Unchanged, Duplicate: o.Duplicate, NewStory: o.NewStory, Skipped: o.Skipped}
		if o.Err != nil {
			out.Error = o.Err.Error()
		}
		return out
	}
}
