package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/sharedtest"
	"crosscheck/internal/storage"
)

// runCLI runs one command line against a store in dir and returns its
// exit code, stdout and stderr.
func runCLI(t *testing.T, db string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{pages: testPages, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(k string) string {
		if k == "CROSSCHECK_DB" {
			return db
		}
		return ""
	}}
	code := run(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

// seedsDir is where the shared seed pages sit beside the repository.
func seedsDir(t *testing.T) string {
	t.Helper()
	return sharedtest.Path(t, "seeds")
}

func TestIngestIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	seeds := seedsDir(t)
	code, out, errOut := runCLI(t, db, "", "ingest", seeds)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s%s", code, out, errOut)
	}
	if !strings.HasPrefix(out, "5 added") {
		t.Errorf("first ingest: %q, want 5 added", out)
	}
	code, out, errOut = runCLI(t, db, "", "ingest", seeds)
	if code != 0 || !strings.HasPrefix(out, "0 added (0 duplicates, 0 new stories), 5 unchanged, 0 skipped as not articles, 0 failed") {
		t.Errorf("second ingest exit %d: %q %s", code, out, errOut)
	}
}

func TestSeedsFormOneStory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	if code, out, errOut := runCLI(t, db, "", "ingest", "--quiet", seedsDir(t)); code != 0 {
		t.Fatalf("ingest exit %d: %s%s", code, out, errOut)
	}
	code, out, errOut := runCLI(t, db, "", "stories", "--json")
	if code != 0 {
		t.Fatalf("stories exit %d: %s", code, errOut)
	}
	var stories []storage.Story
	if err := json.Unmarshal([]byte(out), &stories); err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Articles != 5 || stories[0].Outlets != 5 {
		t.Errorf("stories = %+v, want one story of 5 articles from 5 outlets", stories)
	}
}

// stories --sort ranks as the store does; a short error page is listed
// last whatever the order, and marked.
func TestStoriesSort(t *testing.T) {
	dir := t.TempDir()
	notFound := filepath.Join(dir, "404.html")
	page := "<!doctype html><html><head><title>Page not found</title></head><body><main><h1>Page not found</h1><p>Sorry, the page you asked for does not exist.</p></main></body></html>"
	if err := os.WriteFile(notFound, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "cc.db")
	// The error page is stored first and later than the seeds were
	// published, so that by newest it would lead were it not thin. Ingest
	// skips error pages as not articles; --keep-non-articles stores it,
	// as a thin page that passed the page-type decision would be.
	for _, in := range []string{notFound, seedsDir(t)} {
		if code, out, errOut := runCLI(t, db, "", "ingest", "--quiet", "--keep-non-articles", in); code != 0 {
			t.Fatalf("ingest %s exit %d: %s%s", in, code, out, errOut)
		}
	}
	for _, order := range []string{"top", "newest", "outlets"} {
		code, out, errOut := runCLI(t, db, "", "stories", "--sort", order)
		if code != 0 {
			t.Fatalf("stories --sort %s exit %d: %s", order, code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 3 || !strings.HasSuffix(lines[2], "Page not found (one short page)") || strings.Contains(lines[1], "short page") {
			t.Errorf("stories --sort %s:\n%s\nwant the seeds' story, then the error page, marked", order, out)
		}
	}
	code, _, errOut := runCLI(t, db, "", "stories", "--sort", "conflicts")
	if code != 2 || !strings.Contains(errOut, "use one of top, newest, outlets") {
		t.Errorf("stories --sort conflicts: exit %d, %q; want exit 2 naming the orders", code, errOut)
	}
}

func TestIngestJunkKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "cc.db")
	page := "<!doctype html><html><head><title>Harbour reopens after storm</title></head><body><article><h1>Harbour reopens after storm</h1>" +
		strings.Repeat("<p>The harbour of the town reopened on Tuesday after a storm closed it for three days, the port authority said in a statement.</p>", 4) +
		"</article></body></html>"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(page, 20)))
	zw.Close()
	files := map[string][]byte{
		"good.html":         []byte(page),
		"truncated.html.gz": gz.Bytes()[:gz.Len()/2],
		"binary.txt":        {0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3},
		"empty.txt":         nil,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCLI(t, db, "", "ingest", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for a batch with failures", code)
	}
	if !strings.HasPrefix(out, "1 added") || !strings.Contains(out, "3 failed") {
		t.Errorf("stdout = %q, want 1 added and 3 failed", out)
	}
	for _, want := range []string{
		filepath.Join(dir, "truncated.html.gz") + ": truncated",
		filepath.Join(dir, "binary.txt") + ": binary content",
		filepath.Join(dir, "empty.txt") + ": empty file",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, out, _ = runCLI(t, db, "", "stories")
	if code != 0 || !strings.Contains(out, "Harbour reopens after storm") {
		t.Errorf("stories after a junk batch: exit %d\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	for _, args := range [][]string{{"nosuch"}, {"ingest"}, {"stories", "extra"}, {"ingest", "--nosuchflag", "x"}} {
		if code, _, _ := runCLI(t, db, "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	for _, name := range []string{"stories", "serve", "worker", "demo"} {
		code, _, errOut := runCLI(t, db, "", name, "extra")
		if want := name + " takes no arguments"; code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%s extra: exit %d, stderr %q, want 2 and %q", name, code, errOut, want)
		}
	}
	if code, out, _ := runCLI(t, db, "", "help"); code != 0 || !strings.Contains(out, "ingest") {
		t.Errorf("help: exit %d %q", code, out)
	}
}
