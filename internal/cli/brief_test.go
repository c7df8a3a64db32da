package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/brief"
)

func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var storyFiles = map[string]string{
	"a.txt": "Bridge falls in storm\n\nThe old bridge over the river collapsed on Tuesday after heavy rain. Two cars fell into the water and both drivers were rescued.\n",
	"b.txt": "River bridge collapses\n\nHeavy rain brought down the old bridge over the river on Tuesday. Firefighters rescued two drivers whose cars fell into the water.\n",
}

func TestBriefPaths(t *testing.T) {
	dir := writeFiles(t, storyFiles)
	out, errOut, code := runCmd(t, "brief", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var b brief.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if b.Schema != brief.SchemaVersion || b.Headline != "Bridge falls in storm" || len(b.Outlets) != 2 || len(b.Summary) == 0 {
		t.Errorf("briefing = %+v", b)
	}

	out, _, code = runCmd(t, "brief", dir)
	if code != 0 || !strings.HasPrefix(out, "# Bridge falls in storm\n") || !strings.Contains(out, "## Summary") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
	out, _, code = runCmd(t, "brief", "--format", "csv", dir)
	header, _, _ := strings.Cut(out, "\n")
	if code != 0 || header != "fact,status,text,clause,unknown outlet (a.txt),unknown outlet (b.txt)" {
		t.Errorf("csv: exit %d\n%s", code, out)
	}
}

func TestBriefErrors(t *testing.T) {
	dir := writeFiles(t, storyFiles)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no arguments", []string{"brief"}, 2, "give a story id or pages"},
		{"bad format", []string{"brief", "--format", "pdf", dir}, 2, `unknown --format "pdf"`},
		{"missing file", []string{"brief", filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := runCmd(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	dir := writeFiles(t, storyFiles)
	out, errOut, code := runCmd(t, "summarize", "--words", "15", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 || len(strings.Fields(out)) > 15 {
		t.Errorf("summary of at most 15 words, one sentence a line:\n%s", out)
	}
	for _, l := range lines {
		if strings.Contains(l, "Bridge falls in storm") {
			t.Errorf("headline taken as a sentence: %q", l)
		}
	}
	for _, args := range [][]string{{"summarize"}, {"summarize", "--words", "0", dir}} {
		if _, _, code := runCmd(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if _, errOut, code := runCmd(t, "summarize", filepath.Join(dir, "missing.txt")); code != 1 || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

func TestBriefCountsCopiesOnce(t *testing.T) {
	files := map[string]string{
		"a.txt": storyFiles["a.txt"],
		"b.txt": storyFiles["b.txt"],
		"c.txt": storyFiles["a.txt"], // a verbatim copy of a.txt
	}
	dir := writeFiles(t, files)
	out, errOut, code := runCmd(t, "brief", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var b brief.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	var copied []brief.Copy
	for _, o := range b.Outlets {
		copied = append(copied, o.Copies...)
	}
	if len(copied) != 1 || copied[0].Article != 3 || copied[0].Of != 1 {
		t.Errorf("copies = %+v, want c.txt (3) copying a.txt (1)", copied)
	}
	for _, f := range append(append(b.Agreed, b.Partial...), b.Single...) {
		for _, o := range f.Outlets {
			if o == "c.txt" {
				t.Errorf("fact %s counts the copy as evidence: %v", f.ID, f.Outlets)
			}
		}
	}
}

func TestBriefStoredStory(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": storyFiles["a.txt"],
		"b.txt": storyFiles["b.txt"],
		// The same article with other page chrome: stored as a copy.
		"c.txt": storyFiles["a.txt"] + "\nShare this\n",
	})
	db := filepath.Join(t.TempDir(), "store.db")
	if _, errOut, code := runCmd(t, "ingest", "--quiet", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	out, errOut, code := runCmd(t, "stories", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errOut)
	}
	var stories []struct{ ID, Articles, Duplicates int64 }
	if err := json.Unmarshal([]byte(out), &stories); err != nil || len(stories) == 0 {
		t.Fatalf("stories: %v\n%s", err, out)
	}
	var copied int64
	for _, s := range stories {
		out, errOut, code = runCmd(t, "brief", "--db", db, "--format", "json", fmt.Sprint(s.ID))
		if code != 0 {
			t.Fatalf("brief %d: exit %d: %s", s.ID, code, errOut)
		}
		var b brief.Briefing
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatal(err)
		}
		if b.Story.ID != s.ID || len(b.Summary) == 0 {
			t.Errorf("briefing of story %d = %+v", s.ID, b)
		}
		// Written from the stored encoding, byte for byte what the
		// renderer writes of the decoded briefing.
		var rendered strings.Builder
		if err := brief.RenderJSON(&rendered, &b); err != nil {
			t.Fatal(err)
		}
		if rendered.String() != out {
			t.Errorf("story %d: stored JSON differs from RenderJSON's:\n%s", s.ID, cmp.Diff(rendered.String(), out))
		}
		var articles, copies int64
		for _, o := range b.Outlets {
			articles += int64(len(o.Articles))
			copies += int64(len(o.Copies))
		}
		if articles != s.Articles || copies != s.Duplicates {
			t.Errorf("story %d: briefing lists %d articles and %d copies, the store %d and %d", s.ID, articles, copies, s.Articles, s.Duplicates)
		}
		copied += copies
	}
	if copied != 1 {
		t.Errorf("%d copies briefed, want c.txt only", copied)
	}

	if _, errOut, code := runCmd(t, "brief", "--db", db, "999"); code != 1 || !strings.Contains(errOut, "999") {
		t.Errorf("unknown story: exit %d, %q", code, errOut)
	}
}
