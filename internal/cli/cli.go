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
	"sort"
	"syscall"
)

// env is what a command may touch of the outside world, so that tests can
// run commands without a process of their own.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists the subcommands; each run function is in its own file.
func commands() []command {
	return []command{
		{"ingest", "read pages into the store and group them into stories", runIngest},
		{"stories", "list the stories in the store", runStories},
		{"brief", "print a story's briefing (a story id, or paths to brief directly)", runBrief},
		{"summarize", "print an extractive summary of plain-text documents", runSummarize},
		{"extract", "reduce pages to clean articles, without a store", runExtract},
		{"demo", "brief a built-in corpus in a temporary store", runDemo},
		{"eval", "score a stage on a labelled set: eval cluster FILE.jsonl, eval align DIR", runEval},
		{"serve", "serve the stories as web pages and a JSON API", runServe},
		{"worker", "ingest pages from a NATS JetStream queue into a shared store", runWorker},
		{"watch", "poll RSS/Atom feeds and ingest their new items", runWatch},
	}
}

// errUsage marks an error in how the command was called; it exits 2.
var errUsage = errors.New("usage")

// Main runs the command line args and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// A worker or server stopped by its supervisor (SIGTERM) finishes
	// cleanly, as on Ctrl-C.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	return run(ctx, e, args)
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "crosscheck %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(e.stderr, "crosscheck %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "crosscheck: unknown command %q\n", args[0])
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: crosscheck COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'crosscheck COMMAND -h' for a command's flags.")
}

// newFlags returns a flag set that reports errors to e.stderr rather than
// exiting.
func newFlags(e *env, name, argsHelp string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: crosscheck %s [flags] %s\n", name, argsHelp)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("crosscheck brief 1 --format json").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
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
