// Package sharedtest finds the evaluation data that lives outside the
// repository (../shared next to the checkout: the seed pages and the data
// sets) for tests. Where it is missing a test is skipped with the reason,
// except under CI=true, where a skip for missing data would hide a quality
// floor that did not run: there the test fails.
package sharedtest

import (
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

// Missing ends tb for want of the named data: a skip, or a failure under
// CI=true.
func Missing(tb testing.TB, what string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s is missing; CI runs every test (set CROSSCHECK_SHARED to the shared data directory)", what)
	}
	tb.Skipf("skipped: %s is missing (the shared data directory beside the checkout, or $CROSSCHECK_SHARED)", what)
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
