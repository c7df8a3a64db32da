package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck/internal/analysis"
	"crosscheck/internal/article"
	"crosscheck/internal/briefings"
	"crosscheck/internal/extract"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// cpuProfile, when set, is where runStored writes a CPU profile of the
// first build and the updates.
var cpuProfile string

// noReads skips the reads in runStored.
var noReads bool

// runStored measures briefings as lookups (issue 15) on a stored story of
// n articles: ECB+ taken whole, cycled with a marked reprint when n is
// more than its 982 articles, stored one story with each article's
// analysis, in one SQLite file. Then: the full build from stored
// analyses; the stored briefing read warm (same process) and cold (a
// fresh process opening the store); adding one article and updating the
// stored briefing; and ingest throughput with and without the analysis
// stored, on the same pages.
func runStored(ctx context.Context, data string, n, runs int, pages string) error {
	arts, err := loadArticles(filepath.Join(data, "clustering", "ecbplus.jsonl"), n+1)
	if err != nil {
		return err
	}
	last := arts[n]
	arts = arts[:n]
	dir, err := os.MkdirTemp("", "crosscheck-brief-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "story.db")
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Printf("stored story: %d ECB+ articles in one story, SQLite %s; %s, GOMAXPROCS %d\n\n", n, path, runtime.Version(), runtime.GOMAXPROCS(0))

	start := time.Now()
	if err := storeStory(ctx, st, arts); err != nil {
		return err
	}
	fmt.Printf("stored with analyses in %s\n", time.Since(start).Round(time.Millisecond))
	k := briefings.New(st)
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start = time.Now()
	cpu0 := cpuTime()
	if _, _, err := k.Refresh(ctx, 1); err != nil {
		return err
	}
	fmt.Printf("first briefing, built from the stored analyses and stored: %s (CPU %s)\n\n", time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond))

	fmt.Println("| measure | p50 | p99 | max | target |")
	fmt.Println("| --- | --- | --- | --- | --- |")
	if !noReads {
		if err := reads(ctx, path, k, runs); err != nil {
			return err
		}
	}

	// One more article joins: stored with its analysis, then the story's
	// briefing brought up to date, as ingest does.
	var adds, addsCPU []time.Duration
	for i := range max(runs, 1) {
		a := last
		a.Text += fmt.Sprintf("\n\n(added %d)", i)
		a.Origin += fmt.Sprintf("/added/%d", i)
		start, cpu0 := time.Now(), cpuTime()
		if err := storeStory(ctx, st, []article.Article{a}); err != nil {
			return err
		}
		stored := time.Since(start)
		if err := k.RefreshStories(ctx, []int64{1}); err != nil {
			return err
		}
		adds, addsCPU = append(adds, time.Since(start)), append(addsCPU, cpuTime()-cpu0)
		if i == 0 {
			fmt.Printf("| add one article: store it with its analysis | %s | | | |\n", stored.Round(time.Millisecond))
		}
	}
	slices.Sort(adds)
	slices.Sort(addsCPU)
	fmt.Printf("| add one article and update the stored briefing, %d runs | %s | %s | %s | < 200 ms |\n", len(adds), q(adds, 0.5), q(adds, 0.99), q(adds, 1))
	fmt.Printf("| the same, CPU time (all goroutines) | %s | %s | %s | |\n", q(addsCPU, 0.5), q(addsCPU, 0.99), q(addsCPU, 1))

	if pages != "" {
		return ingestThroughput(ctx, dir, pages, runs)
	}
	return nil
}

// reads measures the stored briefing read warm (in this process) and cold
// (a fresh process per read).
func reads(ctx context.Context, path string, k *briefings.Keeper, runs int) error {
	warm := sample(max(runs, 100), func() error { _, _, err := k.Briefing(ctx, 1); return err })
	if warm.err != nil {
		return warm.err
	}
	var cold, coldMain []time.Duration
	for range max(runs, 5) {
		d, m, err := coldRead(path)
		if err != nil {
			return err
		}
		cold, coldMain = append(cold, d), append(coldMain, m)
	}
	slices.Sort(cold)
	slices.Sort(coldMain)
	fmt.Printf("| briefing, warm (stored, current: read and decode), %d reads | %s | %s | %s | p99 < 100 ms |\n", len(warm.d), warm.q(0.5), warm.q(0.99), warm.q(1))
	fmt.Printf("| briefing, cold: fresh process, start to exit (package init, open store, read, decode), %d runs | %s | %s | %s | < 1 s |\n", len(cold), q(cold, 0.5), q(cold, 0.99), q(cold, 1))
	fmt.Printf("| briefing, cold: fresh process, from main (open store, read, decode) | %s | %s | %s | |\n", q(coldMain, 0.5), q(coldMain, 0.99), q(coldMain, 1))

	return nil
}

// storeStory stores arts in story 1 (opened by the first if need be),
// each analysed on all cores first, in one transaction.
func storeStory(ctx context.Context, st *storage.Store, arts []article.Article) error {
	batch := make([]storage.NewArticle, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	errs := make([]error, len(arts))
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				a := &arts[i]
				an, err := analysis.Of(*a)
				errs[i] = err
				p := source.Page{Origin: a.Origin, Kind: source.KindText, Data: []byte(a.Origin + "\n" + a.Text)}
				batch[i] = storage.NewArticle{Page: p, Article: a, BodyHash: storage.PageHash([]byte(a.Text)), Analysis: an}
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	_, err := st.Story(ctx, 1)
	open := err != nil
	added, err := st.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (storage.Placement, error) {
		return storage.Placement{Story: 1, NewStory: open && i == 0, StoryTitle: "ECB+"}, nil
	})
	if err != nil {
		return err
	}
	for _, a := range added {
		if a.Err != nil {
			return a.Err
		}
	}
	return nil
}

// coldRead runs this program again to read the briefing once from a
// fresh process, and returns the wall time from starting it to its exit
// and the child's own time from main to the decoded briefing (what is
// left once the packages' init has run).
func coldRead(path string) (time.Duration, time.Duration, error) {
	start := time.Now()
	out, err := exec.Command(os.Args[0], "-read", path).CombinedOutput()
	if err != nil {
		return 0, 0, fmt.Errorf("cold read: %v: %s", err, out)
	}
	wall := time.Since(start)
	inMain, err := time.ParseDuration(strings.TrimSpace(string(out)))
	return wall, inMain, err
}

// readOnce is the child of coldRead.
func readOnce(ctx context.Context, path string) error {
	start := time.Now()
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	sb, err := st.Briefing(ctx, 1)
	if err != nil {
		return err
	}
	s, err := st.Story(ctx, 1)
	if err != nil {
		return err
	}
	if sb.Revision != s.Revision || sb.Version != briefings.Version {
		return fmt.Errorf("the stored briefing is not current")
	}
	if _, _, err := briefings.New(st).Briefing(ctx, 1); err != nil {
		return err
	}
	fmt.Println(time.Since(start))
	return nil
}

// ingestThroughput ingests the same pages into fresh stores with the
// analysis stored and without (SkipAnalysis, as before issue 15),
// alternating, and prints pages per second.
func ingestThroughput(ctx context.Context, dir, pages string, runs int) error {
	paths, err := filepath.Glob(pages)
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no pages match %s", pages)
	}
	rates := map[bool][]float64{}
	for r := range max(runs, 3) {
		for _, skip := range []bool{true, false} {
			st, err := storage.Open(ctx, filepath.Join(dir, fmt.Sprintf("ingest-%d-%v.db", r, skip)))
			if err != nil {
				return err
			}
			pl, err := ingest.NewSharedStoryPlacer(ctx, st)
			if err != nil {
				return err
			}
			in := &ingest.Ingester{Store: st, Extract: extract.Extract, Placer: pl, SkipAnalysis: skip}
			start := time.Now()
			sum, err := in.Run(ctx, (&source.Reader{}).Pages(ctx, paths))
			el := time.Since(start)
			st.Close()
			if err != nil {
				return err
			}
			rates[skip] = append(rates[skip], float64(sum.Added+sum.Skipped+sum.Failed)/el.Seconds())
		}
	}
	med := func(xs []float64) float64 { slices.Sort(xs); return xs[len(xs)/2] }
	before, after := med(rates[true]), med(rates[false])
	fmt.Printf("\ningest of %d pages (%s), %d runs each, alternating, median:\n\n", len(paths), pages, len(rates[true]))
	fmt.Println("| ingest | pages/s | runs (pages/s) |")
	fmt.Println("| --- | --- | --- |")
	fmt.Printf("| without analysis (before) | %.1f | %s |\n", before, floats(rates[true]))
	fmt.Printf("| with analysis stored | %.1f | %s |\n", after, floats(rates[false]))
	fmt.Printf("\nratio with/without: %.2f (target ≥ 0.8)\n", after/before)
	return nil
}

func floats(xs []float64) string {
	var s []string
	for _, x := range xs {
		s = append(s, strconv.FormatFloat(x, 'f', 1, 64))
	}
	return strings.Join(s, ", ")
}

type samples struct {
	d   []time.Duration
	err error
}

func sample(n int, f func() error) samples {
	var s samples
	for range n {
		start := time.Now()
		if err := f(); err != nil {
			s.err = err
			return s
		}
		s.d = append(s.d, time.Since(start))
	}
	slices.Sort(s.d)
	return s
}

func (s samples) q(p float64) string { return q(s.d, p) }

// q is the p quantile of sorted ds.
func q(ds []time.Duration, p float64) string {
	if len(ds) == 0 {
		return "-"
	}
	i := min(int(p*float64(len(ds))), len(ds)-1)
	return ds[i].Round(100 * time.Microsecond).String()
}

// loadArticles takes every ECB+ article, in file order, cycling with a
// marked reprint until there are n, each its own outlet.
func loadArticles(path string, n int) ([]article.Article, error) {
	byTopic, order, err := readTopics(path)
	if err != nil {
		return nil, err
	}
	var all []article.Article
	for _, t := range order {
		all = append(all, byTopic[t]...)
	}
	out := make([]article.Article, n)
	for i := range out {
		a := all[i%len(all)]
		if i >= len(all) {
			a.Text += fmt.Sprintf("\n\n(reprint %d)", i/len(all))
			a.Origin += fmt.Sprintf("/reprint/%d", i/len(all))
		}
		a.Site = fmt.Sprintf("Outlet %d", i%97)
		out[i] = a
	}
	return out, nil
}
