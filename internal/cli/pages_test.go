package cli

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// testPages is extraction as cmd/crosscheck-pages passes it to Main.
var testPages = &Pages{
	Extract: func(ctx context.Context, p source.Page, keepNonArticles bool) (article.Article, error) {
		return extract.ExtractWith(ctx, p, extract.Options{KeepNonArticles: keepNonArticles})
	},
	MaxBytes:    extract.MaxPageBytes,
	MaxElements: extract.MaxElements,
	Faults:      []error{extract.ErrNoArticle, extract.ErrNotPage, extract.ErrTooLarge, extract.ErrTooDeep},
}

// TestHandOff runs command lines in a binary without extraction (what
// cmd/crosscheck is): the store is read there, and a command that reads
// pages is handed whole to crosscheck-pages before it does anything.
func TestHandOff(t *testing.T) {
	dir := writeFiles(t, storyFiles)
	db := filepath.Join(t.TempDir(), "cc.db")
	if code, _, errOut := runCLI(t, db, "", "ingest", "--quiet", dir); code != 0 {
		t.Fatalf("ingest with extraction: exit %d: %s", code, errOut)
	}
	_, want, _ := runCLI(t, db, "", "brief", "1", "--format", "json")

	tests := []struct {
		args     []string
		handedTo bool
	}{
		{[]string{"brief", "1", "--format", "json"}, false},
		{[]string{"brief", "1"}, false},
		{[]string{"stories"}, false},
		{[]string{"version"}, false},
		{[]string{"brief", "--format", "json", filepath.Join(dir, "a.txt")}, true},
		{[]string{"ingest", dir}, true},
		{[]string{"ingest", "-h"}, true},
		{[]string{"extract", filepath.Join(dir, "a.txt")}, true},
		{[]string{"summarize", dir}, true},
		{[]string{"serve", "--addr", "127.0.0.1:0"}, true},
		{[]string{"demo"}, true},
		{[]string{"watch", "--once", "feed.xml"}, true},
		{[]string{"worker"}, true},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		var handed []string
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(k string) string {
			if k == "CROSSCHECK_DB" {
				return db
			}
			return ""
		}, handOff: func(args []string) (int, error) {
			handed = args
			return 3, nil
		}}
		code := run(context.Background(), e, tt.args)
		if !tt.handedTo {
			if handed != nil || code != 0 {
				t.Errorf("%q: exit %d, handed off %q: %s", tt.args, code, handed, errOut.String())
			}
			continue
		}
		if diff := cmp.Diff(tt.args, handed); diff != "" || code != 3 || out.Len() > 0 || errOut.Len() > 0 {
			t.Errorf("%q: exit %d (want the handed-off command's 3), stdout %q, stderr %q; handed off (-want +got):\n%s", tt.args, code, out.String(), errOut.String(), diff)
		}
	}

	// The stored story's briefing is the same bytes without extraction.
	var out bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: func(k string) string {
		if k == "CROSSCHECK_DB" {
			return db
		}
		return ""
	}}
	if code := run(context.Background(), e, []string{"brief", "1", "--format", "json"}); code != 0 || out.String() != want {
		t.Errorf("brief 1 without extraction: exit %d, same output as with it: %v\n%s", code, out.String() == want, out.String())
	}
	// Without a way to hand off (and without extraction), a command that
	// reads pages says what it needs.
	out.Reset()
	if code := run(context.Background(), e, []string{"ingest", dir}); code != 1 || !strings.Contains(out.String(), "reads pages") {
		t.Errorf("ingest without extraction and no hand-off: exit %d: %s", code, out.String())
	}
}

// TestFindPagesCommand checks the error that names what is missing when
// crosscheck-pages is neither beside this executable nor on PATH.
func TestFindPagesCommand(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := findPagesCommand()
	if err == nil || !strings.Contains(err.Error(), "go install ./cmd/...") || !strings.Contains(err.Error(), PagesCommand) {
		t.Errorf("findPagesCommand() error = %v", err)
	}
}

// TestCrosscheckLinksNoExtraction keeps the read side's binary free of
// extraction: a command of package cli that imported extract again would
// bring go-dateparser's start-up back into every `crosscheck brief`.
func TestCrosscheckLinksNoExtraction(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "../../cmd/crosscheck").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "crosscheck/internal/extract" || strings.HasPrefix(pkg, "github.com/markusmobius/") {
			t.Errorf("cmd/crosscheck links %s; extraction belongs in cmd/crosscheck-pages (see Pages)", pkg)
		}
	}
}
