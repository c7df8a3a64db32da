package pagetype

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestStatusReasonPhrases: a server names an error by the reason
// phrase of its status ("Bad Request", "Method Not Allowed"), not only
// by "not found". The bodies are the ones Go's net/http writes itself,
// made here; a story whose headline says such a phrase over its text
// stays an article.
func TestStatusReasonPhrases(t *testing.T) {
	answer := func(h http.Handler) []byte {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		return rec.Body.Bytes()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /", func(http.ResponseWriter, *http.Request) {})
	slow := http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	badRequest := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, http.StatusText(http.StatusBadRequest), http.StatusBadRequest)
	})
	story := `<html><head><title>Not implemented: the harbour plan two years on</title></head><body>` +
		`<h1>Not implemented: the harbour plan two years on</h1>` +
		strings.Repeat("<p>Two years after the council approved the harbour plan, the new quay, the ferry shelter and the flood gates are still drawings, and the budget set aside for them has been spent on repairs.</p>", 5) +
		`</body></html>`
	for _, c := range []struct {
		name string
		page []byte
		want Type
	}{
		{"405 from a ServeMux (text)", answer(mux), Error},
		{"400 from http.Error (text)", answer(badRequest), Error},
		{"503 from a TimeoutHandler (HTML)", answer(http.TimeoutHandler(slow, time.Millisecond, "")), Error},
		{"a story headlined by a reason phrase", []byte(story), Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", c.page); got.Type != c.want {
				t.Errorf("got %s (%s) for %q, want %s", got.Type, got.Reason, c.page, c.want)
			}
		})
	}
}
