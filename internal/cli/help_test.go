package cli

import (
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"brief", "brief", 0},
		{"breif", "brief", 1}, // two letters swapped
		{"injest", "ingest", 1},
		{"sumarize", "summarize", 1},
		{"stories", "store", 2},
		{"", "demo", 4},
		{"naïve", "naive", 1},
	} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	names := commandNames()
	for _, tt := range []struct {
		typed string
		want  []string
	}{
		{"breif", []string{"brief"}},
		{"BRIEF", []string{"brief"}},
		{"stoires", []string{"stories"}},
		{"injest", []string{"ingest"}},
		{"sumarize", []string{"summarize"}},
		{"serv", []string{"serve"}},
		{"dmeo", []string{"demo"}},
		{"ver", []string{"version"}},
		{"extrct", []string{"extract"}},
		{"xyz", nil},
		{"b", nil},
		{"publish", nil},
	} {
		if got := suggest(tt.typed, names); !slices.Equal(got, tt.want) {
			t.Errorf("suggest(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

func TestTyposSuggest(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"breif"}, `crosscheck: unknown command "breif"; did you mean brief?`},
		{[]string{"nosuch"}, `crosscheck: unknown command "nosuch"` + "\n"},
		{[]string{"stories", "--limt", "3"}, "crosscheck stories: unknown flag --limt; did you mean --limit?"},
		{[]string{"brief", "1", "-fromat", "json"}, "crosscheck brief: unknown flag --fromat; did you mean --format?"},
		{[]string{"stories", "--limit", "x"}, `crosscheck stories: invalid value "x" for flag --limit`},
		{[]string{"eval", "clustr", "x.jsonl"}, `unknown stage "clustr"; did you mean cluster?`},
		{[]string{"--db", "x", "stories"}, "flags go after it: crosscheck COMMAND [flags]"},
	} {
		out, errOut, code := runCmd(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q on stderr", tt.args, code, out, errOut, tt.want)
		}
	}
}

// TestHelpShowsFlagsAsTheREADME checks every command's -h: on stdout, exit
// 0, each flag written --name as the README writes it, and examples of
// that command.
func TestHelpShowsFlagsAsTheREADME(t *testing.T) {
	singleDash := regexp.MustCompile(`(?m)^\s+-[a-z]`)
	for _, c := range commands() {
		for _, args := range [][]string{{c.name, "-h"}, {c.name, "--help"}, {"help", c.name}} {
			out, errOut, code := runCmd(t, args...)
			if code != 0 || errOut != "" {
				t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
				continue
			}
			if !strings.HasPrefix(out, "Usage: crosscheck "+c.name) {
				t.Errorf("%q: help does not begin with the usage line:\n%s", args, out)
			}
			if singleDash.MatchString(out) {
				t.Errorf("%q: a flag written with one dash:\n%s", args, out)
			}
			_, examples, ok := strings.Cut(out, "\nExamples:\n")
			if !ok {
				t.Errorf("%q: no examples:\n%s", args, out)
				continue
			}
			for _, ex := range strings.Split(strings.TrimSpace(examples), "\n") {
				if !strings.HasPrefix(strings.TrimSpace(ex), "crosscheck "+c.name) {
					t.Errorf("%q: example %q is not of this command", args, ex)
				}
			}
		}
	}
	out, _, _ := runCmd(t, "demo", "-h")
	for _, flag := range []string{"--export string", "--format string", "--keep", "--serve"} {
		if !strings.Contains(out, "\n  "+flag+"\n") {
			t.Errorf("demo -h lacks %q:\n%s", flag, out)
		}
	}
	if out, _, _ := runCmd(t, "ingest", "-h"); !strings.Contains(out, "\n  --db PATH\n") {
		t.Errorf("ingest -h does not show --db PATH:\n%s", out)
	}
}

func TestPlural(t *testing.T) {
	got := []string{plural(0, "story", "stories"), plural(1, "story", "stories"), plural(2, "new story", "new stories")}
	if diff := cmp.Diff([]string{"0 stories", "1 story", "2 new stories"}, got); diff != "" {
		t.Errorf("plural (-want +got):\n%s", diff)
	}
}

// TestCountsAgreeInNumber reads the counts ingest and demo print for one
// page and for the demo corpus (one copy, one story).
func TestCountsAgreeInNumber(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	_, errOut, code := runCmd(t, "demo")
	if want := "demo corpus: 8 pages ingested (1 duplicate, 1 story)"; code != 0 || !strings.Contains(errOut, want) {
		t.Errorf("demo: exit %d, stderr %q, want %q", code, errOut, want)
	}

	dir := t.TempDir()
	if _, _, code := runCmd(t, "demo", "--export", dir); code != 0 {
		t.Fatalf("demo --export: exit %d", code)
	}
	db := filepath.Join(t.TempDir(), "cc.db")
	code, out, errOut := runCLI(t, db, "", "ingest", filepath.Join(dir, "01-northwire.html"))
	if want := "1 added (0 duplicates, 1 new story), 0 unchanged, 0 skipped as not articles, 0 failed\n"; code != 0 || out != want {
		t.Errorf("ingest of one page: exit %d, %q (%s), want %q", code, out, errOut, want)
	}
	code, out, errOut = runCLI(t, db, "", "ingest", dir)
	if want := "7 added (1 duplicate, 0 new stories), 1 unchanged, 0 skipped as not articles, 0 failed\n"; code != 0 || out != want {
		t.Errorf("ingest of the rest: exit %d, %q (%s), want %q", code, out, errOut, want)
	}
}

func TestVersion(t *testing.T) {
	out, errOut, code := runCmd(t, "version")
	if code != 0 || !strings.HasPrefix(out, "crosscheck ") || !strings.HasSuffix(out, " "+runtime.Version()+"\n") {
		t.Errorf("version: exit %d, %q %q", code, out, errOut)
	}
	if again, _, _ := runCmd(t, "--version"); again != out {
		t.Errorf("--version = %q, want %q as version prints", again, out)
	}
	info := &debug.BuildInfo{Main: debug.Module{Path: "crosscheck", Version: "v0.3.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-12-04T17:00:00Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	want := "crosscheck v0.3.0 (revision 0123abcd with uncommitted changes, 2026-12-04T17:00:00Z) " + runtime.Version()
	if got := versionLine(info); got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
	if got, want := versionLine(nil), "crosscheck unknown (revision unknown) "+runtime.Version(); got != want {
		t.Errorf("versionLine(nil) = %q, want %q", got, want)
	}
}
