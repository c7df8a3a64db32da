package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"crosscheck/internal/analysis"
	"crosscheck/internal/ingest"
	"crosscheck/internal/queue"
	"crosscheck/internal/source"
)

// runWorker pulls pages from the NATS work queue and ingests them into
// the store, until interrupted. Any number of workers can share one
// queue and one PostgreSQL store; see docs/scale.md.
func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "")
	natsURL := fs.String("nats", "nats://127.0.0.1:4222", "NATS server with JetStream")
	stream := fs.String("stream", queue.DefaultStream, "JetStream stream the pages are published to")
	db := dbFlag(fs)
	ackWait := fs.Duration("ack-wait", time.Minute, "time a page may take before it is given to another worker")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(ctx, e.pages, st, nil)
	if err != nil {
		return err
	}
	q, err := queue.Open(ctx, *natsURL, queue.Options{Stream: *stream, AckWait: *ackWait})
	if err != nil {
		return err
	}
	defer q.Close()
	slog.Info("worker ready", "nats", *natsURL, "stream", *stream)
	// Analyses made by older rules are brought up to date beside the
	// queue's work; workers sharing the store may overlap, which costs
	// time, not correctness (each writes the same analysis).
	// Briefings are rebuilt beside the queue's work too, each stale one
	// once however many pages joined its story meanwhile: a page of a
	// story of a thousand articles does not wait for its briefing.
	go renderingKeeper(st).Run(ctx, time.Second, func(err error) { slog.Warn("updating briefings", "err", err) })
	go func() {
		p, err := analysis.Reanalyze(ctx, st, nil)
		if err != nil && ctx.Err() == nil {
			slog.Warn("reanalysing stored articles", "err", err)
		}
		if p.Done+p.Failed > 0 {
			slog.Info("reanalysed stored articles", "done", p.Done, "failed", p.Failed, "version", analysis.Version)
		}
	}()
	err = q.Consume(ctx, func(ctx context.Context, p source.Page) error {
		o := in.Page(ctx, p)
		if o.Err != nil {
			if isPageFault(e.pages, o.Err) {
				return fmt.Errorf("%w: %w", queue.ErrPermanent, o.Err)
			}
			// Anything else (the store, most likely) is retried, and
			// MaxDeliver bounds the retries.
			return o.Err
		}
		slog.Debug("ingested", "origin", o.Origin, "article", o.Article, "story", o.Story, "unchanged", o.Unchanged)
		return nil
	})
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// isPageFault reports whether an ingest failed because of the page
// itself, which delivering it again cannot change.
func isPageFault(pages *Pages, err error) bool {
	for _, e := range append([]error{ingest.ErrOverBudget, source.ErrEmpty, source.ErrBinary, source.ErrTooLarge, source.ErrUnsupported}, pages.Faults...) {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
