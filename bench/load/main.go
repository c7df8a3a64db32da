// Command load measures the web server's latency under a steady request
// rate: it fills a store with synthetic stories made of ECB+ articles,
// serves it on loopback in this process, and sends GET requests at a
// fixed rate (an open loop: a slow answer does not slow the sender, and
// latency is counted from when a request was due, so queueing shows).
// Every phase is bounded in time and in requests; the program stops by
// itself.
//
//	go run ./bench/load -ecb ../shared/data/clustering/ecbplus.jsonl
package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/web"
)

func main() {
	ecb := flag.String("ecb", "../shared/data/clustering/ecbplus.jsonl", "ECB+ JSONL file the stories' articles are taken from")
	stories := flag.Int("stories", 1000, "stories in the store")
	perStory := flag.Int("articles", 4, "articles per story, each from another outlet")
	rate := flag.Int("rate", 200, "requests per second")
	duration := flag.Duration("duration", 15*time.Second, "length of each phase")
	inflight := flag.Int("inflight", 512, "most requests waiting at once; more are counted as dropped")
	only := flag.String("phases", "", "run only the phases whose names contain this (e.g. \"no cache\"); default all")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the phases (server and client) to this file")
	gzipped := flag.Bool("gzip", true, "ask for gzip (Accept-Encoding), as browsers do; the client counts the compressed bytes and does not decompress them")
	keep := flag.String("db", "", "keep the store in this SQLite file, and reuse it when it holds the stories already (filling and the first builds take minutes on a busy machine)")
	flag.Parse()
	acceptGzip = *gzipped
	if err := run(*ecb, *stories, *perStory, *rate, *duration, *inflight, *only, *keep, *profile); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

type ecbArticle struct {
	ID    string `json:"id"`
	Event string `json:"event"`
	Text  string `json:"text"`
}

func run(ecbPath string, stories, perStory, rate int, duration time.Duration, inflight int, only, keep, profile string) error {
	ctx := context.Background()
	events, err := readECB(ecbPath)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "crosscheck-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "load.db")
	if keep != "" {
		path = keep
	}
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if s, err := st.Story(ctx, int64(stories)); err == nil && s.Articles == perStory {
		fmt.Printf("store: reusing %s\n", path)
	} else {
		start := time.Now()
		n, err := fill(ctx, st, events, stories, perStory)
		if err != nil {
			return err
		}
		fmt.Printf("store: %d stories, %d articles from %s, filled in %s\n", stories, n, ecbPath, time.Since(start).Round(time.Millisecond))
	}

	quiet := slog.New(slog.DiscardHandler)
	// Two servers over the same store: one with the in-memory briefing
	// cache, warmed as `crosscheck serve` warms it after starting (which
	// builds and stores every story's briefing, package briefings), and
	// one without, which reads the stored briefing, decodes and renders
	// it per request.
	servers := map[int]string{}
	for _, cache := range []int{0, -1} {
		h, err := web.New(st, web.Options{Logger: quiet, BriefingCache: cache})
		if err != nil {
			return err
		}
		// Warmed as `crosscheck serve` warms it after starting; without
		// the cache that opens the store's read connections only.
		start := time.Now()
		if err := h.Warm(ctx); err != nil {
			return err
		}
		if cache == 0 {
			fmt.Printf("cache warmed in %s (%d briefings built and rendered)\n", time.Since(start).Round(time.Millisecond), stories)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		sctx, stop := context.WithCancel(ctx)
		defer stop()
		go web.ServeListener(sctx, ln, h, quiet)
		servers[cache] = "http://" + ln.Addr().String()
	}
	phases := []struct {
		name, path string
		cache      int
		// revalidate sends the ETag of the story's first read
		// (If-None-Match), as a browser does on a page it has seen.
		revalidate bool
	}{
		// The first phase after warming shows the start-up cost the
		// later phases no longer pay.
		{"story page, cache, first phase", "/stories/%d", 0, false},
		{"story page, cache", "/stories/%d", 0, false},
		{"briefing API, cache", "/api/v1/stories/%d/briefing", 0, false},
		{"story page, no cache", "/stories/%d", -1, false},
		{"story page, no cache, revalidated", "/stories/%d", -1, true},
		{"briefing API, no cache", "/api/v1/stories/%d/briefing", -1, false},
	}
	fmt.Printf("load: %d requests/s for %s per phase, story ids uniform at random, at most %d in flight\n\n", rate, duration, inflight)
	fmt.Println("| phase | answered | errors | dropped | p50 | p90 | p99 | max | CPU per request | bytes per answer | 304s | connections opened | SQLite read connections opened | waits for one |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	etags := make([]string, stories+1)
	if strings.Contains("story page, no cache, revalidated", only) {
		// A story page's related stories are found on its first read and
		// stored (storage.RelatedStories), as its rendered briefing is on
		// the first render: read every story page once, so that the
		// phases measure the steady state, and say what the first reads
		// cost.
		start, cpu := time.Now(), cpuTime()
		client := &http.Client{Timeout: time.Minute}
		for id := 1; id <= stories; id++ {
			if !get(ctx, client, fmt.Sprintf("%s/stories/%d", servers[-1], id), "").ok {
				return fmt.Errorf("first read of story %d failed", id)
			}
		}
		fmt.Printf("first reads of every story page, one at a time: %s, CPU %s a page\n", time.Since(start).Round(time.Millisecond), ((cpuTime() - cpu) / time.Duration(stories)).Round(time.Microsecond))
		time.Sleep(2 * time.Second) // the related lists are stored without the reader waiting
	}
	fmt.Printf("load average before the phases (1, 5, 15 min): %s\n\n", loadAverage())
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	for _, ph := range phases {
		if !strings.Contains(ph.name, only) {
			continue
		}
		cpu := cpuTime()
		var tags []string
		if ph.revalidate {
			// The ETags a browser would hold: of the pages as they are
			// now, with their related stories stored. A page changes
			// with its "updated 4 min ago" too, so they are read just
			// before the phase.
			client := &http.Client{Timeout: time.Minute}
			for id := 1; id <= stories; id++ {
				etags[id] = get(ctx, client, fmt.Sprintf("%s/stories/%d", servers[ph.cache], id), "").etag
			}
			tags = etags
			cpu = cpuTime()
		}
		pool := st.ReadPoolStats()
		r := load(ctx, servers[ph.cache]+ph.path, stories, rate, duration, inflight, tags)
		pool2 := st.ReadPoolStats()
		perRequest, perAnswer := "-", "-"
		if r.n > 0 {
			perRequest = ((cpuTime() - cpu) / time.Duration(r.n)).Round(time.Microsecond).String()
			perAnswer = fmt.Sprint(r.bytes / int64(r.n))
		}
		fmt.Printf("| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %d | %d | %d | %d |\n", ph.name, r.n, r.errors, r.dropped,
			r.q(0.50), r.q(0.90), r.q(0.99), r.q(1), perRequest, perAnswer, r.notModified, r.dials,
			opened(pool2)-opened(pool), pool2.WaitCount-pool.WaitCount)
	}
	fmt.Printf("\nload average after the run (1, 5, 15 min): %s on %d CPUs\n", loadAverage(), runtime.NumCPU())
	return nil
}

// opened is how many connections a pool has opened: those open and
// those it closed.
func opened(s sql.DBStats) int64 {
	return int64(s.OpenConnections) + s.MaxIdleClosed + s.MaxIdleTimeClosed + s.MaxLifetimeClosed
}

// loadAverage is the machine's load average, as /proc/loadavg gives it.
func loadAverage() string {
	la, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(la))[:3], ", ")
}

// readECB groups the ECB+ articles by event.
func readECB(path string) ([][]ecbArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading ECB+: %w", err)
	}
	defer f.Close()
	byEvent := map[string][]ecbArticle{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var a ecbArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if _, ok := byEvent[a.Event]; !ok {
			order = append(order, a.Event)
		}
		byEvent[a.Event] = append(byEvent[a.Event], a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(order) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	events := make([][]ecbArticle, len(order))
	for i, e := range order {
		events[i] = byEvent[e]
	}
	return events, nil
}

// fill stores stories made of articles of one ECB+ event each, cycling
// through the events and through each event's articles, so that stories
// are real news text in realistic sizes.
func fill(ctx context.Context, st *storage.Store, events [][]ecbArticle, stories, perStory int) (int, error) {
	base := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	n := 0
	for s := range stories {
		ev := events[s%len(events)]
		for k := range perStory {
			src := ev[(s/len(events)+k)%len(ev)]
			title, _, _ := cutLine(src.Text)
			body := fmt.Sprintf("%s\n\n(story %d, copy %d)", src.Text, s+1, k)
			page := source.Page{Origin: fmt.Sprintf("ecb/%s/%d", src.ID, s), Kind: source.KindText, Data: []byte(title + "\n\n" + body)}
			a := &article.Article{
				Origin: page.Origin, Title: title, Text: body, Site: fmt.Sprintf("Outlet %c", 'A'+k),
				Published: base.Add(time.Duration(s)*time.Hour + time.Duration(k)*time.Minute),
			}
			pl := storage.Placement{Story: int64(s + 1), NewStory: k == 0, StoryTitle: title}
			if _, err := st.AddArticle(ctx, page, a, storage.PageHash(page.Data), func(context.Context, article.Article) (storage.Placement, error) {
				return pl, nil
			}); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// cpuTime is the CPU time this process (server and client together) has
// used. Divided by the requests of a phase it is the cost of a request,
// which, unlike latency, does not depend on what else the machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func cutLine(s string) (string, string, bool) {
	for i := range len(s) {
		if s[i] == '\n' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

type result struct {
	n, errors, dropped int
	notModified        int   // answers 304
	bytes              int64 // body bytes read, as sent (compressed when gzip was asked for)
	dials              int64 // connections the client opened
	latencies          []time.Duration
}

func (r result) q(p float64) string {
	if len(r.latencies) == 0 {
		return "-"
	}
	i := int(p * float64(len(r.latencies)-1))
	return r.latencies[i].Round(10 * time.Microsecond).String()
}

// load sends GETs to pattern (with a story id) at rate per second for
// duration, and returns the sorted latencies. With etags, each request
// sends its story's (If-None-Match). Connections are kept alive and
// reused (as many idle as may be in flight); how many the client opened
// is counted.
func load(ctx context.Context, pattern string, stories, rate int, duration time.Duration, inflight int, etags []string) result {
	var dials atomic.Int64
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	client := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: inflight, MaxConnsPerHost: inflight,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				dials.Add(1)
				return dialer.DialContext(ctx, network, addr)
			}},
	}
	var mu sync.Mutex
	var res result
	var wg sync.WaitGroup
	var busy atomic.Int64
	interval := time.Second / time.Duration(rate)
	total := int(duration / interval)
	start := time.Now()
	for i := range total {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		if busy.Load() >= int64(inflight) {
			res.dropped++
			continue
		}
		busy.Add(1)
		wg.Add(1)
		id := 1 + rand.IntN(stories)
		url := fmt.Sprintf(pattern, id)
		tag := ""
		if etags != nil {
			tag = etags[id]
		}
		go func() {
			defer wg.Done()
			defer busy.Add(-1)
			a := get(ctx, client, url, tag)
			lat := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			res.n++
			res.bytes += a.bytes
			if a.notModified {
				res.notModified++
			}
			if !a.ok {
				res.errors++
			}
			res.latencies = append(res.latencies, lat)
		}()
	}
	wg.Wait()
	client.CloseIdleConnections()
	res.dials = dials.Load()
	slices.Sort(res.latencies)
	return res
}

// acceptGzip makes get ask for gzip (-gzip).
var acceptGzip = true

// answer is what get saw: whether the request succeeded (200, or 304 to
// a revalidation), the body bytes as sent and the ETag.
type answer struct {
	ok          bool
	notModified bool
	bytes       int64
	etag        string
}

// get GETs url, with If-None-Match etag when not empty. Accept-Encoding
// is set here, so the transport hands over the body as sent (compressed)
// instead of decompressing it: the client's work is a browser's, not the
// server's.
func get(ctx context.Context, client *http.Client, url, etag string) answer {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return answer{}
	}
	if acceptGzip {
		req.Header.Set("Accept-Encoding", "gzip")
	} else {
		req.Header.Set("Accept-Encoding", "identity")
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	resp, err := client.Do(req)
	if err != nil {
		return answer{}
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	ok := resp.StatusCode == http.StatusOK || etag != "" && resp.StatusCode == http.StatusNotModified
	return answer{ok: err == nil && ok, notModified: resp.StatusCode == http.StatusNotModified, bytes: n, etag: resp.Header.Get("ETag")}
}
