package localpages

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/http/pprof"
	"os"
	"path/filepath"
	"testing/fstest"
	"time"
)

// pythonServe starts Python's http.server on the loopback over the
// directory argv[1] and prints its answer to the request argv[2],
// whatever the status.
const pythonServe = `import functools, http.server, sys, threading, urllib.error, urllib.request
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=sys.argv[1]))
threading.Thread(target=srv.serve_forever, daemon=True).start()
try:
    body = urllib.request.urlopen("http://127.0.0.1:%d%s" % (srv.server_address[1], sys.argv[2])).read()
except urllib.error.HTTPError as e:
    body = e.read()
srv.shutdown()
sys.stdout.buffer.write(body)
`

// siteFiles is the small site the servers are asked about: two pages
// under /news/.
var siteFiles = map[string]string{
	"news/a.html": "<p>a</p>\n",
	"news/b.html": "<p>b</p>\n",
}

// pythonHTTP asks Python's http.server for a path of the small site.
func pythonHTTP(ctx context.Context, path string) ([]byte, string, error) {
	dir, err := os.MkdirTemp("", "localpages")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(dir)
	for name, body := range siteFiles {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, "", err
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return nil, "", err
		}
	}
	data, err := python(ctx, pythonServe, dir, path)
	return data, "python3 http.server " + path, err
}

// goHTTP records the body Go's net/http writes for one of its answers:
// a FileServer's listing of the small site's /news/, its "not-found", a
// 301 "redirect", and net/http/pprof's index.
func goHTTP(_ context.Context, what string) ([]byte, string, error) {
	var h http.Handler
	path := "/"
	switch what {
	case "dirlist":
		fsys := fstest.MapFS{}
		for name, body := range siteFiles {
			fsys[name] = &fstest.MapFile{Data: []byte(body), Mode: 0o644}
		}
		h, path = http.FileServerFS(fsys), "/news/"
	case "not-found":
		h = http.NotFoundHandler()
	case "redirect":
		h = http.RedirectHandler("/archive/2026/storm.html", http.StatusMovedPermanently)
	case "pprof":
		h, path = http.HandlerFunc(pprof.Index), "/debug/pprof/"
	case "timeout":
		slow := http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
		h = http.TimeoutHandler(slow, time.Millisecond, "")
	case "method-not-allowed":
		mux := http.NewServeMux()
		mux.HandleFunc("POST /", func(http.ResponseWriter, *http.Request) {})
		h = mux
	case "forbidden":
		h, path = http.FileServerFS(unreadable{}), "/news/a.html"
	default:
		return nil, "", fmt.Errorf("no Go answer named %q", what)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Body.Bytes(), "Go net/http " + what, nil
}

// unreadable is a file system whose every file exists but may not be
// read, as a file of the wrong owner on a server.
type unreadable struct{}

func (unreadable) Open(string) (fs.File, error) { return nil, fs.ErrPermission }
