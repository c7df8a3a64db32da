package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLargeFileBoundedMemory streams a generated WARC.gz of several
// hundred megabytes through Pages and checks that the heap stays far
// below the file's size: the reader holds one record, not the file.
func TestLargeFileBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 256 MB")
	}
	const (
		fileBytes = 256 << 20
		heapLimit = 96 << 20
	)
	// The limit is on what the reader keeps, not on how much garbage the
	// collector lets pile up before it runs: at the default GOGC a busy
	// machine's late collections put the peak anywhere from 68 to 106 MB
	// for the same stream. A low GOGC makes the heap follow live data.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	pr, pw := io.Pipe()
	var written atomic.Int64
	go func() {
		// Stored (uncompressed) deflate blocks make the gzip file as large
		// as its content without spending the CPU to compress it.
		cw := &countWriter{w: pw, n: &written}
		for i := 0; written.Load() < fileBytes; i++ {
			size := 20 << 10
			if i%500 == 0 {
				size = 8 << 20 // now and then a large page
			}
			page := bytes.Repeat([]byte(fmt.Sprintf("<p>paragraph %d of a long page.</p>\n", i)), size/32)
			msg := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>"), page...)
			zw, _ := gzip.NewWriterLevel(cw, gzip.NoCompression)
			zw.Write(record("response", fmt.Sprintf("http://example.com/%d", i), "application/http; msgtype=response", msg))
			if err := zw.Close(); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.Close()
	}()

	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	})
	pages := 0
	for _, err := range Pages(context.Background(), "big.warc.gz", pr, 0) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
	}
	close(done)
	wg.Wait()
	t.Logf("%d pages, %d MB streamed, peak heap in use %d MB", pages, written.Load()>>20, peak.Load()>>20)
	if written.Load() < fileBytes {
		t.Fatalf("only %d bytes streamed", written.Load())
	}
	if peak.Load() > heapLimit {
		t.Errorf("peak heap %d MB over %d MB while streaming %d MB", peak.Load()>>20, heapLimit>>20, written.Load()>>20)
	}
}

type countWriter struct {
	w io.Writer
	n *atomic.Int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n.Add(int64(n))
	return n, err
}
