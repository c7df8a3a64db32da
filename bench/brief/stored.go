package main

import (
	"context"
	"fmt"
	"io"
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

// memProfile, when set, is where runStored writes an allocation profile
// of the updates (alloc_space counts from the first update on).
var memProfile string

// noReads skips the reads in runStored.
var noReads bool

// cliBinaries are crosscheck binaries whose `brief --format json` of the
// stored story reads times cold, comma-separated.
var cliBinaries string

// runStored measures briefings as lookups (issue 15) on a stored story of
// n articles: ECB+ taken whole, cycled with a marked reprint when n is
// more than its 982 articles, stored one story with each article's
// analysis, in one SQLite file. Then: the full build from stored
// analyses; the stored briefing read warm (same process) and cold (a
// fresh process opening the store); adding one article and updating the
// stored briefing; and ingest throughput with and without the analysis
// stored, on the same pages.
func runStored(ctx context.Context, data string, n, runs int, pages, keep string, add bool) error {
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
	if keep != "" {
		path = keep
	}
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Printf("stored story: %d ECB+ articles in one story, SQLite %s; %s, GOMAXPROCS %d\n\n", n, path, runtime.Version(), runtime.GOMAXPROCS(0))

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
	if s, err := st.Story(ctx, 1); err == nil && s.Articles >= n {
		// Kept from an earlier run: read (and, when the rules changed,
		// rebuild) what is there.
		fmt.Printf("reusing the stored story: %d articles\n", s.Articles)
		start := time.Now()
		cpu0 := cpuTime()
		if _, _, err := k.Briefing(ctx, 1); err != nil {
			return err
		}
		// The first page too: made from the whole briefing when the one
		// stored is of an earlier page format.
		if s, _, err := k.Page(ctx, 1); err != nil {
			return err
		} else if _, err := k.HeadFor(ctx, s); err != nil { // stored when missing
			return err
		} else if err := k.WriteGzip(ctx, s, func([]byte) error { return nil }); err != nil { // compressed and stored when missing
			return err
		}
		fmt.Printf("first read (a build when the stored briefing is not current): %s (CPU %s)\n\n", time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond))
	} else {
		start := time.Now()
		if err := storeStory(ctx, st, arts); err != nil {
			return err
		}
		fmt.Printf("stored with analyses in %s\n", time.Since(start).Round(time.Millisecond))
		start = time.Now()
		cpu0 := cpuTime()
		if _, _, err := k.Refresh(ctx, 1); err != nil {
			return err
		}
		fmt.Printf("first briefing, built from the stored analyses and stored: %s (CPU %s)\n\n", time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond))
	}

	fmt.Println("| measure | p50 | p99 | max | CPU | target |")
	fmt.Println("| --- | --- | --- | --- | --- | --- |")
	if !noReads {
		if err := reads(ctx, st, path, k, runs); err != nil {
			return err
		}
	}

	// One more article joins: stored with its analysis, then the story's
	// briefing brought up to date, as ingest does.
	if !add {
		return nil
	}
	var adds, addsCPU []time.Duration
	if memProfile != "" {
		// Count only the updates: forget what the first read allocated.
		runtime.GC()
		runtime.MemProfileRate = 64 << 10
		defer func() {
			f, err := os.Create(memProfile)
			if err != nil {
				return
			}
			defer f.Close()
			pprof.Lookup("allocs").WriteTo(f, 0)
		}()
	}
	// Numbered after the articles the story has, so that a run on a
	// store kept from an earlier run adds pages it does not hold yet.
	had := 0
	if s, err := st.Story(ctx, 1); err == nil {
		had = s.Articles
	}
	for i := range max(runs, 1) {
		a := last
		a.Text += fmt.Sprintf("\n\n(added %d)", had+i)
		a.Origin += fmt.Sprintf("/added/%d", had+i)
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
			fmt.Printf("| add one article: store it with its analysis | %s | | | | |\n", stored.Round(time.Millisecond))
		}
	}
	// Each update's CPU in arrival order (the first is cold: a fresh
	// process holds nothing of the story yet).
	fmt.Printf("update CPU in order:")
	for _, d := range addsCPU {
		fmt.Printf(" %s", d.Round(time.Millisecond))
	}
	fmt.Println()
	slices.Sort(adds)
	slices.Sort(addsCPU)
	fmt.Printf("| add one article and update the stored briefing, %d runs | %s | %s | %s | %s (median) | < 200 ms |\n", len(adds), q(adds, 0.5), q(adds, 0.99), q(adds, 1), q(addsCPU, 0.5))
	fmt.Printf("update CPU p50 %s p99 %s\n", q(addsCPU, 0.5), q(addsCPU, 0.99))

	if pages != "" {
		return ingestThroughput(ctx, dir, pages, runs)
	}
	return nil
}

// reads measures the stored briefing read warm (in this process, each
// form a reader takes) and cold (a fresh process per read).
func reads(ctx context.Context, st *storage.Store, path string, k *briefings.Keeper, runs int) error {
	// Warm reads, in this process, of what each reader takes: the whole
	// briefing as JSON (the API, `crosscheck brief --format json`), the
	// first page (the story page), and the whole briefing decoded (the
	// other formats, exports, article pages). CPU per read is the
	// process's CPU time over the reads.
	reads := []struct {
		name string
		read func() error
	}{
		{"whole briefing as JSON (stored bytes, current)", func() error { _, _, err := k.Encoded(ctx, 1); return err }},
		{"whole briefing as JSON written once (stored bytes as read, API without cache)", func() error {
			s, err := st.Story(ctx, 1)
			if err != nil {
				return err
			}
			return k.WriteEncoded(ctx, s, func(enc []byte) error { _, err := io.Discard.Write(enc); return err })
		}},
		{"whole briefing gzip-compressed as stored (API to a client that accepts gzip)", func() error {
			s, err := st.Story(ctx, 1)
			if err != nil {
				return err
			}
			return k.WriteGzip(ctx, s, func(gz []byte) error { _, err := io.Discard.Write(gz); return err })
		}},
		{"first page (story page: stored page, decoded)", func() error { _, _, err := k.Page(ctx, 1); return err }},
		{"story page head (stored head and rendered page, not the page)", func() error {
			s, err := st.Story(ctx, 1)
			if err != nil {
				return err
			}
			_, err = k.HeadFor(ctx, s)
			return err
		}},
		{"whole briefing decoded", func() error { _, _, err := k.Briefing(ctx, 1); return err }},
	}
	var warm []samples
	for _, r := range reads {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		cpu0 := cpuTime()
		w := sample(max(runs, 100), r.read)
		if w.err != nil {
			return w.err
		}
		w.cpu = (cpuTime() - cpu0) / time.Duration(len(w.d))
		runtime.ReadMemStats(&m1)
		w.alloc = (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(w.d))
		w.gcs = m1.NumGC - m0.NumGC
		warm = append(warm, w)
	}
	if sb, err := st.Briefing(ctx, 1); err == nil {
		var gz int
		_ = st.WithBriefingGzip(ctx, 1, func(sb storage.StoredBriefing) error { gz = len(sb.Gzip); return nil })
		fmt.Printf("stored: whole briefing %d bytes (gzip %d bytes), first page %d bytes, head %d bytes, rendered page %d bytes stored\n\n", len(sb.Briefing), gz, len(sb.Page), len(sb.Head), len(sb.Fragment))
	}
	var cold, coldMain []time.Duration
	var coldCPU time.Duration
	for range max(runs, 5) {
		d, m, c, err := coldRead(path)
		if err != nil {
			return err
		}
		cold, coldMain = append(cold, d), append(coldMain, m)
		coldCPU += c
	}
	slices.Sort(cold)
	slices.Sort(coldMain)
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average (1, 5, 15 min): %s\n\n", strings.Join(strings.Fields(string(la))[:3], ", "))
	}
	for i, r := range reads {
		target := ""
		if i == 0 {
			target = "p99 < 100 ms"
		}
		fmt.Printf("| warm: %s, %d reads | %s | %s | %s | %s (%.1f MB allocated a read, %d GCs) | %s |\n", r.name, len(warm[i].d), warm[i].q(0.5), warm[i].q(0.99), warm[i].q(1), warm[i].cpu.Round(100*time.Microsecond), float64(warm[i].alloc)/1e6, warm[i].gcs, target)
	}
	fmt.Printf("| cold: fresh process, start to exit (package init, open store, whole briefing as indented JSON), %d runs | %s | %s | %s | %s | < 1 s |\n", len(cold), q(cold, 0.5), q(cold, 0.99), q(cold, 1), (coldCPU / time.Duration(len(cold))).Round(time.Millisecond))
	fmt.Printf("| cold: the same, from main (open store, read, write) | %s | %s | %s | | |\n", q(coldMain, 0.5), q(coldMain, 0.99), q(coldMain, 1))
	if cliBinaries != "" {
		return coldCLI(path, strings.Split(cliBinaries, ","), max(runs, 5))
	}

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
// fresh process, and returns the wall time from starting it to its exit,
// the child's own time from main to the briefing written (what is left
// once the packages' init has run) and the child's CPU time.
func coldRead(path string) (time.Duration, time.Duration, time.Duration, error) {
	start := time.Now()
	cmd := exec.Command(os.Args[0], "-read", path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return 0, 0, 0, fmt.Errorf("cold read: %v: %s", err, out)
	}
	wall := time.Since(start)
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	inMain, err := time.ParseDuration(strings.TrimSpace(string(out)))
	return wall, inMain, cpu, err
}

// coldCLI times each binary's `brief --db path --format json 1`, its
// output discarded, runs times, the binaries taking turns: wall from
// start to exit and the process's CPU (user and system).
func coldCLI(path string, bins []string, runs int) error {
	wall := make([][]time.Duration, len(bins))
	cpu := make([][]time.Duration, len(bins))
	for range runs {
		for i, bin := range bins {
			start := time.Now()
			cmd := exec.Command(bin, "brief", "--db", path, "--format", "json", "1")
			var stderr strings.Builder
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s brief: %v: %s", bin, err, stderr.String())
			}
			wall[i] = append(wall[i], time.Since(start))
			cpu[i] = append(cpu[i], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
	}
	for i, bin := range bins {
		slices.Sort(wall[i])
		slices.Sort(cpu[i])
		fmt.Printf("| cold: `%s brief --format json 1`, start to exit, %d runs | %s | %s | %s | %s (median; %s max) | < 1 s |\n", bin, runs, q(wall[i], 0.5), q(wall[i], 0.99), q(wall[i], 1), q(cpu[i], 0.5), q(cpu[i], 1))
	}
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("\nload average after the cold runs (1, 5, 15 min): %s\n", strings.Join(strings.Fields(string(la))[:3], ", "))
	}
	return nil
}

// readOnce is the child of coldRead: what `crosscheck brief --format
// json STORY` does, the whole briefing written as indented JSON (here to
// nowhere).
func readOnce(ctx context.Context, path string) error {
	start := time.Now()
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	sb, err := st.BriefingPage(ctx, 1)
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
	if err := briefings.New(st).WriteEncoded(ctx, s, func(enc []byte) error { return briefings.WriteIndented(io.Discard, enc) }); err != nil {
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
	cpuPerPage := map[bool][]time.Duration{} // the process's CPU over the run, per page
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
			start, cpu0 := time.Now(), cpuTime()
			sum, err := in.Run(ctx, (&source.Reader{}).Pages(ctx, paths))
			el, cpu := time.Since(start), cpuTime()-cpu0
			st.Close()
			if err != nil {
				return err
			}
			n := sum.Added + sum.Skipped + sum.Failed
			rates[skip] = append(rates[skip], float64(n)/el.Seconds())
			cpuPerPage[skip] = append(cpuPerPage[skip], cpu/time.Duration(max(n, 1)))
		}
	}
	med := func(xs []float64) float64 { slices.Sort(xs); return xs[len(xs)/2] }
	before, after := med(rates[true]), med(rates[false])
	fmt.Printf("\ningest of %d pages (%s), %d runs each, alternating, median:\n\n", len(paths), pages, len(rates[true]))
	fmt.Println("| ingest | pages/s | runs (pages/s) | CPU per page, median | runs (CPU per page) |")
	fmt.Println("| --- | --- | --- | --- | --- |")
	for _, skip := range []bool{true, false} {
		name := "with analysis stored"
		if skip {
			name = "without analysis (before)"
		}
		c := cpuPerPage[skip]
		var cs []string
		for _, d := range c {
			cs = append(cs, d.Round(100*time.Microsecond).String())
		}
		slices.Sort(c)
		fmt.Printf("| %s | %.1f | %s | %s | %s |\n", name, med(rates[skip]), floats(rates[skip]), c[len(c)/2].Round(100*time.Microsecond), strings.Join(cs, ", "))
	}
	cb, ca := cpuPerPage[true][len(cpuPerPage[true])/2], cpuPerPage[false][len(cpuPerPage[false])/2]
	fmt.Printf("\nratio with/without: %.2f in pages/s, %.2f in CPU per page (without/with) (target ≥ 0.8)\n", after/before, float64(cb)/float64(ca))
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average after (1, 5, 15 min): %s\n", strings.Join(strings.Fields(string(la))[:3], ", "))
	}
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
	cpu time.Duration
	// alloc is the bytes allocated per read, gcs the collections over
	// all reads (warm reads only).
	alloc uint64
	gcs   uint32
	err   error
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
