package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	page := `<html lang="en"><head><title>Ferry timetable changes</title></head><body>
<article><h1>Ferry timetable changes</h1>
<p>The island ferry will run every forty minutes from Monday, the operator said, after complaints about crowded morning sailings.</p>
<p>Two extra crossings are added at peak times, and the last boat leaves the mainland half an hour later than before.</p>
</article></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "ferry.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "junk.bin"), []byte{0, 1, 2, 3, 0, 0, 7}, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, []string{"extract", "--format", "jsonl", dir})
	if code != 1 {
		t.Errorf("exit code = %d, want 1 for the junk file; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "junk.bin") {
		t.Errorf("stderr does not name the bad file:\n%s", stderr.String())
	}
	var got article.Article
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON article: %v\n%s", err, stdout.String())
	}
	want := article.Article{
		Origin:   filepath.Join(dir, "ferry.html"),
		Title:    "Ferry timetable changes",
		Language: "en",
		Text: "The island ferry will run every forty minutes from Monday, the operator said, after complaints about crowded morning sailings.\n\n" +
			"Two extra crossings are added at peak times, and the last boat leaves the mainland half an hour later than before.",
	}
	// The reader dates a file by its modification time.
	if got.FetchedAt.IsZero() {
		t.Error("FetchedAt is zero, want the file's modification time")
	}
	want.FetchedAt = got.FetchedAt
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extract output mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractCommandUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"extract"}, 2},
		{[]string{"extract", "--format", "xml", "x.html"}, 2},
		{[]string{"extract", "/nonexistent/page.html"}, 1},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
		if code := run(context.Background(), e, tt.args); code != tt.code {
			t.Errorf("%v: exit code %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr.String())
		}
	}
}

// TestExtractCommandURL fetches a page from a real local server: refused
// as a private address by default, read with --allow-private.
func TestExtractCommandURL(t *testing.T) {
	page := `<html lang="en"><head><title>Tram line extended</title></head><body><article><h1>Tram line extended</h1>
<p>The tram line will reach the hospital by spring, the transport authority said, after the last track section was laid this week.</p>
<p>Services every eight minutes are planned, with later evening trams on Fridays and Saturdays.</p></article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/tram" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	url := srv.URL + "/news/tram"

	var stdout, stderr bytes.Buffer
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	if code := run(context.Background(), e, []string{"extract", url}); code != 1 {
		t.Errorf("private address: exit code %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), url) {
		t.Errorf("refusal does not name the URL:\n%s", stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	if code := run(context.Background(), e, []string{"extract", "--allow-private", "--format", "jsonl", url}); code != 0 {
		t.Fatalf("--allow-private: exit code %d; stderr:\n%s", code, stderr.String())
	}
	var got article.Article
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON article: %v\n%s", err, stdout.String())
	}
	if got.Title != "Tram line extended" || got.URL != url || !strings.Contains(got.Text, "reach the hospital by spring") {
		t.Errorf("got title %q, URL %q, text %q", got.Title, got.URL, got.Text)
	}
}
