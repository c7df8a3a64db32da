package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestSkipsTheStoreInItsDirectory ingests a directory that holds
// the store itself (and its WAL files): the store is not read as a page,
// and naming it outright is refused with what it is.
func TestIngestSkipsTheStoreInItsDirectory(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cc.db")
	page := "Dam bursts in Derna\n\nFloods swept through the city of Derna on Monday after two dams burst, officials said."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		code, out, errOut := runCLI(t, db, "", "ingest", dir)
		if code != 0 || strings.Contains(out+errOut, "cc.db") {
			t.Fatalf("ingest of the store's directory: exit %d %q %q", code, out, errOut)
		}
	}
	code, _, errOut := runCLI(t, db, "", "ingest", db)
	if code == 0 || !strings.Contains(errOut, "is the store") {
		t.Errorf("ingest of the store file: exit %d %q, want a refusal naming the store", code, errOut)
	}
}

// TestMaxPageSizeSaysWhatExtractionTakes: the flag's default and help
// are the extractor's real limits, not a larger size it would refuse.
func TestMaxPageSizeSaysWhatExtractionTakes(t *testing.T) {
	_, out, errOut := runCLI(t, "", "", "ingest", "-h")
	for _, want := range []string{"extraction refuses pages over 16777216 bytes", "(default 16777216)"} {
		if !strings.Contains(out+errOut, want) {
			t.Errorf("ingest -h lacks %q:\n%s%s", want, out, errOut)
		}
	}
}
