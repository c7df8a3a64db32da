package storage

import (
	"context"
	"fmt"
	"time"
)

// placed is the placement of the article at index i of a batch, made on
// the placing goroutine.
type placed struct {
	i   int
	pl  Placement
	err error
}

// storePipelined stores a batch in SQLite with placement on a second
// goroutine: while article i is placed, the writer inserts the rows of
// article i+1 and on, and then fills the full-text index for the batch
// (the articles' text does not depend on where they are placed).
// Placing, inserting and indexing are the serial costs of a batch, so
// overlapping them lets a second core work. Placements are
// still made one at a time in batch order, each once its article has its
// id, and applied in that order, so the store ends as storing the
// articles one by one would leave it; and an article whose rows or
// placement fail is deleted alone, as in store. It returns the rows'
// ids and placements in out, and an error for what stops the batch.
func (w *writer) storePipelined(ctx context.Context, batch []NewArticle, place BatchPlaceFunc, now time.Time, before int64, out []Added) error {
	placeCtx, cancel := context.WithCancel(ctx)
	requests := make(chan int, len(batch))
	results := make(chan placed, len(batch))
	go func() {
		defer close(results)
		for i := range requests {
			if placeCtx.Err() != nil {
				// The batch failed: placing the rest would only put
				// articles in the placer that the store will not have.
				results <- placed{i: i, err: placeCtx.Err()}
				continue
			}
			pl, err := place(placeCtx, i, *batch[i].Article)
			results <- placed{i: i, pl: pl, err: err}
		}
	}()
	// drain waits for the placing goroutine to end, once requests is
	// closed; stop ends it early: after it, no placement is made.
	drain := func() {
		for range results {
		}
	}
	stop := func() {
		cancel()
		close(requests)
		drain()
	}
	rows := make([]stored, len(batch))
	pending := 0 // placements asked for and not yet applied
	apply := func(p placed) error {
		pending--
		na := batch[p.i]
		err := p.err
		if err != nil {
			err = fmt.Errorf("placing article: %w", err)
		} else if err = w.applyPlacement(ctx, *na.Article, p.pl, now); err != nil {
			// The placer counts the article placed: the batch cannot go on.
			return &unwrittenPlacement{origin: na.Page.Origin, err: err}
		}
		if err == nil {
			out[p.i] = Added{Placement: p.pl}
			return nil
		}
		return w.undo(ctx, na, rows[p.i], err, &out[p.i])
	}
	for i, na := range batch {
		if err := w.insertRows(ctx, na, now, &rows[i]); err != nil {
			if err := w.undo(ctx, na, rows[i], err, &out[i]); err != nil {
				stop()
				return err
			}
			continue
		}
		requests <- i
		pending++
		// Apply what is placed so far, so the placing goroutine's lead
		// stays small and no statement waits behind a long queue.
		for ready := true; ready && pending > 0; {
			select {
			case p := <-results:
				if err := apply(p); err != nil {
					stop()
					return err
				}
			default:
				ready = false
			}
		}
	}
	close(requests)
	if err := w.indexText(ctx, before); err != nil {
		cancel()
		drain()
		return err
	}
	for i := range rows {
		rows[i].indexed = true
	}
	for p := range results {
		if err := apply(p); err != nil {
			cancel()
			drain()
			return err
		}
	}
	cancel()
	return nil
}
