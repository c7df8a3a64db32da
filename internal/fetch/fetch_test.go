package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// site serves a small news site with a robots.txt, and records what it
// was asked.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	agents   []string
	inFlight atomic.Int32
	maxIn    atomic.Int32
	starts   []time.Time
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: crosscheck\nDisallow: /private\n")
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for m := s.maxIn.Load(); n > m && !s.maxIn.CompareAndSwap(m, n); m = s.maxIn.Load() {
		}
		s.mu.Lock()
		s.agents = append(s.agents, r.UserAgent())
		s.starts = append(s.starts, time.Now())
		s.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html; charset=Windows-1252")
		fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", r.URL.Path)
	})
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "<html><body>v1</body></html>")
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/x", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-news", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/moved", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 2<<20))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// testOptions allow the loopback test server and keep pauses short.
func testOptions() Options {
	return Options{AllowPrivate: true, Delay: time.Millisecond, Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20}
}

func TestFetchRefusesLoopbackByDefault(t *testing.T) {
	s := newSite(t)
	_, err := New(Options{}).Fetch(context.Background(), s.URL+"/news/1")
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("fetching %s: error %v, want ErrForbiddenAddress", s.URL, err)
	}
	if len(s.agents) != 0 {
		t.Errorf("the server was reached %d times", len(s.agents))
	}
}

func TestFetchPage(t *testing.T) {
	s := newSite(t)
	f := New(testOptions())
	p, err := f.Fetch(context.Background(), s.URL+"/to-news")
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != s.URL+"/news/moved" || p.Charset != "windows-1252" || !strings.Contains(string(p.Data), "/news/moved") || p.Kind.String() != "html" || p.FetchedAt.IsZero() {
		t.Errorf("page = %+v", p)
	}
	if ua := s.agents[0]; !strings.HasPrefix(ua, "crosscheck/") || !strings.Contains(ua, "(+http") {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestFetchErrors(t *testing.T) {
	s := newSite(t)
	f := New(testOptions())
	tests := []struct {
		path string
		want error
		text string
	}{
		{"/private/page", ErrDisallowed, ""},
		{"/to-private", ErrDisallowed, "redirect to"},
		{"/hop/0", nil, "more than 5 redirects"},
		{"/big", ErrTooLarge, ""},
		{"/slow", context.DeadlineExceeded, ""},
		{"/missing", ErrStatus, "404"},
	}
	for _, tt := range tests {
		_, err := f.Fetch(context.Background(), s.URL+tt.path)
		if err == nil || tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) || !strings.Contains(err.Error(), s.URL+tt.path) {
			t.Errorf("Fetch(%s) error = %v, want %v %q naming the URL", tt.path, err, tt.want, tt.text)
		}
	}
}

func TestFetchConditional(t *testing.T) {
	s := newSite(t)
	f := New(testOptions())
	if _, err := f.Fetch(context.Background(), s.URL+"/etag"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(context.Background(), s.URL+"/etag"); !errors.Is(err, ErrNotModified) {
		t.Errorf("second fetch error = %v, want ErrNotModified", err)
	}
}

func TestFetchPacesHost(t *testing.T) {
	s := newSite(t)
	opts := testOptions()
	opts.PerHost, opts.Delay = 1, 100*time.Millisecond
	f := New(opts)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), fmt.Sprintf("%s/news/%d", s.URL, i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if m := s.maxIn.Load(); m != 1 {
		t.Errorf("%d requests in flight at once, want 1", m)
	}
	// The fetcher spaces the starts of requests; the server sees their
	// arrivals, each late by however long the busy machine took to
	// dial and write it. One late arrival shortens the gap after it by
	// as much (CI saw 27ms between two starts 100ms apart), so single
	// gaps prove nothing; the span of all six, less a delay of slack
	// for a late first arrival, does.
	if span := s.starts[len(s.starts)-1].Sub(s.starts[0]); span < 400*time.Millisecond {
		t.Errorf("6 requests arrived within %v, want about 500ms", span)
	}
}
