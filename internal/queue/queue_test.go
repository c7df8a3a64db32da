package queue

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/queue/queuetest"
	"crosscheck/internal/source"
)

func openTestQueue(t *testing.T) *Queue {
	t.Helper()
	url, stream := queuetest.Stream(t)
	q, err := Open(context.Background(), url, Options{Stream: stream, AckWait: 2 * time.Second, RetryDelay: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func TestPublishConsume(t *testing.T) {
	ctx := context.Background()
	q := openTestQueue(t)
	when := time.Date(2023, 9, 5, 10, 0, 0, 123, time.UTC)
	// A page over the server's max_payload that compresses well still
	// travels in one message.
	big := bytes.Repeat([]byte("<p>Kim met Putin in Vladivostok on Wednesday.</p>\n"), (2<<20)/50)
	pages := []source.Page{
		{Origin: "a.html", URL: "https://a.example/", Charset: "iso-8859-1", FetchedAt: when, Data: []byte("<html><body>a</body></html>")},
		{Origin: "b.txt", Data: []byte("plain text page")},
		{Origin: "big.html", Data: append([]byte("<html><body>"), big...)},
	}
	for _, p := range pages[:2] {
		if err := q.Publish(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	pending, err := q.PublishAsync(pages[2])
	if err != nil {
		t.Fatal(err)
	}
	if err := pending.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	// Publishing the same page again is dropped by the server, and
	// said so.
	if err := q.Publish(ctx, pages[0]); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("publishing a page twice: error %v, want ErrDuplicate", err)
	}
	noise := make([]byte, 3<<20)
	rand.Read(noise)
	if err := q.Publish(ctx, source.Page{Origin: "noise.bin", Data: noise}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("publishing 3 MB of noise: error %v, want ErrTooLarge", err)
	}
	if n, err := q.Pending(ctx); err != nil || n != 3 {
		t.Errorf("Pending = %d, %v; want 3", n, err)
	}

	var mu sync.Mutex
	var got []source.Page
	failedOnce := false
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err = q.Consume(ctx, func(ctx context.Context, p source.Page) error {
		mu.Lock()
		defer mu.Unlock()
		if p.Origin == "b.txt" && !failedOnce {
			failedOnce = true
			return errors.New("store unavailable") // delivered again
		}
		got = append(got, p)
		if len(got) == len(pages) {
			cancel()
		}
		return nil
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	byOrigin := map[string]source.Page{}
	for _, p := range got {
		byOrigin[p.Origin] = p
	}
	for _, want := range pages {
		want.Kind = source.Sniff(want.Data)
		p := byOrigin[want.Origin]
		if !bytes.Equal(want.Data, p.Data) {
			t.Errorf("page %s: %d bytes came back, %d published", want.Origin, len(p.Data), len(want.Data))
		}
		want.Data, p.Data = nil, nil
		if diff := cmp.Diff(want, p); diff != "" {
			t.Errorf("page %s (-want +got):\n%s", want.Origin, diff)
		}
	}
	if len(got) != len(pages) {
		t.Errorf("handled %d pages, want %d", len(got), len(pages))
	}
	if n, err := q.Pending(context.Background()); err != nil || n != 0 {
		t.Errorf("Pending after consuming = %d, %v; want 0", n, err)
	}
}
