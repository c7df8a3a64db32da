package sharedtest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// 'go test ./...' keeps a passing package's output to itself and prints
// "ok", so a skip, however well worded, is read by nobody. These
// functions make a skip for missing data seen and not remembered:
//
//   - announce writes one line to the standard error of the go command
//     that runs the test binary (its parent, /proc/PPID/fd/2 on Linux),
//     once per kind of missing thing per 'go test' run: the first test
//     binary to need it leaves a marker in the go command's work
//     directory, which the go command removes when it exits.
//   - uncached keeps the go command from caching the package's result.
//     The test cache does not look again at files outside the module, so
//     a cached skip would be replayed as "ok (cached)" after the data
//     arrived, and the announcement would not be made again.
//
// Where any of this does not hold (not Linux, the test binary run by hand
// or through -exec, the go command's output sent to a file it did not open
// for appending) the skip stays a plain skip, listed by go test -v.

// workDir is the go command's work directory (…/go-buildNNN) when the
// test binary runs from it, as 'go test' runs it; otherwise "".
func workDir() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	dir := filepath.Dir(filepath.Dir(exe))
	if !strings.HasPrefix(filepath.Base(dir), "go-build") {
		return ""
	}
	return dir
}

// goStderr opens the standard error of the go command that started this
// test binary, or returns nil. A regular file not opened for appending
// is left alone: the go command writes it at its own offset and would
// overwrite the line.
func goStderr() *os.File {
	ppid := os.Getppid()
	comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", ppid))
	if err != nil || strings.TrimSpace(string(comm)) != "go" {
		return nil
	}
	fd := fmt.Sprintf("/proc/%d/fd/2", ppid)
	info, err := os.Stat(fd)
	if err != nil {
		return nil
	}
	if info.Mode().IsRegular() && !appending(fmt.Sprintf("/proc/%d/fdinfo/2", ppid)) {
		return nil
	}
	f, err := os.OpenFile(fd, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil
	}
	return f
}

// appending reads an fdinfo file's octal flags for O_APPEND.
func appending(fdinfo string) bool {
	f, err := os.Open(fdinfo)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "flags:"); ok {
			flags, err := strconv.ParseUint(strings.TrimSpace(v), 8, 64)
			return err == nil && flags&syscall.O_APPEND != 0
		}
	}
	return false
}

// announceSkip is announce; this package's own tests replace it.
var announceSkip = announce

var announced sync.Map // kind → struct{}: this binary's own once

// announce writes line to the go command's standard error, once per kind
// in this 'go test' run.
func announce(kind, line string) {
	if _, done := announced.LoadOrStore(kind, struct{}{}); done {
		return
	}
	dir := workDir()
	if dir == "" {
		return
	}
	marker := filepath.Join(dir, "crosscheck-skip-"+strings.NewReplacer("/", "_", " ", "_").Replace(kind))
	m, err := os.OpenFile(marker, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return // another package's test binary announced it already
	}
	m.Close()
	if f := goStderr(); f != nil {
		fmt.Fprintln(f, strings.Join(strings.Fields(line), " "))
		f.Close()
	}
}

// uncached keeps the package's result out of the go command's test
// cache. The cache key covers every directory a test changed into,
// wherever it is; the test binary's directory in the go command's work
// directory is gone by the next run, so the key never matches again.
// Changing directory affects the whole process, which t.Chdir refuses
// in parallel tests: those are left cached.
func uncached(tb testing.TB) {
	t, ok := tb.(*testing.T)
	dir := workDir()
	if !ok || dir == "" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	defer func() { _ = recover() }() // t.Chdir in a parallel test
	t.Chdir(filepath.Dir(exe))
}
