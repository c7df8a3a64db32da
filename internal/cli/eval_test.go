package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runForTest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

func TestEvalCluster(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.jsonl")
	lines := []string{
		`{"id":"1","event":"quake","topic":"t","text":"A magnitude 6.1 earthquake struck Lorca in Murcia, Spain, killing nine people."}`,
		`{"id":"2","event":"quake","topic":"t","text":"Nine people died when an earthquake hit the Spanish town of Lorca in Murcia."}`,
		`{"id":"3","event":"rehab","topic":"u","text":"Actress Tara Reid checked into the Promises Treatment Center in Malibu, her publicist said."}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runForTest(t, "eval", "cluster", path, "--seeds", "1,2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"topic F1", "mean", "3 articles, 2 events"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalClusterErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id":"1","text":"x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no stage", []string{"eval"}, 2, "eval cluster FILE.jsonl"},
		{"no file", []string{"eval", "cluster"}, 2, "want one FILE.jsonl"},
		{"bad seeds", []string{"eval", "cluster", bad, "--seeds", "1,x"}, 2, `"x" is not a seed`},
		{"missing file", []string{"eval", "cluster", "/nonexistent.jsonl"}, 1, "/nonexistent.jsonl"},
		{"no event", []string{"eval", "cluster", bad}, 1, `bad.jsonl: line 1 (id "1"): no "event"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runForTest(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}
