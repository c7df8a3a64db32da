package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/storage"
)

// harbourWARC is a crawl that wget 1.21.3 wrote of a small site on the
// loopback: a home page, robots.txt, a directory listing, two articles,
// a 404, and wget's manifest, arguments and log as WARC records.
var harbourWARC = filepath.Join("..", "pagetype", "testdata", "harbour-weekly.warc.gz")

// TestIngestWARCSkipsNonArticles: a healthy crawl ingests with exit 0;
// its robots.txt, home page, listing and wget records are reported as
// skipped non-articles, not failures, and no story is made of them.
func TestIngestWARCSkipsNonArticles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	code, out, errOut := runCLI(t, db, "", "ingest", harbourWARC)
	if code != 0 {
		t.Fatalf("ingest exit %d, want 0\n%s%s", code, out, errOut)
	}
	if !strings.HasPrefix(out, "2 added (0 duplicates, 2 new stories), 0 unchanged, 5 skipped as not articles, 0 failed") {
		t.Errorf("stdout = %q", out)
	}
	for _, want := range []string{"robots page", "index page", "archive page (a metadata: record", "#record-18"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, out, errOut = runCLI(t, db, "", "stories", "--json")
	if code != 0 {
		t.Fatalf("stories exit %d: %s", code, errOut)
	}
	var stories []storage.Story
	if err := json.Unmarshal([]byte(out), &stories); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range stories {
		titles = append(titles, s.Title)
	}
	if len(stories) != 2 || strings.Contains(strings.Join(titles, "|"), "HTTP request") || strings.Contains(strings.Join(titles, "|"), "Harbour Weekly -") {
		t.Errorf("stories = %q, want the two articles only", titles)
	}

	// With --keep-non-articles the same crawl stores its other pages too.
	db = filepath.Join(t.TempDir(), "cc.db")
	code, out, errOut = runCLI(t, db, "", "ingest", "--keep-non-articles", harbourWARC)
	if strings.Contains(out, "5 skipped") || strings.HasPrefix(out, "2 added") {
		t.Errorf("--keep-non-articles: exit %d, stdout %q\n%s", code, out, errOut)
	}
}

func TestExtractSkipsNonArticles(t *testing.T) {
	code, out, errOut := runCLI(t, "", "", "extract", "--format", "jsonl", harbourWARC)
	if code != 0 {
		t.Fatalf("extract exit %d, want 0\n%s", code, errOut)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("extract wrote %d articles, want 2:\n%s", n, out)
	}
	if strings.Count(errOut, "skipped") != 5 {
		t.Errorf("stderr = %s, want 5 skipped pages", errOut)
	}
}
