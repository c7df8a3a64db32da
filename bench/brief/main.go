// Command brief times the briefing of a 50-article story: ECB+ articles
// taken whole topics at a time (topic 1, then topic 2, ...) until there are
// enough, so the story has the overlap and variety of real coverage. It
// reports the median and fastest of several builds, and beside it the time of the
// summariser alone and of the baseline summarisers on the same input.
//
//	go run ./bench/brief [-data ../shared/data] [-articles 50] [-runs 5]
//
// With -stored it measures briefings as lookups instead (stored.go):
//
//	go run ./bench/brief -stored -articles 1000 [-pages 'GLOB']
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
)

func main() {
	data := flag.String("data", "../shared/data", "the evaluation data directory")
	n := flag.Int("articles", 50, "articles in the story")
	runs := flag.Int("runs", 5, "timed builds; the median is reported")
	stored := flag.Bool("stored", false, "measure briefings as lookups on a stored story of -articles articles (issue 15) instead of Build")
	pages := flag.String("pages", "", "with -stored: also measure ingest throughput with and without the analysis stored on these pages (a glob)")
	read := flag.String("read", "", "read story 1's briefing from this store once and exit (the cold read's child)")
	db := flag.String("db", "", "with -stored: keep the stored story in this SQLite file, and reuse it when it holds one already (the first build of 1,000 articles is minutes)")
	add := flag.Bool("add", true, "with -stored: also measure adding one article and updating the stored briefing")
	flag.BoolVar(&noReads, "noreads", false, "with -stored: skip the warm and cold reads (measure the build and the updates only)")
	flag.StringVar(&memProfile, "memprofile", "", "with -stored: write an allocation profile of the updates to this file")
	flag.StringVar(&cpuProfile, "cpuprofile", "", "with -stored: write a CPU profile of the first build and the updates to this file")
	flag.StringVar(&cliBinaries, "cli", "", "with -stored: also time `BINARY brief --db STORE --format json 1` cold, for each of these comma-separated crosscheck binaries (runs alternating)")
	flag.Parse()
	var err error
	switch {
	case *read != "":
		err = readOnce(context.Background(), *read)
	case *stored:
		err = runStored(context.Background(), *data, *n, *runs, *pages, *db, *add)
	default:
		err = run(context.Background(), *data, *n, *runs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "brief:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, data string, n, runs int) error {
	arts, topics, err := loadStory(filepath.Join(data, "clustering", "ecbplus.jsonl"), n)
	if err != nil {
		return err
	}
	var words int
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	fmt.Printf("story: %d ECB+ articles (topics %s), %d words; %s, GOMAXPROCS %d\n\n",
		len(arts), strings.Join(topics, ", "), words, runtime.Version(), runtime.GOMAXPROCS(0))

	var b *brief.Briefing
	cpu0 := cpuTime()
	build, fastest := timed(runs, func() {
		var err2 error
		b, err2 = brief.Build(ctx, brief.Story{ID: 1}, arts, nil)
		if err2 != nil {
			err = err2
		}
	})
	if err != nil {
		return err
	}
	cpu := (cpuTime() - cpu0) / time.Duration(max(runs, 1))
	docs, err := brief.Documents(ctx, arts)
	if err != nil {
		return err
	}
	fmt.Printf("Build CPU time (user+system, all cores) per briefing: %s\n\n", cpu.Round(time.Millisecond))
	fmt.Println("| step | median time | fastest |")
	fmt.Println("| --- | --- | --- |")
	fmt.Printf("| Build: whole briefing (analysis, alignment, summary, sections) | %s | %s |\n", build.Round(time.Millisecond), fastest.Round(time.Millisecond))
	for _, m := range []struct {
		name string
		f    brief.Summarizer
	}{
		{"Summarize alone (LexRank + MMR)", brief.Summarize},
		{"LexRank baseline alone", brief.LexRank},
		{"Centroid baseline alone", brief.Centroid},
		{"Lead baseline alone", brief.Lead},
	} {
		d, f := timed(runs, func() { m.f(docs, brief.SummaryWords) })
		fmt.Printf("| %s | %s | %s |\n", m.name, d.Round(time.Microsecond), f.Round(time.Microsecond))
	}
	fmt.Printf("\nbriefing: %d agreed, %d partial, %d single facts, %d conflicts, %d speakers, %d citations, %d timeline events, %d summary sentences\n",
		len(b.Agreed), len(b.Partial), len(b.Single), len(b.Conflicts), len(b.Quotes), len(b.Citations), len(b.Timeline), len(b.Summary))
	return nil
}

// timed runs f runs times and returns the median and the fastest run: the
// machine is shared, and the fastest run shows the cost without the
// neighbours' load.
func timed(runs int, f func()) (median, fastest time.Duration) {
	runs = max(runs, 1)
	ds := make([]time.Duration, runs)
	for i := range ds {
		start := time.Now()
		f()
		ds[i] = time.Since(start)
	}
	slices.Sort(ds)
	return ds[len(ds)/2], ds[0]
}

// cpuTime is the process's user and system CPU time so far; unlike wall
// time it does not grow while other processes hold the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadStory takes ECB+ articles topic by topic, in file order, until it has
// n. The leading URL line of ECB+ "plus" texts is dropped.
func loadStory(path string, n int) ([]article.Article, []string, error) {
	byTopic, order, err := readTopics(path)
	if err != nil {
		return nil, nil, err
	}
	var arts []article.Article
	var topics []string
	for _, t := range order {
		if len(arts) >= n {
			break
		}
		take := byTopic[t][:min(len(byTopic[t]), n-len(arts))]
		arts = append(arts, take...)
		topics = append(topics, t)
	}
	if len(arts) < n {
		return nil, nil, fmt.Errorf("%s: only %d articles", path, len(arts))
	}
	return arts, topics, nil
}

// readTopics reads ECB+'s articles by topic, and the topics in file
// order.
func readTopics(path string) (map[string][]article.Article, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading ECB+: %w", err)
	}
	defer f.Close()
	byTopic := make(map[string][]article.Article)
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec struct{ ID, Topic, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		text := rec.Text
		if first, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(first, "http") {
			text = rest
		}
		if _, ok := byTopic[rec.Topic]; !ok {
			order = append(order, rec.Topic)
		}
		byTopic[rec.Topic] = append(byTopic[rec.Topic], article.Article{Origin: fmt.Sprintf("ecbplus.jsonl:%d", line), Text: text})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading ECB+: %w", err)
	}
	return byTopic, order, nil
}
