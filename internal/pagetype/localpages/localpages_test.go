package localpages

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const sum = "b16e15764b8bc06c5c3f9f19bc8b99fa48e7894aa5a6ccdad65da49bbf564793"

func TestParseManifest(t *testing.T) {
	for _, c := range []struct {
		name, text, wantErr string
		n                   int
	}{
		{"comments and blank lines", "# a manifest\n\ngo-404.txt\t" + sum + "\tgo-http\tnot-found\n", "", 1},
		{"three fields", "a.html\t" + sum + "\tfile\n", "line 1: want 4", 0},
		{"not a hash", "a.html\tabc\tfile\t/x\n", "not a SHA-256", 0},
		{"unknown way", "a.html\t" + sum + "\tftp\t/x\n", "unknown way", 0},
		{"named twice", "a\t" + sum + "\tfile\t/x\na\t" + sum + "\tfile\t/y\n", "line 2: a named twice", 0},
		{"empty what", "a\t" + sum + "\tfile\t\n", "empty name or what", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			es, err := ParseManifest(strings.NewReader(c.text))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("got error %v, want one saying %q", err, c.wantErr)
				}
				return
			}
			if err != nil || len(es) != c.n {
				t.Fatalf("got %d entries, %v; want %d", len(es), err, c.n)
			}
		})
	}
}

// TestGoAnswers: the bodies Go's net/http writes are made in this process,
// so they must match the manifest on every machine with this Go.
func TestGoAnswers(t *testing.T) {
	es, err := ReadManifest("../testdata/local.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if e.How != "go-http" {
			continue
		}
		n++
		if _, err := e.Fetch(t.Context()); err != nil {
			t.Error(err)
		}
	}
	if n == 0 {
		t.Fatal("no go-http entries in the manifest")
	}
}

func TestFetchSaysWhatIsMissing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	if err := os.WriteFile(path, []byte("404 page not found\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ok := Entry{Name: "p", Sum: sum, How: "file", What: path}
	if _, err := ok.Fetch(t.Context()); err != nil {
		t.Fatalf("same bytes: %v", err)
	}
	for _, e := range []Entry{
		{Name: "gone", Sum: sum, How: "file", What: filepath.Join(dir, "missing.html")},
		{Name: "changed", Sum: strings.Repeat("0", 64), How: "file", What: path},
	} {
		_, err := e.Fetch(t.Context())
		if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), e.Name) {
			t.Errorf("%s: got %v, want ErrUnavailable naming the page", e.Name, err)
		}
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add("# c\ngo-404.txt\t" + sum + "\tgo-http\tnot-found\n")
	f.Add("a\tb\tc\td\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := ParseManifest(strings.NewReader(text))
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Name == "" || len(e.Sum) != 64 {
				t.Fatalf("accepted %+v", e)
			}
		}
	})
}

// TestServerAnswers: every web server's answer in the manifest is made
// again, twice, with the same sum (ports, temporary directories and live
// counts hashed away); a machine without the server skips it, unless CI
// runs, which installs them.
func TestServerAnswers(t *testing.T) {
	es, err := ReadManifest("../testdata/local.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if e.How != "server" {
			continue
		}
		n++
		t.Run(e.Name, func(t *testing.T) {
			for range 2 {
				_, err := e.Fetch(t.Context())
				if errors.Is(err, ErrUnavailable) && os.Getenv("CI") == "" {
					t.Skip(err)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no server entries in the manifest")
	}
}

func TestServerAnswerNames(t *testing.T) {
	for _, what := range []string{"nginx", "caddy /", "apache"} {
		if _, _, err := serverAnswer(t.Context(), what); err == nil || !strings.Contains(err.Error(), "no server answer") {
			t.Errorf("%q: got %v, want an error naming no such answer", what, err)
		}
	}
}

// A server that exits before it answers is reported as such, not as a
// timeout of the wait for it to listen.
func TestServerThatExitsIsReported(t *testing.T) {
	bin, err := exec.LookPath("false")
	if err != nil {
		t.Skip("no false(1) to stand for a failing server")
	}
	servers["failing"] = server{
		binary:   bin,
		confName: "failing.conf",
		config:   func(string, int) string { return "" },
		args:     func(string) []string { return nil },
	}
	t.Cleanup(func() { delete(servers, "failing") })
	_, _, err = serverAnswer(t.Context(), "failing /news/")
	if err == nil || !strings.Contains(err.Error(), "exited before answering") {
		t.Fatalf("got %v, want an error saying the server exited", err)
	}
}
