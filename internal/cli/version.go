package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func runVersion(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(info))
	return nil
}

// versionLine says which crosscheck this is: the module version ("(devel)"
// when built from a checkout), the VCS revision and its time when the
// build recorded them (go build and go install do, go run does not), and
// the Go release that built it.
func versionLine(info *debug.BuildInfo) string {
	version, revision, when, modified := "unknown", "", "", false
	if info != nil {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	var parts []string
	if revision == "" {
		parts = append(parts, "revision unknown")
	} else {
		r := "revision " + revision
		if modified {
			r += " with uncommitted changes"
		}
		parts = append(parts, r)
	}
	if when != "" {
		parts = append(parts, when)
	}
	return fmt.Sprintf("crosscheck %s (%s) %s", version, strings.Join(parts, ", "), runtime.Version())
}
