package sharedtest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// recorder is a testing.TB that records how a test ended.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Skipf(format string, args ...any) {
	r.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// call runs f on a recorder in a goroutine of its own, as the testing
// package runs a test, so that Skipf and Fatalf can end it.
func call(f func(tb testing.TB)) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func TestMissingSkipsOrFailsUnderCI(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CROSSCHECK_SHARED", root)
	var notes []string
	announceSkip = func(kind, line string) { notes = append(notes, kind+": "+line) }
	t.Cleanup(func() { announceSkip = announce })

	var got string
	if r := call(func(tb testing.TB) { got = Path(tb, "seeds") }); r.skipped != "" || r.failed != "" || got != filepath.Join(root, "seeds") {
		t.Errorf("Path of a directory that is there = %q, skipped %q, failed %q", got, r.skipped, r.failed)
	}

	t.Setenv("CI", "")
	r := call(func(tb testing.TB) { Path(tb, "data", "clustering", "ecbplus.jsonl") })
	if !strings.Contains(r.skipped, "ecbplus.jsonl is missing") || r.failed != "" {
		t.Errorf("outside CI: skipped %q, failed %q; want a skip naming the file", r.skipped, r.failed)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "first missing: data/clustering/ecbplus.jsonl") {
		t.Errorf("announcements = %q, want one naming the file under the root", notes)
	}

	t.Setenv("CI", "true")
	r = call(func(tb testing.TB) { Glob(tb, "seeds", "*.txt") })
	if !strings.Contains(r.failed, "*.txt is missing; CI runs every test") || r.skipped != "" {
		t.Errorf("under CI=true: skipped %q, failed %q; want a failure", r.skipped, r.failed)
	}
	r = call(func(tb testing.TB) { Program(tb, filepath.Join(root, "seeds")) })
	if !strings.Contains(r.failed, "seeds is missing") {
		t.Errorf("Program of a directory under CI=true: failed %q, want a failure", r.failed)
	}
}
