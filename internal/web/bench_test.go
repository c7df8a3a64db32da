package web

import (
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"
)

// BenchmarkCachedPages measures the server's own cost of answering from
// a warm briefing cache, without a network or a client.
func BenchmarkCachedPages(b *testing.B) {
	benchmarkPages(b, Options{})
}

// BenchmarkUncachedPages is BenchmarkCachedPages with the in-memory
// briefing cache off: every request reads the stored briefing (built and
// stored by the first).
func BenchmarkUncachedPages(b *testing.B) {
	benchmarkPages(b, Options{BriefingCache: -1})
}

func benchmarkPages(b *testing.B, opts Options) {
	srv, _ := newTestServer(b, opts)
	h := srv.Config.Handler
	for _, path := range []string{"/stories/1", "/api/v1/stories/1/briefing"} {
		b.Run(path, func(b *testing.B) {
			// CPU per request, which unlike ns/op does not depend on
			// what else the shared machine runs.
			cpu := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
