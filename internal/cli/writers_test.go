package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck/internal/extract"
	"crosscheck/internal/feed"
	"crosscheck/internal/ingest"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
)

// The many-writers checks run on ECB+ articles, split before any was
// read for this: topics with an odd number are the develop part, even
// ones the held-out part. CROSSCHECK_WRITERS_SET picks "dev" or
// "heldout" (all of that part); the default is the first 150 develop
// articles, to keep `go test` short.
func writerPages(t *testing.T) []ecbArticle {
	t.Helper()
	path := sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl")
	set := os.Getenv("CROSSCHECK_WRITERS_SET")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ecbArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a ecbArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		topic, _ := strconv.Atoi(a.Topic)
		if (topic%2 == 1) != (set != "heldout") {
			continue
		}
		// Pages with no article to extract, as a file or as a feed
		// item, fail in every run alike.
		ctx := context.Background()
		p := source.Page{Origin: a.ID, Kind: source.KindText, Data: []byte(a.Text)}
		title, _, _ := strings.Cut(a.Text, "\n")
		item, err := feed.ItemPage(ctx, feed.Item{Title: title, Content: a.Text}, a.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := extract.Extract(ctx, p); err != nil {
			continue
		}
		if _, err := extract.Extract(ctx, item); err == nil {
			out = append(out, a)
		}
	}
	if set == "" && len(out) > 150 {
		out = out[:150]
	}
	return out
}

type ecbArticle struct {
	ID, Topic, Event, Text string
}

// writeArticles writes each article as a text page under dir and
// returns the paths.
func writeArticles(t *testing.T, dir string, arts []ecbArticle) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range arts {
		p := filepath.Join(dir, a.ID+".txt")
		if err := os.WriteFile(p, []byte(a.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// proc is a crosscheck child process.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  syncBuffer
	done chan error
}

func startProc(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{name: name, cmd: exec.Command(bin, args...), done: make(chan error, 1)}
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			p.cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", p.name, p.out.String())
		}
	})
	return p
}

// wait waits for the process to exit and fails the test unless it
// exited 0.
func (p *proc) wait(t *testing.T) {
	t.Helper()
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("%s: %v\n%s", p.name, err, p.out.String())
		}
	case <-time.After(5 * time.Minute):
		t.Fatalf("%s still running after 5 minutes", p.name)
	}
}

// writersBackends runs test on a new SQLite file and a new PostgreSQL
// schema.
func writersBackends(t *testing.T, test func(t *testing.T, dsn string)) {
	if testing.Short() {
		t.Skip("builds the binary and runs several writing processes")
	}
	t.Run("sqlite", func(t *testing.T) { test(t, filepath.Join(t.TempDir(), "cc.db")) })
	t.Run("postgres", func(t *testing.T) { test(t, pgtest.DSN(t)) })
}

// TestTwoIngestsAtOnce runs two ingest processes on one store, with
// inputs that overlap (a third of the pages are given to both) and
// inputs only one of them has.
func TestTwoIngestsAtOnce(t *testing.T) {
	writersBackends(t, func(t *testing.T, dsn string) {
		arts := writerPages(t)
		paths := writeArticles(t, t.TempDir(), arts)
		n := len(paths) / 3
		onlyA, both, onlyB := paths[:n], paths[n:2*n], paths[2*n:]
		// B takes the shared pages in the other order, so the two
		// meet in the middle of them.
		bothRev := slices.Clone(both)
		slices.Reverse(bothRev)
		a := startProc(t, "ingest A", append([]string{"ingest", "--quiet", "--db", dsn}, append(slices.Clone(onlyA), both...)...)...)
		b := startProc(t, "ingest B", append([]string{"ingest", "--quiet", "--db", dsn}, append(slices.Clone(onlyB), bothRev...)...)...)
		a.wait(t)
		b.wait(t)
		checkWriters(t, dsn, paths)
	})
}

// TestServeIngestAndWatchAtOnce runs serve, ingest and watch on one
// store at once: the server takes pages by its API, some of them the
// ones ingest is reading too, while watch stores a feed's items.
func TestServeIngestAndWatchAtOnce(t *testing.T) {
	writersBackends(t, func(t *testing.T, dsn string) {
		arts := writerPages(t)
		dir := t.TempDir()
		paths := writeArticles(t, filepath.Join(dir, "pages"), arts)
		// A quarter each: ingest only, ingest and the server, the
		// server only, the feed.
		n := len(paths) / 4
		viaIngest, viaServe, viaFeed := paths[:2*n], paths[n:3*n], paths[3*n:]
		feed := filepath.Join(dir, "feed.xml")
		writeFeed(t, feed, viaFeed)
		want := slices.Clone(paths[:3*n])
		for i := range viaFeed {
			want = append(want, fmt.Sprintf("%s#item-%d", feed, i+1))
		}

		srv := startProc(t, "serve", "serve", "--db", dsn, "--addr", "127.0.0.1:0")
		base := procServerURL(t, srv)
		ing := startProc(t, "ingest", append([]string{"ingest", "--quiet", "--db", dsn}, viaIngest...)...)
		w := startProc(t, "watch", "watch", "--once", "--db", dsn, feed)
		// Four clients post the server's pages, a few per request.
		var wg sync.WaitGroup
		for c := range 4 {
			wg.Go(func() {
				for i := c * 5; i < len(viaServe); i += 20 {
					postPages(t, base, viaServe[i:min(i+5, len(viaServe))])
				}
			})
		}
		wg.Wait()
		ing.wait(t)
		w.wait(t)
		checkWriters(t, dsn, want)
	})
}

var servingOn = regexp.MustCompile(`serving on (http://\S+)`)

func procServerURL(t *testing.T, p *proc) string {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := servingOn.FindStringSubmatch(p.out.String()); m != nil {
			return m[1]
		}
	}
	t.Fatalf("server did not start:\n%s", p.out.String())
	return ""
}

// postPages sends pages to the server's ingest API, each named by its
// path as ingest names it.
func postPages(t *testing.T, base string, paths []string) {
	type page struct {
		Origin  string `json:"origin"`
		Content string `json:"content"`
	}
	var req struct {
		Pages []page `json:"pages"`
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Error(err)
			return
		}
		req.Pages = append(req.Pages, page{Origin: p, Content: string(b)})
	}
	body, _ := json.Marshal(req)
	resp, err := http.Post(base+"/api/v1/ingest", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Error(err)
		return
	}
	defer resp.Body.Close()
	var res struct {
		Failed   int `json:"failed"`
		Outcomes []struct {
			Origin, Error string
		} `json:"outcomes"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != http.StatusOK || res.Failed > 0 {
		t.Errorf("POST ingest: %s, %v, %+v", resp.Status, err, res)
	}
}

// writeFeed writes an RSS feed whose items carry the pages' text.
func writeFeed(t *testing.T, path string, pages []string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
	for i, p := range pages {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(string(text), "\n")
		fmt.Fprintf(&b, "<item><guid>item-%d</guid><title>%s</title><description>%s</description></item>", i, html.EscapeString(title), html.EscapeString(string(text)))
	}
	b.WriteString(`</channel></rss>`)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkWriters checks the store the writers left: every input stored
// once (none lost), no article in a story merged away, and the stories
// those of one process placing the same pages in the order the store
// committed them (none misfiled).
func checkWriters(t *testing.T, dsn string, want []string) {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	count := map[string]int{}
	story := map[string]int64{}
	var pages []source.Page
	err = st.EachArticle(ctx, func(a storage.StoredArticle) error {
		count[a.Origin]++
		story[a.Origin] = a.Story
		raw, _, err := st.PageData(ctx, a.ID)
		pages = append(pages, source.Page{Origin: a.Origin, URL: a.URL, Kind: source.Sniff(raw), Data: raw})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, origin := range want {
		if count[origin] != 1 {
			lost++
			t.Errorf("%s stored %d times, want once", origin, count[origin])
		}
	}
	if len(count) != len(want) {
		t.Errorf("%d pages stored, %d given", len(count), len(want))
	}
	live, err := st.Stories(ctx, storage.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	inLive := 0
	for _, s := range live {
		inLive += s.Articles
	}
	if inLive != len(pages) {
		t.Errorf("%d of %d articles are in live stories", inLive, len(pages))
	}

	// One process, the same pages in commit order.
	ref, err := storage.Open(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	placer, err := ingest.NewSharedStoryPlacer(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: ref, Extract: extract.Extract, Placer: placer}
	all := func(yield func(source.Page, error) bool) {
		for _, p := range pages {
			if !yield(p, nil) {
				return
			}
		}
	}
	if _, err := in.Run(ctx, all); err != nil {
		t.Fatal(err)
	}
	_, refStory := storedArticles(t, ref)
	misfiled := misfiledArticles(story, refStory)
	if misfiled > 0 {
		t.Errorf("%d articles are not with the articles one process puts them with:\nwriters:\n%s\none process:\n%s", misfiled, partition(story), partition(refStory))
	}
	t.Logf("%d pages, %d stories; %d lost, %d misfiled", len(want), len(live), lost, misfiled)
}

// misfiledArticles counts the articles whose story-mates in got differ
// from those in want.
func misfiledArticles(got, want map[string]int64) int {
	mates := func(m map[string]int64) map[string]string {
		groups := map[int64][]string{}
		for origin, s := range m {
			groups[s] = append(groups[s], origin)
		}
		out := map[string]string{}
		for _, g := range groups {
			slices.Sort(g)
			key := strings.Join(g, "\x00")
			for _, origin := range g {
				out[origin] = key
			}
		}
		return out
	}
	g, w := mates(got), mates(want)
	n := 0
	for origin := range w {
		if g[origin] != w[origin] {
			n++
		}
	}
	return n
}
