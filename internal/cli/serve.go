package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"sync"

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
	maxSize := fs.Int64("max-page-size", source.DefaultMaxPageSize, "largest page accepted, in bytes after decompression")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	reader := sources.withSources(&source.Reader{MaxPageSize: *maxSize})
	return serveStore(ctx, e, st, serveOptions{addr: *addr, reader: reader, readOnly: *readOnly, maxUpload: *maxUpload})
}

type serveOptions struct {
	addr      string
	reader    *source.Reader
	readOnly  bool
	maxUpload int64
}

// serveStore serves st on o.addr until ctx is done; demo --serve uses it
// too. It prints the URL on stdout once it listens, and builds the
// briefings of recent stories in the background.
func serveStore(ctx context.Context, e *env, st *storage.Store, o serveOptions) error {
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	opts := web.Options{Reader: o.reader, MaxUpload: o.maxUpload, Logger: log}
	if !o.readOnly {
		in, err := newIngester(ctx, st)
		if err != nil {
			return err
		}
		opts.Ingest = webIngest(in)
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

// webIngest adapts the pipeline to the server. Pages are ingested one at
// a time: two requests carrying the same page must not both find it new.
func webIngest(in *ingest.Ingester) web.IngestFunc {
	var mu sync.Mutex
	return func(ctx context.Context, p source.Page) web.Outcome {
		mu.Lock()
		o := in.Page(ctx, p)
		mu.Unlock()
		out := web.Outcome{Origin: o.Origin, Article: o.Article, Story: o.Story, Title: o.Title,
			Unchanged: o.Unchanged, Duplicate: o.Duplicate, NewStory: o.NewStory, Skipped: o.Skipped}
		if o.Err != nil {
			out.Error = o.Err.Error()
		}
		return out
	}
}
