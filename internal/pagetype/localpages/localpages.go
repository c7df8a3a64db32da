// Package localpages reads the pages of the page-type set that the
// repository does not hold because others wrote them: documentation that
// Debian packages, rustup and the Go distribution install on this machine,
// and the answers that programs (Python's pydoc and http.server, Go's
// net/http) write on request. A manifest names each page, where it is
// read or how it is made, and the SHA-256 of the bytes that were
// labelled; a page that is absent here or whose bytes differ is not
// scored, and the caller says so, as bench/langs does for pages in the
// module cache.
package localpages

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// ErrUnavailable is wrapped by Fetch's errors when the page cannot be had
// on this machine as it was labelled: the file or program is missing or
// the bytes differ. Callers skip such a page; other errors are failures.
var ErrUnavailable = errors.New("page not available here")

// Entry is one line of the manifest.
type Entry struct {
	Name string // the page's name in labels.tsv and the tests
	Sum  string // SHA-256 of the labelled bytes, hex
	How  string // "file", "pydoc", "python-http", "go-http" or "server"
	What string // the path, the pydoc URL, the request or the Go answer
}

// Page is a fetched page.
type Page struct {
	Name   string
	Origin string // where the bytes came from, for messages
	Data   []byte
}

// ReadManifest reads a manifest file: tab-separated name, sha256, how and
// what; blank lines and lines starting with '#' are skipped.
func ReadManifest(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the local pages manifest: %w", err)
	}
	defer f.Close()
	es, err := ParseManifest(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return es, nil
}

// ParseManifest parses a manifest; the first bad line is an error naming
// its number.
func ParseManifest(r io.Reader) ([]Entry, error) {
	var out []Entry
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want 4 tab-separated fields (name, sha256, how, what), got %d", n, len(f))
		}
		e := Entry{Name: f[0], Sum: f[1], How: f[2], What: f[3]}
		if e.Name == "" || e.What == "" {
			return nil, fmt.Errorf("line %d: empty name or what", n)
		}
		if b, err := hex.DecodeString(e.Sum); err != nil || len(b) != sha256.Size {
			return nil, fmt.Errorf("line %d: %q is not a SHA-256 in hex", n, e.Sum)
		}
		if _, ok := makers[e.How]; !ok {
			return nil, fmt.Errorf("line %d: unknown way %q of getting a page", n, e.How)
		}
		if seen[e.Name] {
			return nil, fmt.Errorf("line %d: %s named twice", n, e.Name)
		}
		seen[e.Name] = true
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", len(out)+1, err)
	}
	return out, nil
}

// maker gets a page's bytes and says where they came from.
type maker func(ctx context.Context, what string) (data []byte, origin string, err error)

var makers = map[string]maker{
	"file":        readFile,
	"pydoc":       pydoc,
	"python-http": pythonHTTP,
	"go-http":     goHTTP,
	"server":      serverAnswer,
}

// Fetch gets the entry's page and checks its SHA-256.
func (e Entry) Fetch(ctx context.Context) (Page, error) {
	data, origin, err := makers[e.How](ctx, e.What)
	if err != nil {
		return Page{}, fmt.Errorf("%s: %w", e.Name, err)
	}
	if got := e.sum(data); got != e.Sum {
		return Page{}, fmt.Errorf("%s: %s has sha256 %s, the label was given to %s: %w", e.Name, origin, got, e.Sum, ErrUnavailable)
	}
	return Page{Name: e.Name, Origin: origin, Data: data}, nil
}

// sum is the SHA-256 the manifest records. The pprof index prints live
// counts (goroutines, heap samples), and the web servers' answers the
// port they were given, a temporary directory and, on a status page,
// the time and counts of requests: these change from run to run, so
// each run of digits in them is hashed as one 0, and a status page's
// names of days and months as "Day".
func (e Entry) sum(data []byte) string {
	if e.How == "go-http" && e.What == "pprof" || e.How == "server" {
		data = digitRuns.ReplaceAll(data, []byte("0"))
	}
	if e.How == "server" && liveStatus(e.What) {
		data = dateNames.ReplaceAll(data, []byte("Day"))
	}
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

var digitRuns = regexp.MustCompile(`[0-9]+`)

var dateNames = regexp.MustCompile(`\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`)

// liveStatus tells a server's status or information page, which prints
// live counts.
func liveStatus(what string) bool {
	return strings.HasSuffix(what, "/server-status") || strings.HasSuffix(what, "/server-info")
}

// readFile reads an installed file. $GOROOT and $RUSTUP_HOME in the path
// are the Go distribution's root and rustup's home (~/.rustup unless set).
func readFile(ctx context.Context, what string) ([]byte, string, error) {
	path := os.Expand(what, func(v string) string {
		switch v {
		case "GOROOT":
			return goroot()
		case "RUSTUP_HOME":
			if d := os.Getenv("RUSTUP_HOME"); d != "" {
				return d
			}
			home, _ := os.UserHomeDir()
			return filepath.Join(home, ".rustup")
		}
		return os.Getenv(v)
	})
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, path, fmt.Errorf("%s is not installed: %w", path, ErrUnavailable)
	}
	if err != nil {
		return nil, path, fmt.Errorf("reading %s: %w", path, err)
	}
	return data, path, nil
}

var goroot = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// python runs a Python 3 program in isolated mode (no user site, no
// current directory on the path, no PYTHON* variables), so that what it
// writes depends on the installation only.
func python(ctx context.Context, program string, args ...string) ([]byte, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil, fmt.Errorf("python3 is not installed: %w", ErrUnavailable)
	}
	cmd := exec.CommandContext(ctx, py, append([]string{"-I", "-c", program}, args...)...)
	cmd.Dir = os.TempDir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("running python3: %w: %s", err, lastLine(stderr.String()))
	}
	return out, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// pydocPage asks pydoc's documentation server for a URL without starting
// it: the server answers with what _url_handler returns. Modules that
// print while pydoc imports them for a search write to standard error.
const pydocPage = `import contextlib, pydoc, sys
with contextlib.redirect_stdout(sys.stderr):
    page = pydoc._url_handler(sys.argv[1], "text/html")
sys.stdout.write(page)
`

func pydoc(ctx context.Context, url string) ([]byte, string, error) {
	data, err := python(ctx, pydocPage, url)
	return data, "pydoc " + url, err
}
