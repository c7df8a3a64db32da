package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
