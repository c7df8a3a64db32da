package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// Pages is what the commands that read pages (ingest, extract, brief and
// summarize of pages, serve, demo, watch, worker) take of package
// extract. The binary that links extraction, crosscheck-pages, passes it
// to Main; crosscheck itself passes nil and hands those commands to
// crosscheck-pages (handOff).
//
// Why two binaries: a Go package's init runs in every binary that links
// it, whatever the command, and extraction links go-trafilatura →
// go-htmldate → go-dateparser, whose init compiles the regular
// expressions of its 200 locales (about 0.25 s of CPU and 78 MB on every
// start, up to a second on a busy machine; GODEBUG=inittrace=1). The
// commands that only read the store (brief of a stored story, stories,
// reanalyze, eval, version) need none of it, and a stored briefing is
// read in a fraction of that.
type Pages struct {
	// Extract reduces a page to its article; keepNonArticles extracts
	// the pages the page-type decision refuses too.
	Extract func(ctx context.Context, p source.Page, keepNonArticles bool) (article.Article, error)
	// MaxBytes and MaxElements are the limits extraction holds whatever
	// a command's flags say.
	MaxBytes, MaxElements int
	// Faults are the errors of a page itself, which reading it again
	// cannot change.
	Faults []error
}

// PagesCommand is the executable that runs the commands reading pages,
// looked for beside crosscheck first, then on PATH.
const PagesCommand = "crosscheck-pages"

// errNeedsPages is returned by a command that reads pages when this
// binary has no extraction; run hands the command line to PagesCommand.
var errNeedsPages = errors.New("reads pages")

// readsPages marks a command that extracts pages: without extraction in
// this binary it stops before doing anything, so that the command line
// can be run again whole by PagesCommand.
func readsPages(run func(context.Context, *env, []string) error) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		if e.pages == nil {
			return errNeedsPages
		}
		return run(ctx, e, args)
	}
}

// handOff runs the command line args with PagesCommand in place of this
// process (execve: the same process id, standard streams and signals,
// so a supervisor or a shell sees no difference). Where that fails
// (Windows has no execve) it runs it as a child and returns its exit
// code.
func handOff(args []string) (int, error) {
	path, err := findPagesCommand()
	if err != nil {
		return 0, err
	}
	_ = syscall.Exec(path, append([]string{path}, args...), os.Environ()) // returns only on failure
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), nil
		}
		return 0, fmt.Errorf("running %s: %w", path, err)
	}
	return 0, nil
}

// findPagesCommand finds PagesCommand beside this executable (go install
// ./cmd/... puts the two together, so they are of one build), else on
// PATH.
func findPagesCommand() (string, error) {
	self, err := os.Executable()
	if err == nil {
		p := filepath.Join(filepath.Dir(self), PagesCommand)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, nil
		}
	}
	if p, err := exec.LookPath(PagesCommand); err == nil {
		return p, nil
	}
	where := "on PATH"
	if self != "" {
		where = fmt.Sprintf("beside %s or on PATH", self)
	}
	return "", fmt.Errorf("this command reads pages, which %s does, and no %s was found %s; install both with: go install ./cmd/... (or run %s in its place)", PagesCommand, PagesCommand, where, PagesCommand)
}
