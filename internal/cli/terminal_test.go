package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUntrustedNamesReachStderrEscaped ingests a file whose name holds a
// newline and an escape sequence, and a WARC whose bad record's target
// URI does: stderr gets one line per error, and no control character
// but the line ends.
func TestUntrustedNamesReachStderrEscaped(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "a\n\x1b[2Jerror: forged line\x1b]0;title\x07.txt")
	if err := os.WriteFile(evil, []byte{0, 1, 2, 3, 0xff}, 0o644); err != nil {
		t.Fatal(err)
	}
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 900\r\n\r\n<p>short</p>"
	warc := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\x1b[31m\u202e\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc"), []byte(warc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, errOut := runCLI(t, filepath.Join(t.TempDir(), "cc.db"), "", "ingest", dir)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "error: ") && !strings.HasPrefix(l, "crosscheck ingest: ") {
			t.Errorf("stderr line %q is not one of crosscheck's", l)
		}
		if strings.ContainsFunc(l, unsafeRune) {
			t.Errorf("stderr line %q holds a control character", l)
		}
	}
	if len(lines) != 3 || !strings.Contains(errOut, `a\n\x1b[2Jerror: forged line`) || !strings.Contains(errOut, `x.example/\x1b[31m\u202e`) {
		t.Errorf("stderr:\n%s\nwant the two errors with their names escaped, and the count", errOut)
	}
}

// FuzzTermSafe: nothing termSafe returns can act on a terminal or break
// a line, and clean text comes back as it was.
func FuzzTermSafe(f *testing.F) {
	for _, s := range []string{"plain name.txt", "a\n\x1b[2Jb", "\u202eevil", "\xff\xfe", "tab\there", "\x9b31m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := termSafe(s)
		if strings.ContainsFunc(got, unsafeRune) || strings.ContainsAny(got, "\n\r") {
			t.Fatalf("termSafe(%q) = %q", s, got)
		}
		if !strings.ContainsFunc(s, unsafeRune) && got != s {
			t.Fatalf("termSafe changed clean %q to %q", s, got)
		}
	})
}
