package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"crosscheck/internal/source"
)

func FuzzSnippetParts(f *testing.F) {
	for _, s := range []string{"", "plain", "a [hit] b", "[a][b]", "open [ never closed", "] [x", "…[Kim] met [Putin]…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, p := range snippetParts(s) {
			if p.Hit {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		if b.String() != s {
			t.Errorf("snippetParts(%q) rebuilds %q", s, b.String())
		}
	})
}

func FuzzStoryFilter(f *testing.F) {
	for _, q := range []string{"", "q=kim&outlet=Reuters", "since=2023-09-01&until=2023-09-30", "since=yesterday", "limit=0", "limit=99999999999999999999", "offset=-1", "q=%00%ff"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		sf, _, err := storyFilter(q)
		if err != nil {
			if !errors.Is(err, errBadRequest) {
				t.Errorf("storyFilter(%q): %v is not a bad request", raw, err)
			}
			return
		}
		if sf.Limit < 1 || sf.Limit > 500 || sf.Offset < 0 {
			t.Errorf("storyFilter(%q) = limit %d offset %d", raw, sf.Limit, sf.Offset)
		}
	})
}

// FuzzIngestBody sends arbitrary bodies to the ingest endpoint: every
// answer must be a JSON object with outcomes or an error, and no input may
// make the server fail with a 5xx.
func FuzzIngestBody(f *testing.F) {
	for _, s := range []struct{ ct, body string }{
		{"application/json", `{"pages":[{"origin":"a","content":"Title\nBody"}]}`},
		{"application/json", `{"urls":["http://x","file:///etc/passwd","/etc/passwd"]}`},
		{"application/json", `{"pages":[{"content":""}]}`},
		{"application/json", `[]`},
		{"multipart/form-data; boundary=X", "--X\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhello\r\n--X--\r\n"},
		{"multipart/form-data; boundary=X", "--X\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../a\"\r\n\r\nx\r\n--X--\r\n"},
		{"text/plain", "x"},
	} {
		f.Add(s.ct, s.body)
	}
	h, err := New(nil, Options{
		Logger:    slog.New(slog.DiscardHandler),
		MaxUpload: 1 << 16,
		Ingest: func(ctx context.Context, p source.Page) Outcome {
			return Outcome{Origin: p.Origin, Article: 1, Story: 1, Title: "t"}
		},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, contentType, body string) {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/ingest", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for %q %q: %s", rec.Code, contentType, body, rec.Body)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
			t.Fatalf("answer is not a JSON object: %v: %s", err, rec.Body)
		}
		_, hasErr := m["error"]
		_, hasOutcomes := m["outcomes"]
		if hasErr == hasOutcomes {
			t.Fatalf("answer %s has neither or both of error and outcomes", rec.Body)
		}
	})
}
