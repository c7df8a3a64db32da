package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/demo"
	"crosscheck/internal/extract"
)

// TestSummarizeExtractsPages summarizes each demo page, HTML pages and
// text dumps with their site chrome, and holds every sentence printed to
// the page's extracted article: no script, no markup, none of the chrome
// the corpus README lists (the Evening Post's footer "© 2026 Ardlow
// Evening Post" was once its summary).
func TestSummarizeExtractsPages(t *testing.T) {
	dir := t.TempDir()
	paths, err := demo.Export(dir)
	if err != nil {
		t.Fatal(err)
	}
	checks, err := demo.Checks()
	if err != nil {
		t.Fatal(err)
	}
	chrome := map[string][]string{}
	for _, c := range checks {
		if c.Kind == "Chrome" {
			chrome[c.File] = append(chrome[c.File], c.Text)
		}
	}
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			page, err := demo.Page(name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Extract(context.Background(), page)
			if err != nil {
				t.Fatal(err)
			}
			article := strings.Join(strings.Fields(a.Title+" "+a.Text), " ")
			out, errOut, code := runCmd(t, "summarize", "--words", "300", path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) < 2 {
				t.Errorf("a summary of %d sentences, want several:\n%s", len(lines), out)
			}
			for _, l := range lines {
				if !strings.Contains(article, l) {
					t.Errorf("sentence not in the extracted article: %q", l)
				}
				if strings.ContainsAny(l, "<>{}©") {
					t.Errorf("markup, script or a footer in the summary: %q", l)
				}
			}
			for _, c := range chrome[name] {
				if strings.Contains(out, c) {
					t.Errorf("chrome %q in the summary:\n%s", c, out)
				}
			}
		})
	}
}

// TestSummarizeReadsADirectory summarizes the whole demo corpus, HTML,
// gzipped HTML and text dumps, as brief reads it.
func TestSummarizeReadsADirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := demo.Export(dir); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCmd(t, "summarize", "--words", "60", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := len(strings.Fields(out)); n == 0 || n > 60 {
		t.Errorf("%d words, want 1 to 60:\n%s", n, out)
	}
	if !strings.Contains(out, "Corran Star") {
		t.Errorf("the summary never names the ship:\n%s", out)
	}
}
