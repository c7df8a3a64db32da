// Command nlp scores crosscheck's article analysis and claim alignment on
// hand-annotated ECB+ events: direct quotes and their speakers, time
// expressions (value accuracy against a fixed reference date per document),
// and claim alignment (pairwise precision and recall over aligned sentence
// pairs). It also times analysis plus alignment.
//
//	go run ./bench/nlp [-data ../shared/data] [-ann testdata/annotations/ecbplus-nlp.json]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

type annotations struct {
	Reference map[string]string `json:"reference"`
	Events    []struct {
		Event string   `json:"event"`
		Docs  []string `json:"docs"`
		Facts []struct {
			Fact string            `json:"fact"`
			Docs map[string]string `json:"docs"`
		} `json:"facts"`
	} `json:"events"`
	Times []struct {
		Doc   string `json:"doc"`
		Text  string `json:"text"`
		First string `json:"first"`
		Last  string `json:"last"`
	} `json:"times"`
	Quotes []eval.GoldQuote `json:"quotes"`
}

func main() {
	data := flag.String("data", "../shared/data", "evaluation data directory")
	annPath := flag.String("ann", "testdata/annotations/ecbplus-nlp.json", "annotation file")
	flag.Parse()
	if err := run(*data, *annPath); err != nil {
		slog.Error("bench/nlp", "err", err)
		os.Exit(1)
	}
}

func run(data, annPath string) error {
	b, err := os.ReadFile(annPath)
	if err != nil {
		return fmt.Errorf("reading annotations: %w", err)
	}
	var ann annotations
	if err := json.Unmarshal(b, &ann); err != nil {
		return fmt.Errorf("parsing %s: %w", annPath, err)
	}
	texts, order, err := loadECB(filepath.Join(data, "clustering", "ecbplus.jsonl"))
	if err != nil {
		return err
	}
	refs := map[string]time.Time{}
	for id, s := range ann.Reference {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return fmt.Errorf("%s: reference date of %s: %w", annPath, id, err)
		}
		refs[id] = t.Add(12 * time.Hour)
	}

	docs := map[string]*nlp.Doc{}
	var gold [][]eval.SentKey
	predicted := map[eval.SentKey][]int{}
	var elapsed time.Duration
	var conflicts []string
	nDocs := 0
	for _, ev := range ann.Events {
		var inputs []align.Input
		for i, id := range ev.Docs {
			text, ok := texts[id]
			if !ok {
				return fmt.Errorf("%s: document %s is not in ecbplus.jsonl", annPath, id)
			}
			inputs = append(inputs, align.Input{ArticleID: int64(i + 1), Outlet: id, Published: refs[id], Text: text})
		}
		start := time.Now()
		for i := range inputs {
			inputs[i].Doc = nlp.Analyze(inputs[i].Text, inputs[i].Published)
		}
		res := align.Align(inputs, align.Options{})
		elapsed += time.Since(start)
		conflicts = append(conflicts, describeConflicts(ev.Event, res)...)
		nDocs += len(inputs)
		for i := range inputs {
			docs[ev.Docs[i]] = &inputs[i].Doc
		}
		for _, c := range res.Claims {
			for _, r := range c.Sentences {
				k := eval.SentKey{Doc: r.Outlet, Sentence: r.Sentence}
				predicted[k] = append(predicted[k], c.ID+10000*eventIndex(ann, ev.Event))
			}
		}
		for _, f := range ev.Facts {
			var g []eval.SentKey
			for id, sub := range f.Docs {
				si, err := sentenceWith(docs[id], sub)
				if err != nil {
					return fmt.Errorf("%s: fact %q, document %s: %w", annPath, f.Fact, id, err)
				}
				g = append(g, eval.SentKey{Doc: id, Sentence: si})
			}
			gold = append(gold, g)
		}
	}
	claims := eval.PairwiseAlignment(gold, predicted)

	var found []eval.FoundQuote
	for id, d := range docs {
		for _, q := range d.Quotes {
			if q.Direct {
				found = append(found, eval.FoundQuote{Doc: id, Text: q.Text, Speaker: q.Speaker})
			}
		}
	}
	quotes := eval.ScoreQuotes(ann.Quotes, found)

	matched, correct, predictedTimes := 0, 0, 0
	for _, d := range docs {
		predictedTimes += len(d.Times)
	}
	used := map[*nlp.TimeExpr]bool{} // each found expression matches one gold one
	for _, gt := range ann.Times {
		d := docs[gt.Doc]
		if d == nil {
			return fmt.Errorf("%s: time %q: document %s is in no event", annPath, gt.Text, gt.Doc)
		}
		for i := range d.Times {
			te := &d.Times[i]
			if used[te] || !strings.Contains(te.Text, gt.Text) && !strings.Contains(gt.Text, te.Text) {
				continue
			}
			used[te] = true
			matched++
			if te.Resolved && te.Start.Format("2006-01-02") == gt.First && te.End.AddDate(0, 0, -1).Format("2006-01-02") == gt.Last {
				correct++
			}
			break
		}
	}

	fmt.Printf("ECB+ analysis and alignment: %d documents, %d events (annotations %s)\n", nDocs, len(ann.Events), annPath)
	fmt.Printf("claim alignment (sentence pairs)   precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d)\n",
		claims.Precision, claims.Recall, claims.F1(), claims.TP, claims.FP, claims.FN)
	fmt.Printf("direct quotes                      precision %.3f  recall %.3f  (%d gold, %d found)\n",
		quotes.Quotes.Precision, quotes.Quotes.Recall, len(ann.Quotes), len(found))
	fmt.Printf("quotes with the right speaker      precision %.3f  recall %.3f\n", quotes.Speakers.Precision, quotes.Speakers.Recall)
	fmt.Printf("time expressions                   found %d of %d gold (recall %.3f), %d predicted; value accuracy %.3f of found, value recall %.3f, value precision %.3f\n",
		matched, len(ann.Times), ratio(matched, len(ann.Times)), predictedTimes, ratio(correct, matched), ratio(correct, len(ann.Times)), ratio(correct, predictedTimes))
	fmt.Printf("analysis + alignment time          %v for %d documents\n", elapsed.Round(time.Microsecond), nDocs)
	fmt.Printf("conflicts reported (not scored)    %d\n", len(conflicts))
	for _, c := range conflicts {
		fmt.Println("  " + c)
	}
	return timeStory(order, texts, 50)
}

// timeStory analyses and aligns the first n ECB+ documents as one story,
// the size of a large briefing, and prints wall-clock and CPU time (the
// machine is shared, so CPU time is the steadier number).
func timeStory(order []string, texts map[string]string, n int) error {
	if len(order) < n {
		return fmt.Errorf("ECB+ has %d documents, need %d", len(order), n)
	}
	var inputs []align.Input
	for i, id := range order[:n] {
		inputs = append(inputs, align.Input{ArticleID: int64(i + 1), Outlet: id, Text: texts[id]})
	}
	ref := time.Date(2009, 1, 5, 12, 0, 0, 0, time.UTC)
	const runs = 5
	var wall, cpu time.Duration
	claims := 0
	for range runs {
		cpu0 := cpuTime()
		start := time.Now()
		for i := range inputs {
			inputs[i].Doc = nlp.Analyze(inputs[i].Text, ref)
		}
		res := align.Align(inputs, align.Options{})
		wall += time.Since(start)
		cpu += cpuTime() - cpu0
		claims = len(res.Claims)
	}
	fmt.Printf("%d-article story (first %d ECB+ docs)  wall %v  CPU %v per run (mean of %d; %d claims)\n",
		n, n, (wall / runs).Round(time.Millisecond), (cpu / runs).Round(time.Millisecond), runs, claims)
	return nil
}

// cpuTime is the process's user plus system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// describeConflicts renders an event's conflicts on one line each.
func describeConflicts(event string, res align.Result) []string {
	var out []string
	for _, c := range res.Conflicts {
		var vs []string
		for _, v := range c.Variants {
			vs = append(vs, fmt.Sprintf("%q (%s)", v.Value, strings.Join(v.Outlets, ", ")))
		}
		out = append(out, fmt.Sprintf("%s %s: %s", event, c.Kind, strings.Join(vs, " vs ")))
	}
	return out
}

func eventIndex(ann annotations, event string) int {
	for i, e := range ann.Events {
		if e.Event == event {
			return i
		}
	}
	return -1
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func sentenceWith(d *nlp.Doc, sub string) (int, error) {
	found := -1
	for i, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			if found >= 0 {
				return 0, fmt.Errorf("%q is in sentences %d and %d", sub, found, i)
			}
			found = i
		}
	}
	if found < 0 {
		return 0, fmt.Errorf("no sentence contains %q", sub)
	}
	return found, nil
}

// loadECB returns the ECB+ texts by document id, and the ids in file order.
func loadECB(path string) (map[string]string, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("opening ECB+: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out[d.ID] = d.Text
		order = append(order, d.ID)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, order, nil
}
