package cli

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeAnswersOnlyItsHosts runs `crosscheck serve` and sends it
// requests as a DNS-rebinding page would (a foreign Host, and an Origin
// to match): refused, for reading and for ingest. Its own address,
// loopback names and a --host name are served.
func TestServeAnswersOnlyItsHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs the server")
	}
	db := filepath.Join(t.TempDir(), "cc.db")
	srv := startProc(t, "serve", "serve", "--db", db, "--addr", "127.0.0.1:0", "--host", "news.lan")
	base := procServerURL(t, srv)
	port := base[strings.LastIndex(base, ":")+1:]
	for _, tt := range []struct {
		method, host string
		want         int
	}{
		{"GET", "evil.example", http.StatusForbidden},
		{"GET", "evil.example:" + port, http.StatusForbidden},
		{"POST", "evil.example:" + port, http.StatusForbidden},
		{"GET", "127.0.0.1:" + port, http.StatusOK},
		{"GET", "localhost:" + port, http.StatusOK},
		{"GET", "news.lan:" + port, http.StatusOK},
		{"GET", "NEWS.LAN.", http.StatusOK},
	} {
		path, body := "/api/v1/stories", ""
		if tt.method == "POST" {
			path, body = "/api/v1/ingest", `{"pages":[{"origin":"a.txt","content":"Dam bursts\n\nFloods swept through the city of Derna on Monday after two dams burst."}]}`
		}
		req, err := http.NewRequest(tt.method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Host = tt.host
		req.Header.Set("Origin", "http://"+tt.host)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s %s with Host %s: %s, want %d", tt.method, path, tt.host, resp.Status, tt.want)
		}
	}
}
