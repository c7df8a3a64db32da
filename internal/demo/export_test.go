package demo

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/source"
)

// TestExportReadsBackAsThePages exports the corpus and reads the files as
// 'crosscheck ingest DIR' would: the same pages, of the same kinds.
func TestExportReadsBackAsThePages(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pages")
	paths, err := Export(dir)
	if err != nil {
		t.Fatal(err)
	}
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(names) {
		t.Fatalf("exported %d files, want %d", len(paths), len(names))
	}
	read := map[string]source.Page{}
	for p, err := range (&source.Reader{}).Pages(context.Background(), []string{dir}) {
		if err != nil {
			t.Fatal(err)
		}
		read[filepath.Base(p.Origin)] = p
	}
	for _, name := range names {
		want, err := Page(name)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := read[name]
		if !ok {
			t.Errorf("%s: not read back from %s", name, dir)
			continue
		}
		if got.Kind != want.Kind || !bytes.Equal(got.Data, want.Data) {
			t.Errorf("%s: read back as %v, %d bytes; want %v, %d bytes", name, got.Kind, len(got.Data), want.Kind, len(want.Data))
		}
	}
	if _, err := Export(dir); err != nil {
		t.Errorf("exporting again into the same directory: %v", err)
	}
}

// TestExportKeepsOtherFiles refuses to overwrite a file that is not the
// demo page of that name, and writes nothing then.
func TestExportKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	last := filepath.Join(dir, names[len(names)-1])
	if err := os.WriteFile(last, []byte("my own notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(dir); err == nil || !strings.Contains(err.Error(), last) {
		t.Fatalf("Export over a file of its own = %v, want an error naming %s", err, last)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files in the directory after the refusal, want only the user's", len(entries))
	}
	if data, _ := os.ReadFile(last); string(data) != "my own notes" {
		t.Errorf("the user's file now holds %q", data)
	}
}
