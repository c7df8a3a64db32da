package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/storage"
)

// TestIngestWARCAndFeed ingests a WARC.gz of two seed pages, one gzip
// member per record, and an RSS file whose items carry their text.
func TestIngestWARCAndFeed(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedsDir(t), "*.txt"))
	if err != nil || len(seeds) < 3 {
		t.Fatalf("seeds: %v", err)
	}
	dir := t.TempDir()
	var warc bytes.Buffer
	for i, seed := range seeds[:2] {
		text, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(text), text)
		zw := gzip.NewWriter(&warc)
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\nWARC-Date: 2023-09-05T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, len(http), http)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), warc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(seeds[2])
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, para := range strings.Split(string(text), "\n") {
		if para = strings.TrimSpace(para); len(para) > 80 {
			fmt.Fprintf(&body, "<p>%s</p>", para)
		}
	}
	rss := fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Seed story</title><link>https://wire.example/1</link><description><![CDATA[%s]]></description></item></channel></rss>`, body.String())
	if err := os.WriteFile(filepath.Join(dir, "wire.xml"), []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "cc.db")
	code, out, errOut := runCLI(t, db, "", "ingest", dir)
	if code != 0 || !strings.HasPrefix(out, "3 added") {
		t.Fatalf("ingest: exit %d %q %s", code, out, errOut)
	}
	st, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got []string
	err = st.EachArticle(context.Background(), func(a storage.StoredArticle) error {
		got = append(got, filepath.Base(a.Origin)+" "+a.URL)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	want := []string{"crawl.warc.gz#record-1 https://news.example/0", "crawl.warc.gz#record-2 https://news.example/1", "wire.xml#item-1 https://wire.example/1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

// TestIngestWARCGzipSkipsACorruptMember ingests a WARC.gz whose middle
// gzip member is corrupt: the record is reported with the file's name and
// the records after it are still stored.
func TestIngestWARCGzipSkipsACorruptMember(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedsDir(t), "*.txt"))
	if err != nil || len(seeds) < 3 {
		t.Fatalf("seeds: %v", err)
	}
	var members [][]byte
	for i, seed := range seeds[:3] {
		text, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(text), text)
		var m bytes.Buffer
		zw := gzip.NewWriter(&m)
		fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\nWARC-Date: 2023-09-05T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, len(http), http)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		members = append(members, m.Bytes())
	}
	corrupt := members[1]
	for i := 20; i < len(corrupt)-20; i += 7 {
		corrupt[i] ^= 0x5a
	}
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, bytes.Join(members, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "cc.db")
	code, out, errOut := runCLI(t, db, "", "ingest", path)
	if code != 1 || !strings.HasPrefix(out, "2 added") {
		t.Errorf("ingest: exit %d %q, want 2 added and a failure\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, path) {
		t.Errorf("the corrupt record's error does not name the file:\n%s", errOut)
	}
}
