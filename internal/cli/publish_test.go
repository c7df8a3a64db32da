package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/queue/queuetest"
)

// TestPublishCountsDuplicatesApart publishes the same pages twice to a
// real JetStream stream: the second time the server drops them all as
// duplicates, and ingest --nats says so instead of counting them
// published.
func TestPublishCountsDuplicatesApart(t *testing.T) {
	natsURL, stream := queuetest.Stream(t)
	dir := t.TempDir()
	for i := range 20 {
		text := fmt.Sprintf("Page %d\n\nThe text of page %d, which says something of its own.", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for run, want := range []string{
		"20 published to " + stream + ", 0 already on the queue, 0 failed",
		"0 published to " + stream + ", 20 already on the queue, 0 failed",
	} {
		code, out, errOut := runCLI(t, "", "", "ingest", "--nats", natsURL, "--stream", stream, dir)
		if code != 0 || strings.TrimSpace(out) != want {
			t.Errorf("run %d: exit %d %q %s; want %q", run+1, code, out, errOut, want)
		}
	}
}
