package web

import (
	"bytes"
	"compress/gzip"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCRC32Combine(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 100, 65535, 65536, 200_000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		for _, cut := range []int{0, n / 3, n} {
			a, b := data[:cut], data[cut:]
			got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b)))
			if want := crc32.ChecksumIEEE(data); got != want {
				t.Errorf("%d bytes cut at %d: combined %08x, want %08x", n, cut, got, want)
			}
		}
	}
}

// TestPagePartsGzip checks that a page spliced from a stored compressed
// part is one valid gzip member of the page (gzip.Reader checks the
// CRC-32 and length), and the same page written plain.
func TestPagePartsGzip(t *testing.T) {
	long := strings.Repeat("<li>a fact, &amp; its refs</li>\n", 5000) // > 65535: several stored blocks
	for _, tc := range []struct{ before, frag, after string }{
		{"<html><body>", "<p>briefing</p>", "</body></html>"},
		{"", "", ""},
		{long, long + "x", long},
		{"before", long, ""},
	} {
		f, err := compressFragment([]byte(tc.frag))
		if err != nil {
			t.Fatal(err)
		}
		stored, ok := decodeFragment(f.encode())
		if !ok {
			t.Fatal("encoded fragment does not decode")
		}
		p := pageParts{before: []byte(tc.before), after: []byte(tc.after), frag: stored}
		want := tc.before + tc.frag + tc.after
		var gz, plain bytes.Buffer
		if err := p.writeGzip(&gz); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(&gz)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("reading the spliced gzip: %v", err)
		}
		if string(got) != want {
			t.Errorf("gzip page of %d bytes: got %d bytes, not the page", len(want), len(got))
		}
		if gz.Len() != 0 {
			t.Errorf("%d bytes after the gzip member", gz.Len())
		}
		if err := p.writePlain(&plain); err != nil {
			t.Fatal(err)
		}
		if plain.String() != want {
			t.Errorf("plain page of %d bytes: got %d bytes, not the page", len(want), plain.Len())
		}
		if p.size() != int64(len(want)) || p.crc() != crc32.ChecksumIEEE([]byte(want)) {
			t.Errorf("size %d crc %08x, want %d %08x", p.size(), p.crc(), len(want), crc32.ChecksumIEEE([]byte(want)))
		}
	}
	if _, ok := decodeFragment([]byte("<p>a plain fragment stored by an earlier build</p>")); ok {
		t.Error("a plain fragment decoded as compressed")
	}
}

func TestAcceptsGzipAndETag(t *testing.T) {
	for h, want := range map[string]bool{
		"": false, "gzip": true, "gzip, deflate, br": true, "br;q=1.0, gzip;q=0.8": true, "deflate": false,
		"gzip;q=0": false, "*": true, "identity, *;q=0": false, "GZIP": true,
	} {
		if got := acceptsGzip(h); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", h, got, want)
		}
	}
	for h, want := range map[string]bool{
		`W/"1-2"`: true, `"1-2"`: true, `"0-0", W/"1-2"`: true, `*`: true, `W/"1-3"`: false, ``: false,
	} {
		if got := matchesETag(h, `W/"1-2"`); got != want {
			t.Errorf("matchesETag(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestStoredPageEncodings asks for the story page and the briefing, with
// and without the cache, plain, gzip and again with the entity tag: the
// same bytes either way, and 304 when the tag matches.
func TestStoredPageEncodings(t *testing.T) {
	for _, cache := range []int{0, -1} {
		srv, _ := newTestServer(t, Options{BriefingCache: cache})
		for _, path := range []string{"/stories/1", "/api/v1/stories/1/briefing"} {
			plainResp, plain := getWith(t, srv.URL+path, map[string]string{"Accept-Encoding": "identity"})
			gzResp, gz := getWith(t, srv.URL+path, map[string]string{"Accept-Encoding": "gzip"})
			if plainResp.StatusCode != 200 || gzResp.StatusCode != 200 {
				t.Fatalf("cache %d, %s: status %d and %d", cache, path, plainResp.StatusCode, gzResp.StatusCode)
			}
			if ce := gzResp.Header.Get("Content-Encoding"); ce != "gzip" {
				t.Fatalf("cache %d, %s: Content-Encoding %q with gzip accepted", cache, path, ce)
			}
			if ce := plainResp.Header.Get("Content-Encoding"); ce != "" {
				t.Errorf("cache %d, %s: Content-Encoding %q without gzip accepted", cache, path, ce)
			}
			zr, err := gzip.NewReader(strings.NewReader(gz))
			if err != nil {
				t.Fatal(err)
			}
			unzipped, err := io.ReadAll(zr)
			if err != nil {
				t.Fatalf("cache %d, %s: %v", cache, path, err)
			}
			if diff := cmp.Diff(plain, string(unzipped)); diff != "" {
				t.Errorf("cache %d, %s: gzip and plain differ (-plain +gzip):\n%s", cache, path, diff)
			}
			tag := gzResp.Header.Get("ETag")
			if tag == "" || tag != plainResp.Header.Get("ETag") {
				t.Errorf("cache %d, %s: ETag %q gzip, %q plain", cache, path, tag, plainResp.Header.Get("ETag"))
			}
			again, body := getWith(t, srv.URL+path, map[string]string{"Accept-Encoding": "gzip", "If-None-Match": tag})
			if again.StatusCode != http.StatusNotModified || body != "" {
				t.Errorf("cache %d, %s with its ETag: status %d, %d bytes; want 304, none", cache, path, again.StatusCode, len(body))
			}
			other, _ := getWith(t, srv.URL+path, map[string]string{"Accept-Encoding": "gzip", "If-None-Match": `W/"00000000-0"`})
			if other.StatusCode != 200 {
				t.Errorf("cache %d, %s with another ETag: status %d", cache, path, other.StatusCode)
			}
		}
	}
}

// getWith GETs url with the given headers; an Accept-Encoding set here
// keeps the client from decompressing, so the body is as sent.
func getWith(t *testing.T, url string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp, readBody(t, resp)
}
