// Package cli implements crosscheck's subcommands. Each command lives in a
// file of its own; this file only dispatches.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// env is what a command may touch of the outside world, so that tests can
// run commands without a process of their own.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// pages is extraction, nil in a binary without it (see Pages).
	pages *Pages
	// handOff runs the whole command line with PagesCommand when a
	// command needs extraction and pages is nil; nil in tests.
	handOff func(args []string) (int, error)
}

type command struct {
	name     string
	summary  string
	examples []string
	run      func(ctx context.Context, e *env, args []string) error
}

// commands lists the subcommands in the order a newcomer meets them; each
// run function is in its own file.
func commands() []command {
	return []command{
		{"ingest", "read pages into the store and group them into stories", []string{
			"crosscheck ingest demo-pages              # a directory (crosscheck demo --export demo-pages writes one)",
			"crosscheck ingest --db news.db 'scrapes/*.html.gz' https://example.com/news/story.html",
		}, readsPages(runIngest)},
		{"stories", "list the stories in the store", []string{
			"crosscheck stories",
			"crosscheck stories -q 'fuel spill' --outlet Northwire --json",
			"crosscheck stories --sort outlets --limit 20   # top (default), newest or outlets",
		}, runStories},
		{"brief", "print a story's briefing (a story id, or paths to brief directly)", []string{
			"crosscheck brief 1                        # story 1 of the store, Markdown",
			"crosscheck brief --format html a.html b.txt > briefing.html",
		}, runBrief},
		{"summarize", "print the cited summary of pages, one sentence a line", []string{
			"crosscheck summarize --words 60 demo-pages",
			"crosscheck summarize a.html b.txt",
		}, readsPages(runSummarize)},
		{"extract", "reduce pages to clean articles, without a store", []string{
			"crosscheck extract page.html",
			"crosscheck extract --format markdown demo-pages",
		}, readsPages(runExtract)},
		{"serve", "serve the stories as web pages and a JSON API", []string{
			"crosscheck serve                          # http://127.0.0.1:8080",
			"crosscheck serve --db news.db --addr 127.0.0.1:9000 --read-only",
		}, readsPages(runServe)},
		{"demo", "brief a built-in corpus in a temporary store, or write it out as files", []string{
			"crosscheck demo",
			"crosscheck demo --export demo-pages       # then: crosscheck ingest demo-pages",
		}, readsPages(runDemo)},
		{"eval", "score a stage on a labelled set: eval cluster FILE.jsonl, eval align DIR", []string{
			"crosscheck eval cluster labelled.jsonl",
			"crosscheck eval cluster --holdout --seeds 1,2,3 labelled.jsonl",
			"crosscheck eval align ../shared/data/alignment  # ECB+ same-fact pairs and conflicts",
		}, runEval},
		{"worker", "ingest pages from a NATS JetStream queue into a shared store", []string{
			"crosscheck worker --nats nats://127.0.0.1:4222 --db postgres://127.0.0.1:5432/test",
		}, readsPages(runWorker)},
		{"watch", "poll RSS/Atom feeds and ingest their new items", []string{
			"crosscheck watch https://example.com/feed.xml",
			"crosscheck watch --once --db news.db world.xml https://example.com/business/rss",
		}, readsPages(runWatch)},
		{"reanalyze", "analyse again the stored articles whose analysis older rules made", []string{
			"crosscheck reanalyze --db news.db          # resumable: stop it any time, run it again",
		}, runReanalyze},
		{"version", "print crosscheck's version and the revision it was built from", []string{
			"crosscheck version",
		}, runVersion},
	}
}

// errUsage marks an error in how the command was called; it exits 2.
var errUsage = errors.New("usage")

// Main runs the command line args and returns the process exit code.
// pages is extraction, or nil in a binary that does not link it: the
// commands that read pages are then run by PagesCommand.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, pages *Pages) int {
	// A worker or server stopped by its supervisor (SIGTERM) finishes
	// cleanly, as on Ctrl-C.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, pages: pages, handOff: handOff}
	return run(ctx, e, args)
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 {
			// "crosscheck help brief" is "crosscheck brief -h".
			return run(ctx, e, []string{args[1], "-h"})
		}
		usage(e.stdout)
		return 0
	case "-version", "--version":
		args = []string{"version"}
	}
	c, ok := lookup(args[0])
	if !ok || strings.Contains(args[0], " ") {
		name := strings.TrimLeft(args[0], "-")
		if strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(e.stderr, "crosscheck: unknown flag %s before a command; flags go after it: crosscheck COMMAND [flags]\n", args[0])
		} else {
			fmt.Fprintf(e.stderr, "crosscheck: unknown command %q%s\n", args[0], didYouMean("", suggest(name, commandNames())))
		}
		fmt.Fprintln(e.stderr, "Run 'crosscheck help' for the list of commands.")
		return 2
	}
	err := c.run(ctx, e, args[1:])
	if errors.Is(err, errNeedsPages) {
		if e.handOff == nil {
			err = fmt.Errorf("%w, and this binary has no extraction: run it with %s", err, PagesCommand)
		} else if code, herr := e.handOff(args); herr != nil {
			err = herr
		} else {
			return code
		}
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "crosscheck %s: %s\n", c.name, termSafe(strings.TrimPrefix(err.Error(), errUsage.Error()+": ")))
		fmt.Fprintf(e.stderr, "Run 'crosscheck %s -h' for its flags and examples.\n", c.name)
		return 2
	default:
		printError(e.stderr, "crosscheck "+c.name+": ", err)
		return 1
	}
}

// newFlags returns a command's flag set. Its help (-h) goes to e.stdout;
// parse errors are left to parseFlags, which words them.
func newFlags(e *env, name, argsHelp string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stdout)
	fs.Usage = func() { commandHelp(fs.Output(), fs, argsHelp) }
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("crosscheck brief 1 --format json").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := parseQuietly(fs, args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.Usage()
				return nil, err
			}
			return nil, flagError(fs, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// parseQuietly parses args without package flag's own messages and help.
func parseQuietly(fs *flag.FlagSet, args []string) error {
	out, help := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = help }()
	return fs.Parse(args)
}

// parseNoArgs parses args for a command that takes flags only.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: %s takes no arguments, got %q", errUsage, fs.Name(), rest)
	}
	return nil
}
