package cli

import (
	"bufio"
	"context"
	"flag"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

var readme = flag.Bool("readme", false, "clone the repository into a temporary directory and follow the README's Use section there to a served briefing (.ci/run does)")

// TestREADMEFromAFreshClone does what the README's "Use" section tells a
// newcomer, line by line, in a fresh clone of the repository's HEAD in a
// temporary directory: install the command, export the demo corpus,
// ingest it, list the stories, brief story 1 and serve it, then fetches
// the story page the README names and looks for the briefing on it.
// Nothing outside the clone is at hand: no ../shared, an empty home (so
// an empty default store), no CROSSCHECK_ variables, and Go's defaults
// with the module cache already filled (GOPROXY=off).
//
// Two things differ from a person at a terminal: serve listens on a free
// port instead of 8080, which another program on the machine may hold,
// and the lines run one by one under bash rather than typed.
func TestREADMEFromAFreshClone(t *testing.T) {
	if !*readme {
		t.Skip("no -readme: it clones the repository and builds crosscheck in the clone")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	root := strings.TrimSuffix(runIn(t, ctx, ".", nil, "go", "env", "GOMOD"), "/go.mod")
	head := runIn(t, ctx, root, nil, "git", "rev-parse", "HEAD")
	if dirty := runIn(t, ctx, root, nil, "git", "status", "--porcelain", "--untracked-files=no"); dirty != "" {
		t.Logf("the clone holds the commit %s; uncommitted changes are not in it", head)
	}
	tmp := t.TempDir()
	clone := filepath.Join(tmp, "crosscheck")
	runIn(t, ctx, tmp, nil, "git", "clone", "--quiet", root, clone)
	runIn(t, ctx, clone, nil, "git", "checkout", "--quiet", head)

	steps := useSteps(t, filepath.Join(clone, "README.md"))
	env := newcomerEnv(t, ctx, tmp)
	for _, line := range steps {
		cmdline := strings.TrimSpace(comment.ReplaceAllString(line, ""))
		t.Logf("$ %s", cmdline)
		if strings.HasPrefix(cmdline, "crosscheck serve") {
			m := readmeURL.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("the serve line names no http://127.0.0.1:8080 page to open: %q", line)
			}
			checkServed(t, ctx, clone, env, cmdline, m[1])
			continue
		}
		out := runIn(t, ctx, clone, env, "bash", "-c", cmdline)
		checkStep(t, cmdline, out, head)
	}
}

var (
	// comment is a shell comment after a README command.
	comment = regexp.MustCompile(`\s+#.*$`)
	// readmeURL is the page the README sends the reader to.
	readmeURL = regexp.MustCompile(`http://127\.0\.0\.1:8080(/\S*)`)
)

// useSteps reads the command lines of the README's "Use" section up to
// the one that serves, and checks they take a story the whole way.
func useSteps(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Use\n")
	if !ok {
		t.Fatal("the README has no \"## Use\" section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var steps []string
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "    ") {
			continue
		}
		steps = append(steps, strings.TrimSpace(line))
		if strings.HasPrefix(line, "    crosscheck serve") {
			break
		}
	}
	want := []string{"go install ./cmd/...", "crosscheck demo --export", "crosscheck ingest", "crosscheck stories", "crosscheck brief", "crosscheck serve"}
	next := 0
	for _, s := range steps {
		if next < len(want) && strings.HasPrefix(s, want[next]) {
			next++
		}
	}
	if next < len(want) {
		t.Fatalf("the README's Use section does not walk a story through %q (found %d of %q in order):\n%s", want[next], next, want, strings.Join(steps, "\n"))
	}
	return steps
}

// newcomerEnv is the environment of someone with Go and nothing of
// crosscheck's: a home of their own in dir, where go install puts the
// command on the PATH; only the module and build caches are shared with
// this process, so that nothing is downloaded.
func newcomerEnv(t *testing.T, ctx context.Context, dir string) []string {
	t.Helper()
	keep := map[string]string{}
	for _, k := range []string{"GOMODCACHE", "GOCACHE", "GOPATH"} {
		keep[k] = runIn(t, ctx, ".", nil, "go", "env", k)
	}
	home, bin := filepath.Join(dir, "home"), filepath.Join(dir, "bin")
	for _, d := range []string{home, bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GO") || strings.HasPrefix(k, "CROSSCHECK_") || strings.HasPrefix(k, "XDG_") || k == "HOME" || k == "PATH" || k == "PWD" {
			continue
		}
		env = append(env, kv)
	}
	for k, v := range keep {
		env = append(env, k+"="+v)
	}
	return append(env, "HOME="+home, "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GOENV=off", "GOFLAGS=", "GOTOOLCHAIN=local", "GOPROXY=off")
}

// checkStep holds a step's output to what the README says it does.
func checkStep(t *testing.T, cmdline, out, head string) {
	t.Helper()
	fields := strings.Fields(cmdline)
	if fields[0] != "crosscheck" || len(fields) < 2 {
		return
	}
	var want []string
	switch fields[1] {
	case "version":
		want = []string{"revision " + head}
	case "demo":
		want = []string{"8 pages of the demo story written to"}
	case "ingest":
		want = []string{"8 added (1 duplicate, 1 new story), 0 unchanged, 0 skipped as not articles, 0 failed"}
	case "stories":
		want = []string{"ID", "ARTICLES", "\n1 "}
	case "brief":
		want = []string{"Corran Star", "400 tonnes"}
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: output lacks %q:\n%s", cmdline, w, out)
		}
	}
}

// checkServed runs the serve line on a free port, fetches the page the
// README names and looks for the demo story's briefing on it, then stops
// the server as Ctrl-C would.
func checkServed(t *testing.T, ctx context.Context, dir string, env []string, cmdline, page string) {
	t.Helper()
	cmd := exec.CommandContext(ctx, "bash", "-c", "exec "+cmdline+" --addr 127.0.0.1:0")
	cmd.Dir, cmd.Env, cmd.Stderr = dir, env, os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGINT)
		if err := cmd.Wait(); err != nil {
			t.Errorf("%s after Ctrl-C: %v", cmdline, err)
		}
	}()
	listening := regexp.MustCompile(`serving on (http://\S+)`)
	sc := bufio.NewScanner(stdout)
	var base string
	for base == "" && sc.Scan() {
		if m := listening.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("%s never said where it listens", cmdline)
	}
	go io.Copy(io.Discard, stdout)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+page, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET %s: %s %s", page, resp.Status, resp.Header.Get("Content-Type"))
	}
	// The ship, and a conflict the corpus README promises: the briefing,
	// not an empty page or a list.
	for _, want := range []string{"Corran Star", "400 tonnes", "40,000 litres"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("GET %s: the page lacks %q", page, want)
		}
	}
	t.Logf("GET %s: %s, %d bytes with the briefing", page, resp.Status, len(body))
}

// runIn runs name with args in dir (env nil: this process's) and
// returns its trimmed standard output; a failure ends the test.
func runIn(t *testing.T, ctx context.Context, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return strings.TrimSpace(string(out))
}
