package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkCachedPages measures the server's own cost of answering from
// a warm briefing cache, without a network or a client.
func BenchmarkCachedPages(b *testing.B) {
	srv, _ := newTestServer(b, Options{})
	h := srv.Config.Handler
	for _, path := range []string{"/stories/1", "/api/v1/stories/1/briefing"} {
		b.Run(path, func(b *testing.B) {
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
