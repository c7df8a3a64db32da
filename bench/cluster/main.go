// Command cluster measures duplicate detection and story clustering on a
// generated stream of up to a million articles: throughput and resident
// memory at 10k, 100k and 1M articles, optionally storing every article
// in a SQLite store as ingestion does.
//
//	go run ./bench/cluster -n 1000000
//	go run ./bench/cluster -n 100000 -store /tmp/bench.db
//
// It is not run by CI: the full run takes minutes.
package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/cluster"
	"crosscheck/internal/dedup"
	"crosscheck/internal/eval"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func main() {
	n := flag.Int("n", 1_000_000, "articles to generate")
	data := flag.String("data", "../shared/data/clustering/ecbplus.jsonl", "ECB+ JSONL the stream is built from")
	storePath := flag.String("store", "", "SQLite file to store every article in (empty: dedup and clustering only)")
	seed := flag.Uint64("seed", 1, "stream seed")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	memProfile := flag.String("memprofile", "", "write a heap profile to this file at the end")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			slog.Error("bench/cluster", "err", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		defer func() {
			f, err := os.Create(*memProfile)
			if err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}()
	}
	if err := run(context.Background(), *n, *data, *storePath, *seed); err != nil {
		slog.Error("bench/cluster", "err", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// checkpoints are where results are printed; the rate reported is over
// the last window articles, so it shows the cost per article there.
var checkpoints = []int{10_000, 100_000, 1_000_000}

const window = 10_000

func run(ctx context.Context, n int, data, storePath string, seed uint64) error {
	docs, err := eval.LoadEvents(data)
	if err != nil {
		return err
	}
	var store *storage.Store
	if storePath != "" {
		if store, err = storage.Open(ctx, storePath); err != nil {
			return err
		}
		defer store.Close()
	}
	gen := newStream(docs, seed)
	ix := dedup.NewIndex(dedup.DefaultConfig())
	cl := cluster.New(cluster.DefaultConfig())

	fmt.Printf("dedup + clustering%s, GOMAXPROCS %d, stream of %d articles from %d ECB+ texts\n",
		map[bool]string{true: " + SQLite store", false: " in memory"}[store != nil], runtime.GOMAXPROCS(0), n, len(docs))
	fmt.Printf("%9s %8s %8s %11s %10s %12s %9s %9s %8s %8s\n", "articles", "elapsed", "art/s", "last 10k/s", "µs/art", "CPU µs/art", "VmRSS MB", "VmHWM MB", "stories", "copies")
	start := time.Now()
	windowStart, windowCPU := start, cpuTime()
	copies := 0
	made, found := make(map[string]int), make(map[string]int)
	for j := range prepared(gen, ix, cl, n) {
		i := int(j.id)
		var m dedup.Match
		if store == nil {
			m = ix.ObserveSketch(j.sketch)
			cl.AddPrepared(j.prep)
		} else if m, err = storeArticle(ctx, store, ix, cl, j); err != nil {
			return err
		}
		if m.Kind != dedup.None {
			copies++
		}
		if j.a.Copy != "" {
			made[j.a.Copy]++
			found[j.a.Copy+" as "+m.Kind.String()]++
		}
		if i%window == 0 {
			now, cpu := time.Now(), cpuTime()
			if isCheckpoint(i) || i == n {
				rss, hwm := memory()
				perSec := window / now.Sub(windowStart).Seconds()
				cpuPer := float64((cpu - windowCPU).Microseconds()) / window
				fmt.Printf("%9d %8s %8.0f %11.0f %10.1f %12.1f %9d %9d %8d %8d\n", i, now.Sub(start).Round(time.Second),
					float64(i)/now.Sub(start).Seconds(), perSec, 1e6/perSec, cpuPer, rss>>20, hwm>>20, cl.Stories(), copies)
			}
			windowStart, windowCPU = now, cpu
		}
	}
	// What became of the copies the generator made: exact ones must be
	// found exact; near ones (two words changed) are near copies of long
	// texts, but in a short text two words change more than a fifth of
	// the shingles and the copy is found as syndicated.
	for _, made := range []struct {
		kind string
		n    int
	}{{"exact", made["exact"]}, {"near", made["near"]}} {
		line := fmt.Sprintf("generated %s copies: %d; found as", made.kind, made.n)
		for _, k := range []dedup.Kind{dedup.Exact, dedup.Near, dedup.Syndicated, dedup.None} {
			line += fmt.Sprintf(" %s %.1f%%", k, 100*float64(found[made.kind+" as "+k.String()])/float64(max(1, made.n)))
		}
		fmt.Println(line)
	}
	return nil
}

func isCheckpoint(i int) bool {
	for _, c := range checkpoints {
		if c == i {
			return true
		}
	}
	return false
}

// job is one generated article, sketched and prepared by a worker.
type job struct {
	id     int64
	a      streamArticle
	sketch dedup.Sketch
	prep   cluster.Prepared
	done   chan struct{}
}

// prepared generates n articles and sketches and prepares them on all
// cores, handing them over in stream order: only the index and clusterer
// updates are serial.
func prepared(gen *stream, ix *dedup.Index, cl *cluster.Clusterer, n int) <-chan *job {
	work := make(chan *job, 256)
	order := make(chan *job, 256)
	go func() {
		for i := 1; i <= n; i++ {
			j := &job{id: int64(i), a: gen.next(), done: make(chan struct{})}
			order <- j
			work <- j
		}
		close(work)
		close(order)
	}()
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for j := range work {
				j.sketch = ix.Sketch(dedup.Doc{ID: j.id, Text: j.a.Text})
				j.prep = cl.Prepare(cluster.Doc{ID: j.id, Title: j.a.Title, Text: j.a.Text, Site: j.a.Site, Published: j.a.Published})
				close(j.done)
			}
		}()
	}
	out := make(chan *job, 256)
	go func() {
		for j := range order {
			<-j.done
			out <- j
		}
		close(out)
	}()
	return out
}

// storeArticle stores one generated article the way ingestion does: the
// page and article in one transaction, placed by dedup and clustering.
// The bench numbers articles as the store does, from 1, so the ids the
// index and clusterer see match the store's.
func storeArticle(ctx context.Context, store *storage.Store, ix *dedup.Index, cl *cluster.Clusterer, j *job) (m dedup.Match, err error) {
	a := j.a
	origin := fmt.Sprintf("bench:%d", j.id)
	page := source.Page{Origin: origin, Kind: source.KindText, Data: []byte(origin + "\n" + a.Text)}
	art := article.Article{Origin: origin, Title: a.Title, Site: a.Site, Published: a.Published, Text: a.Text}
	sum := sha256.Sum256([]byte(a.Text))
	_, err = store.AddArticle(ctx, page, &art, hex.EncodeToString(sum[:]), func(ctx context.Context, a article.Article) (storage.Placement, error) {
		if a.ID != j.id {
			return storage.Placement{}, fmt.Errorf("store numbered article %d as %d: is the store file fresh?", j.id, a.ID)
		}
		m = ix.ObserveSketch(j.sketch)
		as := cl.AddPrepared(j.prep)
		pl := storage.Placement{Story: as.Story, NewStory: as.New, StoryTitle: a.Title, Merged: as.Merged, Similarity: m.Similarity}
		if m.Kind != dedup.None {
			pl.DuplicateOf, pl.DuplicateKind = m.Of, m.Kind.String()
		}
		return pl, nil
	})
	return m, err
}

// cpuTime is the process's user and system CPU time: the machine is
// shared, so wall time alone would measure the neighbours too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// memory reads the resident set size and its peak from /proc/self/status.
func memory() (rss, hwm uint64) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var kb uint64
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "VmRSS:"):
			fmt.Sscanf(strings.TrimPrefix(line, "VmRSS:"), "%d", &kb)
			rss = kb << 10
		case strings.HasPrefix(line, "VmHWM:"):
			fmt.Sscanf(strings.TrimPrefix(line, "VmHWM:"), "%d", &kb)
			hwm = kb << 10
		}
	}
	return rss, hwm
}
