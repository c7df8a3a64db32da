package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startCLI runs a long-running command until the test ends and returns
// the first line it prints.
func startCLI(t *testing.T, db string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: pw, stderr: io.Discard, getenv: func(k string) string {
		if k == "CROSSCHECK_DB" {
			return db
		}
		return ""
	}}
	go func() {
		done <- run(ctx, e, args)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		go io.Copy(io.Discard, pr)
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("%s exited %d after its context ended, want 0", args[0], code)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("%s did not stop after its context ended", args[0])
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("%s printed no line: %v", args[0], err)
	}
	return strings.TrimSpace(line)
}

func serverURL(t *testing.T, line string) string {
	t.Helper()
	url, ok := strings.CutPrefix(line, "serving on ")
	if !ok {
		t.Fatalf("first line %q does not say where it serves", line)
	}
	return url
}

func TestServeIngestsAndLists(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	url := serverURL(t, startCLI(t, db, "serve", "--addr", "127.0.0.1:0"))

	resp, err := http.Post(url+"/api/v1/ingest", "application/json", strings.NewReader(
		`{"pages":[{"origin":"a.txt","content":"Dam bursts in Derna\n\nFloods swept through the city of Derna on Monday after two dams burst, officials said."}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Added    int
		Outcomes []struct{ Story int64 }
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if res.Added != 1 || res.Outcomes[0].Story == 0 {
		t.Fatalf("ingest through the server: %+v", res)
	}
	resp, err = http.Get(url + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), "/stories/") {
		t.Errorf("story list does not link the ingested story:\n%s", page)
	}
}

func TestServeReadOnlyRefusesIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	url := serverURL(t, startCLI(t, db, "serve", "--addr", "127.0.0.1:0", "--read-only"))
	resp, err := http.Post(url+"/api/v1/ingest", "application/json", strings.NewReader(`{"pages":[{"content":"x"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("ingest on a read-only server: status %d, want 503", resp.StatusCode)
	}
}

func TestDemoServe(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	e := &env{pages: testPages, stdin: strings.NewReader(""), stdout: pw, stderr: io.Discard, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, e, []string{"demo", "--serve", "--addr", "127.0.0.1:0", "--format", "json"})
		pw.Close()
	}()
	// stdout holds the briefing, then the line saying where it serves.
	var url string
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if u, ok := strings.CutPrefix(sc.Text(), "serving on "); ok {
			url = u
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if url == "" {
		t.Fatal("demo --serve never said where it serves")
	}
	resp, err := http.Get(url + "/api/v1/stories")
	if err != nil {
		t.Fatal(err)
	}
	var list struct{ Stories []struct{ Articles int } }
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if len(list.Stories) == 0 {
		t.Errorf("demo server lists no stories")
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("demo --serve exited %d", code)
	}
}
