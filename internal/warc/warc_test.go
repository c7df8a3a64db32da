package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/source"
)

// record renders one WARC record.
func record(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nWARC-Date: 2023-09-05T10:11:12Z\r\n", typ, len(block))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	if contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func chunked(data []byte) []byte {
	var b bytes.Buffer
	for len(data) > 0 {
		n := min(len(data), 7)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, data[:n])
		data = data[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

const article = "<html><head><title>Kim</title></head><body><p>Kim left Pyongyang.</p></body></html>"

// sample returns the records of a small crawl: what each holds is said
// by its URL.
func sample(t testing.TB) [][]byte {
	gzBody := gz(t, []byte(article))
	return [][]byte{
		record("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		record("request", "http://a.example/news", "application/http; msgtype=request", []byte("GET /news HTTP/1.1\r\nHost: a.example\r\n\r\n")),
		record("response", "http://a.example/news", "application/http; msgtype=response",
			append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), chunked(gzBody)...)),
		record("response", "http://a.example/missing", "application/http; msgtype=response", []byte("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnope")),
		record("response", "http://a.example/logo.png", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG")),
		record("resource", "<http://b.example/page>", "text/html", []byte(article)),
	}
}

type got struct {
	Origin, URL, Charset, Data string
	FetchedAt                  time.Time
	Err                        string
}

func readAll(t testing.TB, name string, data []byte) []got {
	t.Helper()
	var out []got
	for p, err := range Pages(context.Background(), name, bytes.NewReader(data), 0) {
		if err != nil {
			out = append(out, got{Err: err.Error()})
			continue
		}
		out = append(out, got{Origin: p.Origin, URL: p.URL, Charset: p.Charset, Data: string(p.Data), FetchedAt: p.FetchedAt})
	}
	return out
}

func TestPagesPlainAndGzipped(t *testing.T) {
	recs := sample(t)
	when := time.Date(2023, 9, 5, 10, 11, 12, 0, time.UTC)
	want := []got{
		{Origin: "crawl#record-3", URL: "http://a.example/news", Charset: "iso-8859-1", Data: article, FetchedAt: when},
		{Origin: "crawl#record-6", URL: "http://b.example/page", Data: article, FetchedAt: when},
	}
	plain := bytes.Join(recs, nil)
	var members []byte
	for _, r := range recs {
		members = append(members, gz(t, r)...)
	}
	for name, data := range map[string][]byte{"plain": plain, "one gzip member per record": members, "one gzip member": gz(t, plain)} {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(want, readAll(t, "crawl", data)); diff != "" {
				t.Errorf("pages (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPagesRecoverFromBadRecords(t *testing.T) {
	recs := sample(t)
	good := record("resource", "http://c.example/", "text/html", []byte(article))

	// A gzip member with a broken deflate stream between two good ones.
	bad := gz(t, recs[2])
	bad[len(bad)/2] ^= 0xff
	bad[len(bad)/2+1] ^= 0xff
	first := gz(t, recs[5])
	gzFile := append(append(append([]byte{}, first...), bad...), gz(t, good)...)

	// Junk where a plain record's header should be.
	plainFile := append(append(append([]byte{}, recs[5]...), []byte("GARBAGE LINE\r\nmore junk\r\n")...), good...)

	// A record whose block ends before its Content-Length.
	truncated := append(append([]byte{}, recs[5]...), good[:len(good)-30]...)

	tests := []struct {
		name  string
		data  []byte
		pages []string // URLs read
		errs  []string // substrings of the one error
	}{
		{"corrupt gzip member", gzFile, []string{"http://b.example/page", "http://c.example/"}, []string{"crawl.warc.gz: offset " + fmt.Sprint(len(first)) + ": corrupt"}},
		{"junk between records", plainFile, []string{"http://b.example/page", "http://c.example/"}, []string{"crawl.warc.gz: offset " + fmt.Sprint(len(recs[5])), "expected a WARC/1.x version line"}},
		{"truncated record", truncated, []string{"http://b.example/page"}, []string{"crawl.warc.gz: record 2 at offset " + fmt.Sprint(len(recs[5])), "truncated record"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var urls []string
			var errs []string
			for _, g := range readAll(t, "crawl.warc.gz", tt.data) {
				if g.Err != "" {
					errs = append(errs, g.Err)
				} else {
					urls = append(urls, g.URL)
				}
			}
			if diff := cmp.Diff(tt.pages, urls); diff != "" {
				t.Errorf("pages read (-want +got):\n%s", diff)
			}
			if len(errs) != 1 {
				t.Fatalf("errors = %q, want one", errs)
			}
			for _, sub := range tt.errs {
				if !strings.Contains(errs[0], sub) {
					t.Errorf("error %q does not contain %q", errs[0], sub)
				}
			}
		})
	}
}

// TestPagesOverBrokenStream reads a WARC.gz through a multistream gzip
// reader, as a caller that decompresses first does: a corrupt member then
// breaks the stream for good, and the reader must stop with an error
// rather than report it forever.
func TestPagesOverBrokenStream(t *testing.T) {
	recs := sample(t)
	bad := gz(t, recs[2])
	bad[len(bad)/2] ^= 0xff
	bad[len(bad)/2+1] ^= 0xff
	file := append(append(gz(t, recs[5]), bad...), gz(t, recs[5])...)
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	var pages, errs int
	for _, err := range Pages(context.Background(), "crawl.warc.gz", zr, 0) {
		if err != nil {
			errs++
		} else {
			pages++
		}
		if errs > 10 {
			t.Fatal("errors go on and on")
		}
	}
	if pages < 1 || errs < 1 {
		t.Errorf("%d pages and %d errors, want the first page and an error", pages, errs)
	}
}

func TestPagesThroughSourceReader(t *testing.T) {
	data := bytes.Join(sample(t), nil)
	r := &source.Reader{
		Stdin: bytes.NewReader(gz(t, data)),
		Container: func(ctx context.Context, origin string, kind source.Kind, r io.Reader) iter.Seq2[source.Page, error] {
			return Pages(ctx, origin, r, 0)
		},
	}
	var kinds []string
	for p, err := range r.Pages(context.Background(), []string{"-"}) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, p.Origin+" "+p.Kind.String())
	}
	if diff := cmp.Diff([]string{"standard input#record-3 html", "standard input#record-6 html"}, kinds); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

func FuzzPages(f *testing.F) {
	recs := sample(f)
	f.Add(bytes.Join(recs, nil))
	f.Add(gz(f, recs[2]))
	f.Add(recs[2][:len(recs[2])/2])
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for p, err := range Pages(context.Background(), "fuzz", bytes.NewReader(data), 1<<20) {
			if err == nil && len(p.Data) > 1<<20 {
				t.Fatalf("page of %d bytes exceeds the limit", len(p.Data))
			}
		}
	})
}

// TestPagesTruncatedHTTPBody: a body shorter than its HTTP Content-Length
// is an error, unless the record says the crawler cut it (WARC-Truncated).
func TestPagesTruncatedHTTPBody(t *testing.T) {
	msg := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 999\r\n\r\n" + article)
	cut := record("response", "http://a.example/cut", "application/http; msgtype=response", msg)
	marked := bytes.Replace(cut, []byte("WARC-Type: response\r\n"), []byte("WARC-Type: response\r\nWARC-Truncated: length\r\n"), 1)
	got := readAll(t, "crawl", append(append([]byte{}, cut...), marked...))
	if len(got) != 2 || !strings.Contains(got[0].Err, "record 1 at offset 0 (http://a.example/cut): reading HTTP body: truncated") || got[1].Data != article {
		t.Errorf("got %+v", got)
	}
}

// TestPagesResyncAfterOverstatedLength: an uncompressed record whose
// Content-Length claims more than its block runs into the records after
// it; the reader reports that record and finds the next on its WARC/1.
// line, so the records after it are read (as the .warc.gz form does).
func TestPagesResyncAfterOverstatedLength(t *testing.T) {
	recs := sample(t)
	second := record("resource", "http://c.example/", "text/html", []byte(article))
	third := record("resource", "http://d.example/", "text/html", []byte(article))
	for _, over := range []int{40, len(second) + 10, 1 << 20} {
		t.Run(fmt.Sprint(over), func(t *testing.T) {
			lying := bytes.Replace(recs[5], []byte(fmt.Sprintf("Content-Length: %d", len(article))), []byte(fmt.Sprintf("Content-Length: %d", len(article)+over)), 1)
			data := bytes.Join([][]byte{lying, second, third}, nil)
			var urls, errs []string
			for _, g := range readAll(t, "crawl.warc", data) {
				if g.Err != "" {
					errs = append(errs, g.Err)
				} else {
					urls = append(urls, g.URL)
				}
			}
			if diff := cmp.Diff([]string{"http://c.example/", "http://d.example/"}, urls); diff != "" {
				t.Errorf("pages read (-want +got):\n%s", diff)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "record 1") || !strings.Contains(errs[0], "Content-Length") {
				t.Errorf("errors = %q, want one about record 1's Content-Length", errs)
			}
		})
	}
}
