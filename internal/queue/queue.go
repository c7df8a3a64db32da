// Package queue carries pages from publishers to workers through a NATS
// JetStream stream with work-queue retention: each page is delivered to
// one worker at a time, stays in the stream until a worker acknowledges
// it, and is delivered again if the worker dies first.
package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// DefaultStream is the stream pages go through unless told otherwise.
const DefaultStream = "CROSSCHECK_PAGES"

// Message headers carrying what a page is besides its bytes.
const (
	hdrOrigin    = "Crosscheck-Origin"
	hdrURL       = "Crosscheck-Url"
	hdrFetchedAt = "Crosscheck-Fetched-At"
	hdrCharset   = "Crosscheck-Charset"
	hdrEncoding  = "Crosscheck-Encoding" // "gzip" when the body is compressed
)

// compressAbove is the page size from which a page travels gzipped: HTML
// shrinks several times, so pages up to several times the server's
// max_payload still fit in one message.
const compressAbove = 32 << 10

// ErrTooLarge is a page that does not fit in one message even compressed.
var ErrTooLarge = errors.New("page too large for one NATS message")

// Options configure a queue; zero fields take the defaults.
type Options struct {
	Stream string // default DefaultStream
	// AckWait is how long a worker has to acknowledge a page before it is
	// delivered to another; default 60s.
	AckWait time.Duration
	// MaxDeliver bounds deliveries of one page, so a page that crashes
	// every worker ends up dropped rather than looping; default 5.
	MaxDeliver int
	// RetryDelay is the pause before a page that failed is delivered
	// again; default 5s.
	RetryDelay time.Duration
}

// Queue is a connection to the page stream.
type Queue struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	opts   Options
}

// Open connects to the NATS server at url and creates or updates the
// stream.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	if opts.Stream == "" {
		opts.Stream = DefaultStream
	}
	if opts.AckWait <= 0 {
		opts.AckWait = 60 * time.Second
	}
	if opts.MaxDeliver <= 0 {
		opts.MaxDeliver = 5
	}
	if opts.RetryDelay <= 0 {
		opts.RetryDelay = 5 * time.Second
	}
	nc, err := nats.Connect(url, nats.Name("crosscheck"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("connecting to NATS at %s: %w", url, err)
	}
	// At most this many pages await the server's acknowledgement; more
	// PublishAsync calls wait for room.
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(256))
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("opening JetStream at %s: %w", url, err)
	}
	stream, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:      opts.Stream,
		Subjects:  []string{subject(opts.Stream)},
		Retention: jetstream.WorkQueuePolicy,
		Storage:   jetstream.FileStorage,
		// Publishing the same page twice within the window is stored
		// once (the message id is the page hash).
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("creating stream %s: %w", opts.Stream, err)
	}
	return &Queue{nc: nc, js: js, stream: stream, opts: opts}, nil
}

func subject(stream string) string { return stream + ".pages" }

// Close drains and closes the connection.
func (q *Queue) Close() { q.nc.Drain() }

// Delete removes the stream and everything in it.
func (q *Queue) Delete(ctx context.Context) error {
	if err := q.js.DeleteStream(ctx, q.opts.Stream); err != nil {
		return fmt.Errorf("deleting stream %s: %w", q.opts.Stream, err)
	}
	return nil
}

// Pending is the number of pages in the stream not yet acknowledged.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.stream.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading stream %s: %w", q.opts.Stream, err)
	}
	return info.State.Msgs, nil
}

// Pending is a page published without waiting for the server.
type Pending struct {
	origin string
	fut    jetstream.PubAckFuture
}

// ErrDuplicate says the server dropped a page as one it holds already
// (the same bytes, published within the stream's duplicate window).
var ErrDuplicate = errors.New("already on the queue")

// Wait returns once the server has stored the page, or failed to, or
// dropped it as a duplicate (ErrDuplicate).
func (p *Pending) Wait(ctx context.Context) error {
	select {
	case ack := <-p.fut.Ok():
		if ack != nil && ack.Duplicate {
			return fmt.Errorf("publishing %s: %w", p.origin, ErrDuplicate)
		}
		return nil
	case err := <-p.fut.Err():
		return fmt.Errorf("publishing %s: %w", p.origin, err)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// PublishAsync puts a page on the stream without waiting for the server
// to store it, so that many pages are in flight at once; Wait on the
// result tells whether it was stored.
func (q *Queue) PublishAsync(p source.Page) (*Pending, error) {
	msg, err := q.message(p)
	if err != nil {
		return nil, err
	}
	fut, err := q.js.PublishMsgAsync(msg, jetstream.WithMsgID(storage.PageHash(p.Data)))
	if err != nil {
		return nil, fmt.Errorf("publishing %s: %w", p.Origin, err)
	}
	return &Pending{origin: p.Origin, fut: fut}, nil
}

// Publish puts a page on the stream and waits for the server to store it.
func (q *Queue) Publish(ctx context.Context, p source.Page) error {
	msg, err := q.message(p)
	if err != nil {
		return err
	}
	// The page hash as message id lets the server drop a page published
	// twice, e.g. by a publisher retrying after a lost acknowledgement.
	ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(storage.PageHash(p.Data)))
	if err != nil {
		return fmt.Errorf("publishing %s: %w", p.Origin, err)
	}
	if ack.Duplicate {
		return fmt.Errorf("publishing %s: %w", p.Origin, ErrDuplicate)
	}
	return nil
}

func (q *Queue) message(p source.Page) (*nats.Msg, error) {
	msg := nats.NewMsg(subject(q.opts.Stream))
	msg.Header.Set(hdrOrigin, p.Origin)
	if p.URL != "" {
		msg.Header.Set(hdrURL, p.URL)
	}
	if !p.FetchedAt.IsZero() {
		msg.Header.Set(hdrFetchedAt, p.FetchedAt.UTC().Format(time.RFC3339Nano))
	}
	if p.Charset != "" {
		msg.Header.Set(hdrCharset, p.Charset)
	}
	msg.Data = p.Data
	if len(p.Data) > compressAbove {
		var b bytes.Buffer
		// Fastest compression: publishing must not cost more than a
		// fraction of what extracting the page will.
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
		zw.Write(p.Data)
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("compressing %s: %w", p.Origin, err)
		}
		msg.Data = b.Bytes()
		msg.Header.Set(hdrEncoding, "gzip")
	}
	// Headers count against the limit too; leave them room.
	if limit := q.nc.MaxPayload(); int64(len(msg.Data))+4096 > limit {
		return nil, fmt.Errorf("publishing %s: %w: %d bytes after compression, server max_payload is %d (raise it in the NATS server config, or ingest this page without --nats)",
			p.Origin, ErrTooLarge, len(msg.Data), limit)
	}
	return msg, nil
}

// page reads a page back from a message.
func page(msg jetstream.Msg) (source.Page, error) {
	h := msg.Headers()
	p := source.Page{
		Origin:  h.Get(hdrOrigin),
		URL:     h.Get(hdrURL),
		Charset: h.Get(hdrCharset),
		Data:    msg.Data(),
	}
	if p.Origin == "" {
		p.Origin = "message " + msg.Subject()
	}
	if s := h.Get(hdrFetchedAt); s != "" {
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return p, fmt.Errorf("%s: bad %s header %q", p.Origin, hdrFetchedAt, s)
		}
		p.FetchedAt = t
	}
	if h.Get(hdrEncoding) == "gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(p.Data))
		if err != nil {
			return p, fmt.Errorf("%s: corrupt compressed page: %w", p.Origin, err)
		}
		data, err := io.ReadAll(io.LimitReader(zr, source.DefaultMaxPageSize+1))
		if err != nil {
			return p, fmt.Errorf("%s: corrupt compressed page: %w", p.Origin, err)
		}
		p.Data = data
	}
	p.Kind = source.Sniff(p.Data)
	return p, nil
}
