package cli

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// usage writes the list of commands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: crosscheck COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'crosscheck COMMAND -h' for a command's flags and examples.")
}

// lookup finds a command by name ("eval cluster" is eval's).
func lookup(name string) (command, bool) {
	name, _, _ = strings.Cut(name, " ")
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func commandNames() []string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return names
}

// commandHelp writes a command's help: how to call it, what it does, its
// flags written as the README writes them (--db), and examples.
func commandHelp(w io.Writer, fs *flag.FlagSet, argsHelp string) {
	line := "Usage: crosscheck " + fs.Name() + " [flags]"
	if argsHelp != "" {
		line += " " + argsHelp
	}
	fmt.Fprintln(w, line)
	c, ok := lookup(fs.Name())
	if ok {
		fmt.Fprintf(w, "\n%s%s.\n", strings.ToUpper(c.summary[:1]), c.summary[1:])
	}
	header := "\nFlags:\n"
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Fprint(w, header)
		header = ""
		kind, text := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if kind != "" {
			head += " " + kind
		}
		if d := defaultText(f, kind); d != "" {
			text += " (default " + d + ")"
		}
		fmt.Fprintf(w, "%s\n      %s\n", head, strings.ReplaceAll(text, "\n", "\n      "))
	})
	if ok && len(c.examples) > 0 {
		fmt.Fprintln(w, "\nExamples:")
		for _, ex := range c.examples {
			fmt.Fprintln(w, "  "+ex)
		}
	}
}

// defaultText is a flag's default as help shows it, or "" for a zero
// default, which goes without saying.
func defaultText(f *flag.Flag, kind string) string {
	switch f.DefValue {
	case "", "0", "false", "0s":
		return ""
	}
	if kind == "string" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

// undefinedFlag is how package flag reports a flag it does not know.
const undefinedFlag = "flag provided but not defined: -"

// singleDash finds flag names in package flag's messages ("for flag
// -words"), which the README writes with two dashes.
var singleDash = regexp.MustCompile(`(^|[\s:])-([A-Za-z])`)

// flagError rewrites a parse error of fs as the user should read it: the
// flags with two dashes, and for an unknown flag the ones it may mean.
func flagError(fs *flag.FlagSet, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, undefinedFlag); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		return fmt.Errorf("%w: unknown flag --%s%s", errUsage, name, didYouMean("--", suggest(name, names)))
	}
	return fmt.Errorf("%w: %s", errUsage, singleDash.ReplaceAllString(msg, "$1--$2"))
}
