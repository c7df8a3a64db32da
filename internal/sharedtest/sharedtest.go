// Package sharedtest finds what tests need from outside the repository:
// the evaluation data in ../shared next to the checkout (the seed pages and
// the data sets) and programs such as Chromium. Where one is missing a
// test is skipped with the reason, except under CI=true, where a skip
// would hide a quality floor that did not run: there the test fails.
//
// A skip is also announced once per 'go test' run on the go command's own
// standard error (notice.go), because 'go test ./...' prints nothing but
// "ok" for a package that passed, skips included.
package sharedtest

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Root is the shared directory: $CROSSCHECK_SHARED, or ../shared beside
// the module root. It is returned whether or not it exists.
func Root() string {
	if dir := os.Getenv("CROSSCHECK_SHARED"); dir != "" {
		return dir
	}
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared")
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		if filepath.Dir(dir) == dir {
			return filepath.Join(wd, "..", "shared")
		}
	}
}

// Path returns the path of parts under Root, and skips tb (fails it under
// CI=true) when that path does not exist.
func Path(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Root()}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		Missing(tb, p)
	}
	return p
}

// Glob returns the paths under Root matching pattern (parts joined), and
// skips tb (fails it under CI=true) when there are none.
func Glob(tb testing.TB, parts ...string) []string {
	tb.Helper()
	pattern := filepath.Join(append([]string{Root()}, parts...)...)
	paths, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatalf("bad pattern %s: %v", pattern, err)
	}
	if len(paths) == 0 {
		Missing(tb, pattern)
	}
	return paths
}

// Missing ends tb for want of the named data under Root: a skip, or a
// failure under CI=true.
func Missing(tb testing.TB, what string) {
	tb.Helper()
	first := what
	if rel, err := filepath.Rel(Root(), what); err == nil && filepath.IsLocal(rel) {
		first = rel
	}
	end(tb, "data", what+" is missing",
		"the shared data directory beside the checkout, or $CROSSCHECK_SHARED",
		fmt.Sprintf("the tests whose data is not in %s (first missing: %s; set CROSSCHECK_SHARED to the shared data directory)", Root(), first))
}

// Program returns path when it names an executable file, and otherwise
// skips tb (fails it under CI=true): for tests that drive a real program
// such as Chromium.
func Program(tb testing.TB, path string) string {
	tb.Helper()
	if info, err := os.Stat(path); err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
		Unavailable(tb, path, "is missing", "install it, e.g. apt-get install "+filepath.Base(path))
	}
	return path
}

// Unavailable ends tb for want of a program or service (what) the tests
// run against: a skip, or a failure under CI=true. problem says what is
// wrong with it ("is unreachable: ..."), remedy how to provide it.
func Unavailable(tb testing.TB, what, problem, remedy string) {
	tb.Helper()
	end(tb, what, what+" "+problem, remedy, fmt.Sprintf("the tests that need %s: it %s (%s)", what, problem, remedy))
}

// end skips tb (fails it under CI=true) because of problem. skipped says
// which tests are skipped and why, for the announcement, which is made
// once per kind and 'go test' run.
func end(tb testing.TB, kind, problem, remedy, skipped string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s; CI runs every test (%s)", problem, remedy)
	}
	announceSkip(kind, "crosscheck: skipping "+skipped+". CI=true makes this a failure; the README's \"Run the tests\" says what a full run needs, and go test -v lists every skip.")
	uncached(tb)
	tb.Skipf("skipped: %s (%s)", problem, remedy)
}

// Module returns the directory of a module of the build (a dependency's
// test fixtures are real pages: go-htmldate's mediacloud pages), and
// skips tb (fails it under CI=true) when the go command cannot find it.
func Module(tb testing.TB, path string) string {
	tb.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		if exec.Command("go", "mod", "download", path).Run() == nil {
			out, err = exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
			dir = strings.TrimSpace(string(out))
		}
	}
	if err != nil || dir == "" {
		Missing(tb, "module "+path)
	}
	return dir
}

// Gunzip reads a gzip-compressed file of the data sets (html.gz pages),
// failing tb on any error.
func Gunzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return data
}
