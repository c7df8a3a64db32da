package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func gzipBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

type result struct {
	Origin, Kind, Err string
}

func collect(t *testing.T, r *Reader, inputs ...string) []result {
	t.Helper()
	var out []result
	for p, err := range r.Pages(context.Background(), inputs) {
		if err != nil {
			out = append(out, result{Err: err.Error()})
			continue
		}
		out = append(out, result{Origin: p.Origin, Kind: p.Kind.String()})
	}
	return out
}

func TestReaderMixedJunkDirectory(t *testing.T) {
	dir := t.TempDir()
	html := []byte("<!doctype html><html><head><title>T</title></head><body><p>Body text.</p></body></html>")
	good := writeFile(t, dir, "a-good.html", html)
	gz := writeFile(t, dir, "b-page.html.gz", gzipBytes(t, html))
	full := gzipBytes(t, bytes.Repeat(html, 50))
	truncated := writeFile(t, dir, "c-truncated.html.gz", full[:len(full)/2])
	binary := writeFile(t, dir, "d-image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	empty := writeFile(t, dir, "e-empty.txt", nil)
	text := writeFile(t, dir, "f-dump.txt", []byte("Share this\n\nA story about something that happened.\n"))
	writeFile(t, dir, ".hidden/x.txt", []byte("skipped"))
	badgz := writeFile(t, dir, "g-notgzip.gz", []byte("\x1f\x8b\x63\x00 junk that is not a deflate stream"))

	got := collect(t, &Reader{}, dir)
	want := []result{
		{Origin: good, Kind: "html"},
		{Origin: gz, Kind: "html"},
		{Err: truncated + ": truncated compressed data: unexpected EOF"},
		{Err: binary + ": binary content, not HTML or text"},
		{Err: empty + ": empty file"},
		{Origin: text, Kind: "text"},
		{Err: badgz + ": not valid gzip: gzip: invalid header"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

func TestReaderJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"url":"https://example.com/a","html":"<html><body><p>A</p></body></html>","fetched_at":"2023-09-04T18:43:00Z"}`,
		`not json`,
		``,
		`{"url":"https://example.com/b","text":"Headline\n\nBody of the text page."}`,
		`{"url":"https://example.com/c"}`,
		`{"url":"https://example.com/d","text":"x","fetched_at":"yesterday"}`,
	}, "\n")
	path := writeFile(t, dir, "pages.jsonl", []byte(lines))
	var pages []Page
	var errs []string
	for p, err := range (&Reader{}).Pages(context.Background(), []string{path}) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		pages = append(pages, p)
	}
	if len(pages) != 2 {
		t.Fatalf("got %d pages, want 2 (errors: %v)", len(pages), errs)
	}
	if pages[0].URL != "https://example.com/a" || pages[0].Kind != KindHTML || pages[0].FetchedAt.IsZero() || pages[0].Origin != path+":1" {
		t.Errorf("first page = %+v", pages[0])
	}
	if pages[1].Kind != KindText || pages[1].Origin != path+":4" {
		t.Errorf("second page = %+v", pages[1])
	}
	wantErrs := []string{
		path + ":2: not a JSON object",
		path + `:5: record has neither "html" nor "text"`,
		path + `:6: fetched_at: unrecognised time "yesterday"`,
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], w)
		}
	}
}

func TestReaderSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "big.txt", bytes.Repeat([]byte("word "), 1000))
	bomb := writeFile(t, dir, "bomb.txt.gz", gzipBytes(t, bytes.Repeat([]byte("a"), 1<<20)))
	r := &Reader{MaxPageSize: 1000}
	for _, path := range []string{big, bomb} {
		var gotErr error
		for _, err := range r.Pages(context.Background(), []string{path}) {
			gotErr = err
		}
		if !errors.Is(gotErr, ErrTooLarge) || !strings.Contains(gotErr.Error(), path) {
			t.Errorf("%s: error = %v, want ErrTooLarge naming the file", path, gotErr)
		}
	}
}

func TestReaderGlobStdinAndMissing(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("First page text."))
	b := writeFile(t, dir, "b.txt", []byte("Second page text."))
	r := &Reader{Stdin: strings.NewReader("<html><body><p>From stdin</p></body></html>")}
	got := collect(t, r, filepath.Join(dir, "*.txt"), "-", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "*.none"), "https://example.com/")
	want := []result{
		{Origin: a, Kind: "text"},
		{Origin: b, Kind: "text"},
		{Origin: "standard input", Kind: "html"},
		{Err: "reading " + filepath.Join(dir, "missing.txt") + ": stat " + filepath.Join(dir, "missing.txt") + ": no such file or directory"},
		{Err: "pattern " + filepath.Join(dir, "*.none") + ": no files match"},
		{Err: "https://example.com/: URL inputs need a fetcher"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

func TestReaderUTF16BecomesUTF8(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "u.txt", utf16le("Новости дня: a page in UTF-16.", true))
	for p, err := range (&Reader{}).Pages(context.Background(), []string{path}) {
		if err != nil {
			t.Fatal(err)
		}
		if got := string(p.Data); got != "Новости дня: a page in UTF-16." {
			t.Errorf("data = %q", got)
		}
	}
}

// FuzzPages feeds arbitrary bytes through the reader as standard input:
// whatever the content (gzip, JSONL, junk), it yields pages or errors that
// name the input, and never panics.
func FuzzPages(f *testing.F) {
	f.Add([]byte(`{"url":"https://example.com/a","html":"<p>x</p>","fetched_at":"2023-09-04T18:43:00Z"}` + "\n{bad\n"))
	f.Add([]byte("<html><body><p>text</p></body></html>"))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Add([]byte("plain text page\n\nwith paragraphs"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Reader{Stdin: bytes.NewReader(data), MaxPageSize: 1 << 20}
		for p, err := range r.Pages(context.Background(), []string{"-"}) {
			if err != nil {
				if !strings.HasPrefix(err.Error(), "standard input") {
					t.Errorf("error does not name the input: %v", err)
				}
				continue
			}
			if p.Kind != KindHTML && p.Kind != KindText {
				t.Errorf("page of kind %v yielded", p.Kind)
			}
			if !strings.HasPrefix(p.Origin, "standard input") {
				t.Errorf("origin %q", p.Origin)
			}
		}
	})
}

// TestReaderJSONLLongFirstLine: a JSONL of real pages has a first line
// far over the sniffed head; it is read as JSONL, plain and gzipped.
func TestReaderJSONLLongFirstLine(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("<p>A paragraph of the article, long enough to matter.</p>", 600) // ~34 KB
	lines := `{"url":"https://example.com/a","html":"<html><body>` + body + `</body></html>"}` + "\n" +
		`{"url":"https://example.com/b","text":"Headline\n\nBody."}` + "\n"
	for name, data := range map[string][]byte{"pages.jsonl": []byte(lines), "pages.jsonl.gz": gzipBytes(t, []byte(lines))} {
		got := collect(t, &Reader{}, writeFile(t, dir, name, data))
		path := filepath.Join(dir, name)
		want := []result{{Origin: path + ":1", Kind: "html"}, {Origin: path + ":2", Kind: "text"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	// One long line that is not JSON after all stays a text page.
	text := "{" + strings.Repeat("not json at all ", 1000)
	got := collect(t, &Reader{}, writeFile(t, dir, "brace.txt", []byte(text)))
	if diff := cmp.Diff([]result{{Origin: filepath.Join(dir, "brace.txt"), Kind: "text"}}, got); diff != "" {
		t.Errorf("brace.txt (-want +got):\n%s", diff)
	}
}
