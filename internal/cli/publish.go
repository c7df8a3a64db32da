package cli

import (
	"context"
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
	published, failed := 0, 0
	for p, err := range pages {
		if err == nil {
			err = q.Publish(ctx, p)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintf(e.stderr, "error: %v\n", err)
			continue
		}
		published++
	}
	fmt.Fprintf(e.stdout, "%d published to %s, %d failed\n", published, stream, failed)
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, published+failed)
	}
	return nil
}
