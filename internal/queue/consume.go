package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"crosscheck/internal/source"
)

// consumerName is the durable pull consumer all workers share; with
// work-queue retention a stream allows only one consumer per subject.
const consumerName = "workers"

// ErrPermanent marks a handler error that redelivery cannot fix (a page
// that is not an article); the page is dropped instead of retried.
var ErrPermanent = errors.New("permanent failure")

// HandleFunc processes one page. It returns once the page's effects are
// committed; the page is acknowledged only then.
type HandleFunc func(ctx context.Context, p source.Page) error

// Consume pulls pages and hands them to handle one at a time until ctx
// ends. A page is acknowledged after handle returns nil, or an error
// wrapping ErrPermanent; any other error makes it be delivered again
// after a pause. A worker that dies holding a page loses nothing: the
// server delivers it again once AckWait has passed.
func (q *Queue) Consume(ctx context.Context, handle HandleFunc) error {
	cons, err := q.js.CreateOrUpdateConsumer(ctx, q.opts.Stream, jetstream.ConsumerConfig{
		Durable:       consumerName,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opts.AckWait,
		MaxDeliver:    q.opts.MaxDeliver,
		FilterSubject: subject(q.opts.Stream),
	})
	if err != nil {
		return fmt.Errorf("creating consumer on %s: %w", q.opts.Stream, err)
	}
	// Messages pulls ahead a few pages only: a page held in a worker's
	// buffer cannot go to an idle worker until its AckWait runs out.
	it, err := cons.Messages(jetstream.PullMaxMessages(2))
	if err != nil {
		return fmt.Errorf("pulling from %s: %w", q.opts.Stream, err)
	}
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	for {
		msg, err := it.Next()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				return ctx.Err()
			}
			return fmt.Errorf("pulling from %s: %w", q.opts.Stream, err)
		}
		q.handle(ctx, msg, handle)
	}
}

func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, handle HandleFunc) {
	p, err := page(msg)
	if err != nil {
		err = fmt.Errorf("%w: %v", ErrPermanent, err)
	} else {
		err = handle(ctx, p)
	}
	switch {
	case err == nil || errors.Is(err, ErrPermanent):
		if err != nil {
			slog.Warn("dropping page", "origin", p.Origin, "err", err)
		}
		// DoubleAck waits for the server to confirm, so a page is never
		// reported done while its acknowledgement is still in flight. It
		// is sent even when the worker is stopping: the work is stored.
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := msg.DoubleAck(actx); err != nil {
			slog.Warn("acknowledging page; it will be delivered again and found stored", "origin", p.Origin, "err", err)
		}
	case ctx.Err() != nil:
		// Shutting down: leave the page to be delivered again.
	default:
		slog.Warn("page failed; retrying later", "origin", p.Origin, "err", err)
		msg.NakWithDelay(q.opts.RetryDelay)
	}
}
