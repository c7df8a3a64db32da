package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/brief"
	"crosscheck/internal/demo"
)

func TestDemoPrintsStoriesAndBriefing(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	code, out, errOut := runCLI(t, "", "", "demo")
	if code != 0 {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "demo corpus: 8 pages ingested") {
		t.Errorf("stderr does not report 8 pages ingested:\n%s", errOut)
	}
	if !regexp.MustCompile(`(?m)^ID\s+ARTICLES\s+OUTLETS`).MatchString(out) {
		t.Errorf("stdout has no story list:\n%s", out)
	}
	if !strings.Contains(out, "Corran Star") {
		t.Errorf("stdout never names the ship:\n%s", out)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Errorf("demo left %d entries in TMPDIR, want none without --keep", len(left))
	}
}

func TestDemoKeepLeavesAUsableStore(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	code, out, errOut := runCLI(t, "", "", "demo", "--keep", "--format", "json")
	if code != 0 {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	var b struct {
		Schema   string `json:"schema"`
		Headline string `json:"headline"`
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("--format json: stdout is not one JSON document: %v\n%s", err, out)
	}
	if b.Schema == "" || b.Headline == "" {
		t.Errorf("briefing lacks schema or headline: %+v", b)
	}
	m := regexp.MustCompile(`demo store kept at (\S+)`).FindStringSubmatch(errOut)
	if m == nil {
		t.Fatalf("--keep printed no store path:\n%s", errOut)
	}
	if filepath.Base(m[1]) != "crosscheck.db" {
		t.Errorf("kept store %q", m[1])
	}
	code, out, errOut = runCLI(t, m[1], "", "stories", "--json")
	if code != 0 || !strings.Contains(out, "Corran Star") && !strings.Contains(out, "Port Ardlow") {
		t.Errorf("stories on the kept store: exit %d\n%s%s", code, out, errOut)
	}
}

func TestDemoRejectsBadUsage(t *testing.T) {
	for _, args := range [][]string{{"demo", "--format", "pdf"}, {"demo", "extra"}} {
		if code, _, _ := runCLI(t, "", "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// intendedConflicts tells, for each conflict the demo corpus is written to
// hold, whether the briefing reports it, and lists the briefing's false
// conflicts: values of one side set against each other.
func intendedConflicts(t *testing.T, b *brief.Briefing) (found, missed, wrong []string) {
	t.Helper()
	want, err := demo.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range want {
		hit, bad := false, false
		for _, got := range b.Conflicts {
			var a, bb int
			for _, v := range got.Variants {
				switch {
				case matchesAny(v.Value, c.A):
					a++
				case matchesAny(v.Value, c.B):
					bb++
				}
			}
			hit = hit || a > 0 && bb > 0
			bad = bad || a > 1 || bb > 1
		}
		if hit {
			found = append(found, c.Name)
		} else {
			missed = append(missed, c.Name)
		}
		if bad {
			wrong = append(wrong, c.Name)
		}
	}
	return found, missed, wrong
}

// matchesAny tells whether a briefing's value states one of values: every
// word of the value, commas dropped, is a word of the briefing's, or a
// prefix of one either way ("l" for "litres").
func matchesAny(got string, values []string) bool {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(got, ",", "")))
	for _, v := range values {
		ok := true
		for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(v, ",", ""))) {
			ok = ok && slices.ContainsFunc(words, func(g string) bool {
				return strings.HasPrefix(g, w) || strings.HasPrefix(w, g)
			})
		}
		if ok {
			return true
		}
	}
	return false
}

// writeCorpus writes the demo pages, decompressed, into a directory.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for p, err := range demo.Pages() {
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(p.Origin, "demo/"), ".gz")
		if err := os.WriteFile(filepath.Join(dir, name), p.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBriefOfDemoCorpusNamesIntendedConflicts(t *testing.T) {
	code, out, errOut := runCLI(t, "", "", "brief", writeCorpus(t), "--format", "json")
	if code != 0 {
		t.Fatalf("brief exit %d\n%s", code, errOut)
	}
	var b brief.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("brief --format json: %v", err)
	}
	found, missed, falses := intendedConflicts(t, &b)
	t.Logf("intended conflicts found: %q; missed: %q", found, missed)
	if len(falses) > 0 {
		t.Errorf("briefing sets values that agree against each other in %q", falses)
	}
	for _, c := range b.Conflicts {
		var vs []string
		for _, v := range c.Variants {
			vs = append(vs, v.Value)
		}
		t.Logf("briefing conflict %s: %q", c.Kind, vs)
	}
}

func TestIntendedConflictsScoring(t *testing.T) {
	conflict := func(values ...string) brief.Conflict {
		var c brief.Conflict
		for _, v := range values {
			c.Variants = append(c.Variants, brief.Variant{Value: v})
		}
		return c
	}
	b := &brief.Briefing{Conflicts: []brief.Conflict{
		conflict("an estimated 40000 litres", "400 tonnes"),
		conflict("2 nautical miles", "3.7 kilometres"),
		conflict("on Monday night", "about 6,000 people"),
	}}
	found, missed, wrong := intendedConflicts(t, b)
	if diff := cmp.Diff([]string{"spill volume"}, found); diff != "" {
		t.Errorf("found (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"day of the grounding", "crew hurt", "distance offshore"}, missed); diff != "" {
		t.Errorf("missed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"distance offshore"}, wrong); diff != "" {
		t.Errorf("set against their own side (-want +got):\n%s", diff)
	}
}
