package cli

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"crosscheck/internal/queue"
	"crosscheck/internal/source"
)

// publishPages puts pages on the work queue at natsURL for workers to
// ingest, instead of ingesting them in this process.
func publishPages(ctx context.Context, e *env, natsURL, stream string, pages iter.Seq2[source.Page, error]) error {
	q, err := queue.Open(ctx, natsURL, queue.Options{Stream: stream})
	if err != nil {
		return err
	}
	defer q.Close()
	published, queued, failed := 0, 0, 0
	report := func(err error) {
		if errors.Is(err, queue.ErrDuplicate) {
			// The server holds these bytes already: counted apart, as
			// neither published now nor failed.
			queued++
			return
		}
		if err != nil {
			failed++
			printError(e.stderr, "error: ", err)
			return
		}
		published++
	}
	// Pages go out without waiting for each acknowledgement; the window
	// is checked every so often and at the end.
	var inFlight []*queue.Pending
	settle := func() {
		for _, p := range inFlight {
			report(p.Wait(ctx))
		}
		inFlight = inFlight[:0]
	}
	for p, err := range pages {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var pending *queue.Pending
		if err == nil {
			pending, err = q.PublishAsync(p)
		}
		if err != nil {
			report(err)
			continue
		}
		if inFlight = append(inFlight, pending); len(inFlight) >= 128 {
			settle()
		}
	}
	settle()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	fmt.Fprintf(e.stdout, "%d published to %s, %d already on the queue, %d failed\n", published, stream, queued, failed)
	if failed > 0 {
		return fmt.Errorf("%d of %s failed", failed, plural(published+queued+failed, "input", "inputs"))
	}
	return nil
}
