// Command extract benchmarks crosscheck's page→article extraction against
// plain go-trafilatura v1.12.2 (default options) on the extraction set:
// body quality (4-token shingle precision/recall/F1), publication-date
// agreement, pages per second on one thread and on all cores, and peak
// memory.
//
// Every (engine, measurement) runs in a child process of its own so that
// peak RSS belongs to one engine, and timing rounds alternate engines so
// that load from elsewhere on the machine falls on all of them alike.
//
//	go run ./bench/extract [-data ../shared/data/extraction] [-rounds 3]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

func main() {
	data := flag.String("data", "/work/shared/data/extraction", "extraction set directory")
	rounds := flag.Int("rounds", 3, "timing rounds; the fastest counts")
	child := flag.String("child", "", "internal: run one engine in this process")
	mode := flag.String("mode", "", "internal: quality, single or parallel")
	flag.Parse()

	if *child != "" {
		res, err := runChild(*data, *child, *mode)
		if err != nil {
			slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
			os.Exit(1)
		}
		if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
			os.Exit(1)
		}
		return
	}
	if err := runParent(*data, *rounds); err != nil {
		slog.Error("benchmark failed", "err", err)
		os.Exit(1)
	}
}

// result is what a child reports.
type result struct {
	Engine string
	Mode   string
	Pages  int
	Failed int
	// Quality mode.
	Precision, Recall, F1 float64
	TuneF1, HeldOutF1     float64
	Dates                 *dateReport `json:",omitempty"`
	// Timing modes.
	Seconds float64
	Workers int
	// Peak memory of the child: resident set (getrusage) and sampled heap.
	MaxRSS       int64
	BaselineRSS  int64 // after loading the pages, before extracting
	PeakHeapUsed uint64
}

var engines = []string{"crosscheck-html", "crosscheck-text", "go-trafilatura"}

func runParent(data string, rounds int) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding own executable: %w", err)
	}
	spawn := func(engine, mode string) (result, error) {
		var out, errb bytes.Buffer
		cmd := exec.Command(self, "-data", data, "-child", engine, "-mode", mode)
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return result{}, fmt.Errorf("%s %s: %w\n%s", engine, mode, err, errb.String())
		}
		var r result
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			return result{}, fmt.Errorf("%s %s: reading result: %w", engine, mode, err)
		}
		return r, nil
	}

	quality := make(map[string]result)
	for _, e := range engines {
		r, err := spawn(e, "quality")
		if err != nil {
			return err
		}
		quality[e] = r
	}
	best := make(map[string]result)
	for round := 0; round < rounds; round++ {
		for _, mode := range []string{"single", "parallel"} {
			for _, e := range engines {
				r, err := spawn(e, mode)
				if err != nil {
					return err
				}
				k := e + "/" + mode
				if b, ok := best[k]; !ok || r.Seconds < b.Seconds {
					r.MaxRSS = max(r.MaxRSS, b.MaxRSS)
					best[k] = r
				} else {
					b.MaxRSS = max(b.MaxRSS, r.MaxRSS)
					best[k] = b
				}
			}
		}
	}
	report(os.Stdout, quality, best, rounds)
	return nil
}

func report(w *os.File, quality, best map[string]result, rounds int) {
	fmt.Fprintf(w, "Extraction set: %d pages; GOMAXPROCS=%d; best of %d timing rounds\n\n", quality["crosscheck-html"].Pages, runtime.GOMAXPROCS(0), rounds)
	fmt.Fprintln(w, "| engine | precision | recall | F1 | F1 tune half | F1 held-out half | failed | pages/s 1 thread | pages/s all cores | peak RSS 1 thread | peak heap 1 thread |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|")
	for _, e := range engines {
		q, s, p := quality[e], best[e+"/single"], best[e+"/parallel"]
		fmt.Fprintf(w, "| %s | %.4f | %.4f | **%.4f** | %.4f | %.4f | %d | %.1f | %.1f (%d workers) | %s | %s |\n",
			e, q.Precision, q.Recall, q.F1, q.TuneF1, q.HeldOutF1, q.Failed,
			float64(s.Pages)/s.Seconds, float64(p.Pages)/p.Seconds, p.Workers,
			mib(s.MaxRSS), mib(int64(s.PeakHeapUsed)))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Peak RSS includes the pages held in memory (baseline after loading:")
	var parts []string
	for _, e := range engines {
		parts = append(parts, fmt.Sprintf("%s %s", e, mib(best[e+"/single"].BaselineRSS)))
	}
	fmt.Fprintf(w, "%s). All-cores peak RSS: ", strings.Join(parts, ", "))
	parts = parts[:0]
	for _, e := range engines {
		parts = append(parts, fmt.Sprintf("%s %s", e, mib(best[e+"/parallel"].MaxRSS)))
	}
	fmt.Fprintf(w, "%s.\n\n", strings.Join(parts, ", "))
	if d := quality["crosscheck-html"].Dates; d != nil {
		d.print(w)
	}
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
