// Command summary compares crosscheck's cited summariser with baselines on
// multi-document sets: the seed story and eight ECB+ events, each with a
// reference summary written for this benchmark (testdata/EVENT.txt, in
// our own words). Scores are ROUGE-1 and ROUGE-2 recall and F1 (Lin 2004)
// of 100-word summaries, averaged over the sets.
//
//	go run ./bench/summary [-data ../shared/data] [-seeds ../shared/seeds] [-words 100] [-v]
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/eval"
	"crosscheck/internal/textdump"
)

func main() {
	data := flag.String("data", "../shared/data", "the evaluation data directory")
	seeds := flag.String("seeds", "../shared/seeds", "the seed dumps directory")
	words := flag.Int("words", 100, "summary length in words")
	verbose := flag.Bool("v", false, "print every set's scores and summaries")
	flag.Parse()
	if err := run(context.Background(), *data, *seeds, *words, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "summary:", err)
		os.Exit(1)
	}
}

// set is one multi-document input with its reference summary.
type set struct {
	name      string
	articles  []article.Article
	reference string
}

type method struct {
	name string
	run  func(docs []brief.Document, words int) []brief.Pick
}

// without returns a summariser that runs Summarize on documents stripped
// of outlet support, of claim membership, or of both: the ablations.
func without(support, claims bool) func([]brief.Document, int) []brief.Pick {
	return func(docs []brief.Document, words int) []brief.Pick {
		stripped := make([]brief.Document, len(docs))
		for i, d := range docs {
			stripped[i] = d
			if support {
				stripped[i].Support = nil
			}
			if claims {
				stripped[i].Claim = nil
			}
		}
		return brief.Summarize(stripped, words)
	}
}

var methods = []method{
	{"crosscheck: LexRank + MMR + outlet support + one sentence a claim", brief.Summarize},
	{"  without the outlet-support boost", without(true, false)},
	{"  without one sentence a claim", without(false, true)},
	{"  without either (LexRank + position + MMR)", without(true, true)},
	{"LexRank (Erkan & Radev 2004)", brief.LexRank},
	{"Centroid (MEAD; Radev et al. 2004)", brief.Centroid},
	{"Lead (first article)", brief.Lead},
}

func run(ctx context.Context, data, seeds string, words int, verbose bool) error {
	sets, err := loadSets(data, seeds)
	if err != nil {
		return err
	}
	type score struct{ r1, f1, r2, f2 float64 }
	sums := make([]score, len(methods))
	for _, s := range sets {
		docs, err := brief.Documents(ctx, s.articles)
		if err != nil {
			return fmt.Errorf("set %s: %w", s.name, err)
		}
		if verbose {
			fmt.Printf("== %s (%d articles)\n", s.name, len(s.articles))
		}
		for mi, m := range methods {
			var out []string
			for _, p := range m.run(docs, words) {
				out = append(out, docs[p.Doc].Sentences[p.Sentence])
			}
			summary := strings.Join(out, " ")
			r1 := eval.Rouge(1, summary, s.reference)
			r2 := eval.Rouge(2, summary, s.reference)
			sums[mi].r1 += r1.Recall
			sums[mi].f1 += r1.F1
			sums[mi].r2 += r2.Recall
			sums[mi].f2 += r2.F1
			if verbose {
				fmt.Printf("%-66s R1 %.3f/%.3f R2 %.3f/%.3f  %s\n", m.name, r1.Recall, r1.F1, r2.Recall, r2.F1, summary)
			}
		}
	}
	n := float64(len(sets))
	fmt.Printf("%d sets (%s), %d-word summaries, mean ROUGE recall / F1\n\n", len(sets), setNames(sets), words)
	fmt.Println("| method | ROUGE-1 R | ROUGE-1 F1 | ROUGE-2 R | ROUGE-2 F1 |")
	fmt.Println("| --- | --- | --- | --- | --- |")
	for mi, m := range methods {
		s := sums[mi]
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %.3f |\n", strings.TrimSpace(m.name), s.r1/n, s.f1/n, s.r2/n, s.f2/n)
	}
	return nil
}

func setNames(sets []set) string {
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	return strings.Join(names, ", ")
}

// loadSets reads every reference in testdata: "seeds" summarises the seed
// dumps, any other name is an ECB+ event.
func loadSets(data, seeds string) ([]set, error) {
	refs, err := filepath.Glob(filepath.Join(referenceDir(), "*.txt"))
	if err != nil || len(refs) == 0 {
		return nil, fmt.Errorf("no reference summaries in %s", referenceDir())
	}
	events, err := loadECB(filepath.Join(data, "clustering", "ecbplus.jsonl"))
	if err != nil {
		return nil, err
	}
	var sets []set
	for _, ref := range refs {
		text, err := os.ReadFile(ref)
		if err != nil {
			return nil, fmt.Errorf("reading reference: %w", err)
		}
		name := strings.TrimSuffix(filepath.Base(ref), ".txt")
		s := set{name: name, reference: string(text)}
		if name == "seeds" {
			s.articles, err = loadSeeds(seeds)
			if err != nil {
				return nil, err
			}
		} else {
			s.articles = events[name]
		}
		if len(s.articles) == 0 {
			return nil, fmt.Errorf("reference %s: no articles for it", ref)
		}
		sets = append(sets, s)
	}
	return sets, nil
}

// referenceDir is testdata beside this program, whether it runs from the
// repository root or from its own directory.
func referenceDir() string {
	if _, err := os.Stat("bench/summary/testdata"); err == nil {
		return "bench/summary/testdata"
	}
	return "testdata"
}

// loadSeeds reads the seed dumps through the text-dump extractor, as
// crosscheck brief does.
func loadSeeds(dir string) ([]article.Article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no seeds in %s", dir)
	}
	var arts []article.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("reading seed: %w", err)
		}
		a, err := textdump.Extract(string(data))
		if err != nil {
			return nil, fmt.Errorf("extracting seed %s: %w", p, err)
		}
		a.Origin = p
		arts = append(arts, a)
	}
	return arts, nil
}

// loadECB groups ECB+ articles by event, in file order. An ECB+ text's first
// line is the page's URL (spaced out by the corpus's tokenizer) for the
// "plus" half; it is not part of the article and is dropped.
func loadECB(path string) (map[string][]article.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading ECB+: %w", err)
	}
	defer f.Close()
	events := make(map[string][]article.Article)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec struct{ ID, Event, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		text := rec.Text
		if first, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(first, "http") {
			text = rest
		}
		events[rec.Event] = append(events[rec.Event], article.Article{Origin: fmt.Sprintf("%s:%d", filepath.Base(path), line), Text: text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading ECB+: %w", err)
	}
	return events, nil
}
