package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"crosscheck/internal/storage"
)

// feedSite serves a feed whose items link to seed pages, and counts the
// requests it gets.
type feedSite struct {
	mu       sync.Mutex
	version  int
	hits     map[string]int
	notModif int
}

func (s *feedSite) handler(t *testing.T, seeds []string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits[r.URL.Path]++
		etag := fmt.Sprintf(`"v%d"`, s.version)
		if r.Header.Get("If-None-Match") == etag {
			s.notModif++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for i := range s.version {
			fmt.Fprintf(w, `<item><title>Item %d</title><link>http://%s/item/%d</link><guid>item-%d</guid></item>`, i, r.Host, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/item/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(filepath.Base(r.URL.Path), "%d", &i)
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		data, err := os.ReadFile(seeds[i])
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(data)
	})
	return mux
}

func TestWatchIngestsNewItemsOnce(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedsDir(t), "*.txt"))
	if err != nil || len(seeds) < 2 {
		t.Fatalf("seeds: %v", err)
	}
	sort.Strings(seeds)
	site := &feedSite{version: 1, hits: map[string]int{}}
	srv := httptest.NewServer(site.handler(t, seeds))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "cc.db")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut bytes.Buffer
	e := &env{pages: testPages, stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() {
		done <- run(ctx, e, []string{"watch", "--db", db, "--interval", "50ms", "--allow-private", "--fetch-delay", "1ms", srv.URL + "/feed.xml"})
	}()

	st, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	waitFor := func(n int64) {
		t.Helper()
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
			if got, _ := st.LastArticleID(context.Background()); got >= n {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %d articles; stderr:\n%s", n, errOut.String())
			}
		}
	}
	waitFor(1)
	site.mu.Lock()
	site.version = 2 // a new item appears
	site.mu.Unlock()
	waitFor(2)
	// Later polls find nothing new: wait for two more answered 304 (a
	// fixed sleep can pass on a busy machine with no poll at all).
	site.mu.Lock()
	before := site.notModif
	site.mu.Unlock()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		site.mu.Lock()
		polls, feeds := site.notModif-before, site.hits["/feed.xml"]
		site.mu.Unlock()
		if polls >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no later poll answered 304 Not Modified in a minute (%d feed requests)", feeds)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("watch exit %d: %s", code, errOut.String())
	}

	site.mu.Lock()
	defer site.mu.Unlock()
	if site.hits["/item/0"] != 1 || site.hits["/item/1"] != 1 {
		t.Errorf("item pages fetched %d and %d times, want once each", site.hits["/item/0"], site.hits["/item/1"])
	}
	if site.notModif == 0 {
		t.Errorf("no poll was answered 304 Not Modified; conditional GET unused (%d feed requests)", site.hits["/feed.xml"])
	}
	if got, _ := st.LastArticleID(context.Background()); got != 2 {
		t.Errorf("%d articles stored, want 2", got)
	}
}
