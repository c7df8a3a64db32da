// Command cluster measures ingestion at scale on a generated stream of up
// to a million articles: duplicate detection, story clustering and a
// SQLite store, as `crosscheck ingest` runs them. It reports throughput,
// CPU per article and resident memory at 10k, 100k and 1M articles, with
// the machine's load, since the machine may be shared.
//
//	go run ./bench/cluster -n 1000000
//	go run ./bench/cluster -n 100000 -store /tmp/bench.db
//
// It is not run by CI: the full run takes minutes.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func main() {
	n := flag.Int("n", 1_000_000, "articles to generate")
	data := flag.String("data", "../shared/data/clustering/ecbplus.jsonl", "ECB+ JSONL the stream is built from")
	storePath := flag.String("store", "", "SQLite file to store the articles in, which must not exist (empty: a temporary file, removed at the end)")
	batch := flag.Int("batch", 2000, "articles stored per transaction")
	seed := flag.Uint64("seed", 1, "stream seed")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	profileFrom := flag.Int("profilefrom", 0, "start the CPU profile once this many articles are stored, to see where the time goes late in the stream")
	memProfile := flag.String("memprofile", "", "write a heap profile to this file at the end")
	quality := flag.Int("quality", 0, "instead of the scale run, cluster this many articles in memory and score the stories against the stream's story instances")
	cfg := cluster.DefaultConfig()
	flag.Float64Var(&cfg.NameWeight, "name-weight", cfg.NameWeight, "with -quality: the clusterer's NameWeight")
	flag.DurationVar(&cfg.BurstHalfLife, "burst-half-life", cfg.BurstHalfLife, "with -quality: the clusterer's BurstHalfLife (0: off)")
	flag.IntVar(&cfg.YearMentions, "year-mentions", cfg.YearMentions, "with -quality: the clusterer's YearMentions")
	flag.Float64Var(&cfg.MergeMembers, "merge-members", cfg.MergeMembers, "with -quality: the clusterer's MergeMembers (0: off)")
	flag.IntVar(&cfg.OccasionQuorum, "occasions", cfg.OccasionQuorum, "with -quality: the clusterer's OccasionQuorum (0: off)")
	flag.Parse()
	if *quality > 0 {
		docs, err := eval.LoadEvents(*data)
		if err != nil {
			slog.Error("bench/cluster", "err", err)
			os.Exit(1)
		}
		storyQuality(os.Stdout, docs, *seed, *quality, cfg)
		return
	}
	startProfile := func() {}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			slog.Error("bench/cluster", "err", err)
			os.Exit(1)
		}
		startProfile = func() { pprof.StartCPUProfile(f) }
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
	if err := run(context.Background(), *n, *data, *storePath, *seed, *batch, *profileFrom, startProfile); err != nil {
		slog.Error("bench/cluster", "err", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// checkpoints are where results are printed; the rate reported is over
// the last window articles, so it shows the cost per article there.
var checkpoints = []int{10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000}

const window = 10_000

// run stores the stream; startProfile is called once profileFrom
// articles are stored.
func run(ctx context.Context, n int, data, storePath string, seed uint64, batchSize, profileFrom int, startProfile func()) error {
	if window%batchSize != 0 {
		return fmt.Errorf("-batch %d does not divide the report window %d", batchSize, window)
	}
	docs, err := eval.LoadEvents(data)
	if err != nil {
		return err
	}
	if storePath == "" {
		dir, err := os.MkdirTemp("", "bench-cluster-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		storePath = filepath.Join(dir, "bench.db")
	}
	if _, err := os.Stat(storePath); err == nil {
		return fmt.Errorf("%s exists: the bench numbers articles from 1 and needs a fresh store", storePath)
	}
	store, err := storage.Open(ctx, storePath)
	if err != nil {
		return err
	}
	defer store.Close()
	placer, err := ingest.NewStoryPlacer(ctx, store)
	if err != nil {
		return err
	}
	gen := newStream(docs, seed)

	fmt.Printf("dedup + clustering + SQLite store (%s), %d articles a transaction, GOMAXPROCS %d, stream of %d articles from %d ECB+ texts\n",
		storePath, batchSize, runtime.GOMAXPROCS(0), n, len(docs))
	fmt.Printf("load average at start: %s\n", loadAverage())
	fmt.Printf("%9s %8s %8s %11s %12s %9s %9s %8s %8s  %s\n", "articles", "elapsed", "art/s", "last 10k/s", "CPU µs/art", "VmRSS MB", "VmHWM MB", "stories", "copies", "load average")
	start := time.Now()
	windowStart, windowCPU := start, cpuTime()
	stored, copies := 0, 0
	made, found := make(map[string]int), make(map[string]int)
	var batch []*job
	if profileFrom <= 0 {
		startProfile()
	}
	for j := range prepared(gen, placer, n, batchSize) {
		batch = append(batch, j)
		if len(batch) < batchSize && int(j.id) < n {
			continue
		}
		if err := storeBatch(ctx, store, placer, batch); err != nil {
			return err
		}
		for _, j := range batch {
			if j.placement.DuplicateKind != "" {
				copies++
			}
			if j.a.Copy != "" {
				kind := j.placement.DuplicateKind
				if kind == "" {
					kind = "none"
				}
				made[j.a.Copy]++
				found[j.a.Copy+" as "+kind]++
			}
		}
		if stored < profileFrom && stored+len(batch) >= profileFrom {
			startProfile()
		}
		stored += len(batch)
		batch = batch[:0]
		if stored%window == 0 || stored == n {
			now, cpu := time.Now(), cpuTime()
			if isCheckpoint(stored) || stored == n {
				rss, hwm := memory()
				last := min(window, stored)
				fmt.Printf("%9d %8s %8.0f %11.0f %12.1f %9d %9d %8d %8d  %s\n", stored, now.Sub(start).Round(time.Second),
					float64(stored)/now.Sub(start).Seconds(), float64(last)/now.Sub(windowStart).Seconds(),
					float64((cpu-windowCPU).Microseconds())/float64(last), rss>>20, hwm>>20, placer.Stories(), copies, loadAverage())
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
		for _, k := range []string{"exact", "near", "syndicated", "none"} {
			line += fmt.Sprintf(" %s %.1f%%", k, 100*float64(found[made.kind+" as "+k])/float64(max(1, made.n)))
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

// job is one generated article on its way to the store.
type job struct {
	id        int64 // the id the store will give it
	a         streamArticle
	page      source.Page
	art       article.Article
	bodyHash  string
	prep      ingest.Prepared
	done      chan struct{}
	placement storage.Placement
}

// prepared generates n articles and prepares them for placing on all
// cores, handing them over in stream order, so that placement and the
// store writes are the only serial steps. The queues hold two batches, so
// the next batch is prepared while one is being stored.
func prepared(gen *stream, placer *ingest.StoryPlacer, n, batchSize int) <-chan *job {
	work := make(chan *job, 2*batchSize)
	order := make(chan *job, 2*batchSize)
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
				origin := fmt.Sprintf("bench:%d", j.id)
				j.page = source.Page{Origin: origin, Kind: source.KindText, Data: []byte(origin + "\n" + j.a.Text)}
				j.art = article.Article{Origin: origin, Title: j.a.Title, Site: j.a.Site, Published: j.a.Published, Text: j.a.Text}
				j.bodyHash = ingest.BodyHash(j.a.Text)
				j.prep = placer.Prepare(j.art)
				close(j.done)
			}
		}()
	}
	out := make(chan *job, 2*batchSize)
	go func() {
		for j := range order {
			<-j.done
			out <- j
		}
		close(out)
	}()
	return out
}

// storeBatch stores a batch in one transaction, as batched ingestion
// does, placing each article as the store numbers it.
func storeBatch(ctx context.Context, store *storage.Store, placer *ingest.StoryPlacer, batch []*job) error {
	items := make([]storage.NewArticle, len(batch))
	for i, j := range batch {
		items[i] = storage.NewArticle{Page: j.page, Article: &j.art, BodyHash: j.bodyHash}
	}
	added, err := store.AddArticles(ctx, items, func(ctx context.Context, i int, a article.Article) (storage.Placement, error) {
		j := batch[i]
		if a.ID != j.id {
			return storage.Placement{}, fmt.Errorf("store numbered article %d as %d: is the store file fresh?", j.id, a.ID)
		}
		return placer.PlacePrepared(ctx, a, j.prep)
	})
	if err != nil {
		return err
	}
	for i, ad := range added {
		if ad.Err != nil {
			return ad.Err
		}
		batch[i].placement = ad.Placement
	}
	return nil
}

// loadAverage is the machine's 1, 5 and 15 minute load averages, as
// uptime prints them.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
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
