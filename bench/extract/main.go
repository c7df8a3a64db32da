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
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"crosscheck/internal/eval"
)

func main() {
	data := flag.String("data", "/work/shared/data/extraction", "extraction set directory")
	rounds := flag.Int("rounds", 3, "timing rounds; the fastest counts")
	child := flag.String("child", "", "internal: run one engine in this process")
	mode := flag.String("mode", "", "internal: quality, flatten-quality (the text path on dumps flattened from the HTML), comparison, metadata, pagetype, pagetype-shapes (develop shapes for bench/pagetypefit), single, parallel, or develop-dumps (the develop pages' text dumps, real and flattened, as JSON lines for internal/textdump's -textdump.cv), or develop-html (the develop pages' HTML and truth for internal/extract's -extract.cv)")
	verbose := flag.Bool("v", false, "list the develop part's page-type errors")
	flag.BoolVar(&noAddresses, "no-addresses", false, "classify fixture pages without the addresses their fixture sets record (the page-type numbers before session 12)")
	flag.Parse()

	if *child != "" {
		if *mode == "metadata" {
			dir := filepath.Join(*data, "..", "pages", "readability")
			m, err := metadataScores(dir, *child)
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			bodies, err := readabilityBodies(dir, *child)
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			if err := json.NewEncoder(os.Stdout).Encode(result{Engine: *child, Mode: *mode, Meta: m, Bodies: bodies}); err != nil {
				os.Exit(1)
			}
			return
		}
		if *mode == "flatten-quality" {
			r, err := flatQuality(*data, *child)
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			if err := json.NewEncoder(os.Stdout).Encode(result{Engine: *child, Mode: *mode, Flat: &r}); err != nil {
				os.Exit(1)
			}
			return
		}
		if *mode == "comparison" {
			r, err := snippetScores(*data, *child)
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			if err := json.NewEncoder(os.Stdout).Encode(result{Engine: *child, Mode: *mode, Snippets: r}); err != nil {
				os.Exit(1)
			}
			return
		}
		if *mode == "pagetype-shapes" {
			pages, _, err := loadLabelled(*data, labelsFile)
			if err == nil {
				err = writeShapes(os.Stdout, pages)
			}
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			return
		}
		if *mode == "pagetype" {
			pages, leftOut, err := loadLabelled(*data, labelsFile)
			if err != nil {
				slog.Error("child failed", "engine", *child, "mode", *mode, "err", err)
				os.Exit(1)
			}
			if err := json.NewEncoder(os.Stdout).Encode(result{Engine: *child, Mode: *mode, Types: pageTypes(pages, leftOut, *child)}); err != nil {
				os.Exit(1)
			}
			return
		}
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
	if *mode == "develop-html" {
		// The develop pages' HTML for internal/extract's site-held-out
		// cross-validation, on stdout.
		if err := writeDevelopPages(*data, os.Stdout); err != nil {
			slog.Error("benchmark failed", "err", err)
			os.Exit(1)
		}
		return
	}
	if *mode == "develop-dumps" {
		// The develop pages' dumps for internal/textdump's site-held-out
		// cross-validation, on stdout.
		if err := writeDevelopDumps(*data, os.Stdout); err != nil {
			slog.Error("benchmark failed", "err", err)
			os.Exit(1)
		}
		return
	}
	if *mode == "flatten-quality" {
		if err := runFlatParent(*data); err != nil {
			slog.Error("benchmark failed", "err", err)
			os.Exit(1)
		}
		return
	}
	if err := runParent(*data, *rounds, *verbose); err != nil {
		slog.Error("benchmark failed", "err", err)
		os.Exit(1)
	}
}

// scores are a part's mean shingle precision, recall and F1.
type scores struct {
	N        int
	P, R, F1 float64
}

// result is what a child reports.
type result struct {
	Engine string
	Mode   string
	Pages  int
	Failed int
	// Quality mode.
	Precision, Recall, F1 float64
	Develop, HeldOut      scores
	Dates                 *dateReport `json:",omitempty"`
	// Timing modes.
	Seconds float64
	Workers int
	// Peak memory of the child: resident set (getrusage) and sampled heap.
	MaxRSS       int64
	BaselineRSS  int64 // after loading the pages, before extracting
	PeakHeapUsed uint64
	// Page-type mode.
	Types typeReport
	// Metadata mode: the readability pages' metadata and bodies.
	Meta   metaReport
	Bodies map[eval.Part]scores
	// Comparison mode: phrases in and out of go-trafilatura's pages.
	Snippets snippetReport
	// Flatten-quality mode: bodies on text dumps flattened from HTML.
	Flat *flatReport `json:",omitempty"`
}

var engines = []string{"crosscheck-html", "crosscheck-text", "go-trafilatura"}

// typeEngines decide page types: crosscheck's page-type decision, and
// go-trafilatura's extracting nothing as its implicit one.
var typeEngines = []string{"crosscheck-html", "go-trafilatura"}

func reportMeta(w io.Writer, meta map[string]result, verbose bool) {
	fmt.Fprintln(w, "Bodies on the readability pages (130 pages of many sites, against the text of expected.html; no body rule was written on them, so both parts are unseen for the body rules)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| engine | develop P | develop R | develop F1 | held-out P | held-out R | held-out F1 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, e := range typeEngines {
		d, h := meta[e].Bodies[eval.Develop], meta[e].Bodies[eval.HeldOut]
		fmt.Fprintf(w, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | **%.4f** |\n", e, d.P, d.R, d.F1, h.P, h.R, h.F1)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Metadata on the readability pages (expected-metadata.json; split by site before reading): right/scored (accuracy) on pages where the field is expected; last column: values given where it is null (not judged), develop / held-out")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| field | engine | develop | held-out | given where null |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	rows := map[string][]string{}
	for _, e := range typeEngines {
		rows[e] = meta[e].Meta.rows(e)
	}
	for i := range metaFields {
		for _, e := range typeEngines {
			fmt.Fprintln(w, rows[e][i])
		}
	}
	fmt.Fprintln(w)
	if verbose {
		for _, l := range meta["crosscheck-html"].Meta.Wrong {
			fmt.Fprintln(w, "  develop metadata error:", l)
		}
	}
}

func reportTypes(w io.Writer, types map[string]result, verbose bool) {
	fmt.Fprintf(w, "Page types (%s, GUIDELINE.md beside it): the class is \"not an article\"; split by site before the classifier was written\n\n", labelsFile)
	fmt.Fprintln(w, "| engine | develop non-articles | develop P | develop R | held-out non-articles | held-out P | held-out R |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, e := range typeEngines {
		fmt.Fprintln(w, types[e].Types.row(e))
	}
	fmt.Fprintln(w)
	if left := types["crosscheck-html"].Types.LeftOut; len(left) > 0 {
		fmt.Fprintf(w, "%d labelled pages of others left out, not available here as labelled:\n", len(left))
		for _, l := range left {
			fmt.Fprintln(w, "  ", l)
		}
		fmt.Fprintln(w)
	}
	if m := types["crosscheck-html"].Types.HeldOutMissed; len(m) > 0 {
		fmt.Fprintln(w, "Held-out non-articles kept as articles, by label and source (counts only):")
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "   %s: %d missed of %d\n", k, m[k][1], m[k][0])
		}
		fmt.Fprintln(w)
	}
	if verbose {
		for _, l := range types["crosscheck-html"].Types.Wrong {
			fmt.Fprintln(w, "  develop error:", l)
		}
	}
}

// labelsFile is the page-type set, relative to the module root where the
// benchmark is run from.
const labelsFile = "bench/extract/testdata/pagetype/labels.tsv"

func runParent(data string, rounds int, verbose bool) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding own executable: %w", err)
	}
	spawn := func(engine, mode string) (result, error) {
		var out, errb bytes.Buffer
		cmd := exec.Command(self, "-data", data, "-child", engine, "-mode", mode, "-no-addresses="+strconv.FormatBool(noAddresses))
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
	types := make(map[string]result)
	for _, e := range typeEngines {
		r, err := spawn(e, "pagetype")
		if err != nil {
			return err
		}
		types[e] = r
	}
	meta := make(map[string]result)
	for _, e := range typeEngines {
		r, err := spawn(e, "metadata")
		if err != nil {
			return err
		}
		meta[e] = r
	}
	snippets := make(map[string]result)
	for _, e := range typeEngines {
		r, err := spawn(e, "comparison")
		if err != nil {
			return err
		}
		snippets[e] = r
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
	reportTypes(os.Stdout, types, verbose)
	reportMeta(os.Stdout, meta, verbose)
	reportSnippets(os.Stdout, snippets, verbose)
	return nil
}

func report(w *os.File, quality, best map[string]result, rounds int) {
	fmt.Fprintf(w, "Extraction set: %d pages; GOMAXPROCS=%d; best of %d timing rounds\n\n", quality["crosscheck-html"].Pages, runtime.GOMAXPROCS(0), rounds)
	d, h := quality["crosscheck-html"].Develop, quality["crosscheck-html"].HeldOut
	fmt.Fprintf(w, "Body quality, split by site before reading: develop %d pages (rules written on them), held-out %d pages (only scored)\n\n", d.N, h.N)
	fmt.Fprintln(w, "| engine | develop P | develop R | develop F1 | held-out P | held-out R | held-out F1 | all F1 | failed |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
	for _, e := range engines {
		q := quality[e]
		fmt.Fprintf(w, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | **%.4f** | %.4f | %d |\n",
			e, q.Develop.P, q.Develop.R, q.Develop.F1, q.HeldOut.P, q.HeldOut.R, q.HeldOut.F1, q.F1, q.Failed)
	}
	fmt.Fprintln(w)
	if d := quality["crosscheck-html"].Dates; d != nil {
		d.print(w)
		fmt.Fprintln(w)
	}
	if rounds == 0 {
		return
	}
	fmt.Fprintln(w, "| engine | pages/s 1 thread | pages/s all cores | peak RSS 1 thread | peak heap 1 thread |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, e := range engines {
		s, p := best[e+"/single"], best[e+"/parallel"]
		fmt.Fprintf(w, "| %s | %.1f | %.1f (%d workers) | %s | %s |\n",
			e, float64(s.Pages)/s.Seconds, float64(p.Pages)/p.Seconds, p.Workers,
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
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
