// Command pagetypefit asks whether a page's structure alone tells an
// article from the rest: it fits a logistic regression of "not an
// article" over pagetype.Shape (prose share, link density, repeated
// cards, article markup, a date ...) on the develop part of the page-type
// set and cross-validates it by site against the rules.
//
//	go run ./bench/extract -child crosscheck-html -mode pagetype-shapes > /tmp/shapes.tsv
//	go run ./bench/pagetypefit < /tmp/shapes.tsv > /tmp/shape_model.json
//
// Five folds, every page of a site in one fold (or, with -by-source,
// one fold per source of pages): the model is fitted on
// four and scored on the fifth, alone and after the rules (a page is
// skipped when the rules or the model say so), at thresholds 0.50 to
// 0.95; the table goes to standard error. The fit on all develop pages,
// with the lowest threshold that keeps the out-of-fold precision of rules
// and model together at -min-precision, goes to standard output. The
// input holds no held-out page, so nothing here is chosen on one.
//
// internal/pagetype does not use such a model: on the shapes of
// 2026-12-06 it added no out-of-fold recall to the rules at any threshold
// and cost precision (BENCHMARKS.md, issue 16, session 6).
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// row is one develop page.
type row struct {
	site      string
	source    string  // where the page comes from: "readability", "local", ...
	y         float64 // 1 for not an article
	rulesSkip bool
	x         []float64
}

func main() {
	lambda := flag.Float64("l2", 1, "L2 penalty on the standardised weights")
	minPrecision := flag.Float64("min-precision", 0.98, "out-of-fold precision the threshold must keep, rules and model together")
	gate := flag.Bool("gate", false, "let the model skip only pages without article markup or a date")
	bySource := flag.Bool("by-source", false, "cross-validate one source of pages (readability, local, ...) against the others instead of five folds by site")
	dropLabels := flag.String("drop", "", "labels to leave out, comma-separated (error,login: fit fronts and lists only)")
	flag.Parse()
	drop := map[string]bool{}
	for _, l := range strings.Split(*dropLabels, ",") {
		if l != "" {
			drop[l] = true
		}
	}
	names, rows, err := read(os.Stdin, drop)
	if err != nil {
		log.Fatalf("reading shapes: %v", err)
	}
	markup, dated := slices.Index(names, "article_markup"), slices.Index(names, "dated")
	if *gate && (markup < 0 || dated < 0) {
		log.Fatal("-gate needs the shape fields article_markup and dated")
	}
	folds, foldOf := 5, func(r row) int { return fold(r.site, 5) }
	if *bySource {
		// Each source in a fold of its own: the model is scored on
		// kinds of pages it has not seen, as held-out pages are.
		index := map[string]int{}
		for _, r := range rows {
			if _, ok := index[r.source]; !ok {
				index[r.source] = len(index)
			}
		}
		folds, foldOf = len(index), func(r row) int { return index[r.source] }
	}
	oof := make([]float64, len(rows))
	for k := range folds {
		var train []row
		for _, r := range rows {
			if foldOf(r) != k {
				train = append(train, r)
			}
		}
		if len(train) == 0 {
			continue
		}
		m := fit(train, *lambda)
		for i, r := range rows {
			if foldOf(r) == k {
				oof[i] = m.prob(r.x)
			}
		}
	}
	base := score(rows, func(i int) bool { return rows[i].rulesSkip })
	fmt.Fprintf(os.Stderr, "%d develop pages, %d not articles; rules alone: %s\n", len(rows), base.tp+base.fn, base)
	threshold := 1.0
	cv := map[string]float64{}
	for t := 0.50; t < 0.995; t += 0.05 {
		alone := score(rows, func(i int) bool { return oof[i] >= t })
		both := score(rows, func(i int) bool {
			return rows[i].rulesSkip || oof[i] >= t && (!*gate || rows[i].x[markup] == 0 && rows[i].x[dated] == 0)
		})
		fmt.Fprintf(os.Stderr, "threshold %.2f  model alone %s  rules or model %s\n", t, alone, both)
		if both.precision() >= *minPrecision && t < threshold {
			threshold = t
			cv = map[string]float64{
				"model_precision": round3(alone.precision()), "model_recall": round3(alone.recall()),
				"combined_precision": round3(both.precision()), "combined_recall": round3(both.recall()),
				"rules_precision": round3(base.precision()), "rules_recall": round3(base.recall()),
			}
		}
	}
	m := fit(rows, *lambda)
	m.Threshold = round3(threshold)
	m.Names = names
	m.CV = cv
	m.Fitted = fmt.Sprintf("bench/pagetypefit -l2 %g -min-precision %g on %d develop HTML pages of the page-type set (%d not articles); "+
		"threshold: the lowest of 0.50, 0.55 ... 0.95 whose out-of-fold precision (5 folds by site, rules or model) is at least %g",
		*lambda, *minPrecision, len(rows), int(base.tp+base.fn), *minPrecision)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		log.Fatal(err)
	}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// fold puts every page of a site in the same fold.
func fold(site string, n int) int {
	sum := sha256.Sum256([]byte("pagetypefit fold\x00" + site))
	return int(sum[0]) % n
}

type counts struct{ tp, fp, fn, tn int }

func (c counts) precision() float64 { return float64(c.tp) / math.Max(1, float64(c.tp+c.fp)) }
func (c counts) recall() float64    { return float64(c.tp) / math.Max(1, float64(c.tp+c.fn)) }
func (c counts) String() string {
	return fmt.Sprintf("P %.3f R %.3f (%d/%d/%d/%d)", c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
}

func score(rows []row, skip func(int) bool) counts {
	var c counts
	for i, r := range rows {
		switch s := skip(i); {
		case s && r.y == 1:
			c.tp++
		case s:
			c.fp++
		case r.y == 1:
			c.fn++
		default:
			c.tn++
		}
	}
	return c
}

// model is the JSON of internal/pagetype's shapeModel.
type model struct {
	Fitted    string             `json:"fitted"`
	Names     []string           `json:"names"`
	Mean      []float64          `json:"mean"`
	Scale     []float64          `json:"scale"`
	Weights   []float64          `json:"weights"`
	Bias      float64            `json:"bias"`
	Threshold float64            `json:"threshold"`
	CV        map[string]float64 `json:"cv,omitempty"`
}

func (m *model) prob(x []float64) float64 {
	z := m.Bias
	for j, v := range x {
		z += m.Weights[j] * (v - m.Mean[j]) / m.Scale[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// fit is L2-penalised logistic regression on standardised inputs, by
// Newton's method (few inputs, a few hundred pages).
func fit(rows []row, lambda float64) *model {
	d := len(rows[0].x)
	m := &model{Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}
	for j := range d {
		var s, ss float64
		for _, r := range rows {
			s += r.x[j]
			ss += r.x[j] * r.x[j]
		}
		n := float64(len(rows))
		m.Mean[j] = s / n
		m.Scale[j] = math.Sqrt(math.Max(ss/n-m.Mean[j]*m.Mean[j], 1e-12))
	}
	z := make([][]float64, len(rows))
	for i, r := range rows {
		z[i] = make([]float64, d+1)
		z[i][0] = 1
		for j := range d {
			z[i][j+1] = (r.x[j] - m.Mean[j]) / m.Scale[j]
		}
	}
	w := make([]float64, d+1)
	for range 50 {
		g := make([]float64, d+1)
		h := make([][]float64, d+1)
		for a := range h {
			h[a] = make([]float64, d+1)
		}
		for i, r := range rows {
			var t float64
			for a := range w {
				t += w[a] * z[i][a]
			}
			p := 1 / (1 + math.Exp(-t))
			for a := range w {
				g[a] += (p - r.y) * z[i][a]
				for b := range w {
					h[a][b] += p * (1 - p) * z[i][a] * z[i][b]
				}
			}
		}
		for a := 1; a <= d; a++ { // the bias is not penalised
			g[a] += lambda * w[a]
			h[a][a] += lambda
		}
		step := solve(h, g)
		var change float64
		for a := range w {
			w[a] -= step[a]
			change = math.Max(change, math.Abs(step[a]))
		}
		if change < 1e-9 {
			break
		}
	}
	m.Bias = w[0]
	copy(m.Weights, w[1:])
	return m
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(append([]float64{}, h[i]...), g[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := a[i][n]
		for k := i + 1; k < n; k++ {
			s -= a[i][k] * x[k]
		}
		x[i] = s / a[i][i]
	}
	return x
}

// read reads the TSV that bench/extract's pagetype-shapes mode writes.
// Pages whose label is in drop are left out.
func read(r io.Reader, drop map[string]bool) ([]string, []row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() {
		return nil, nil, fmt.Errorf("no header")
	}
	head := strings.Split(sc.Text(), "\t")
	if len(head) < 6 || head[2] != "label" || head[3] != "not_article" || head[4] != "rules_skip" {
		return nil, nil, fmt.Errorf("unexpected header %q", sc.Text())
	}
	names := head[5:]
	var rows []row
	for line := 2; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != len(head) {
			return nil, nil, fmt.Errorf("line %d: %d fields, want %d", line, len(f), len(head))
		}
		if drop[f[2]] {
			continue
		}
		r := row{site: f[0], source: strings.SplitN(f[1], ":", 2)[0], y: map[string]float64{"1": 1}[f[3]], rulesSkip: f[4] == "1"}
		for _, s := range f[5:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, nil, fmt.Errorf("line %d: %w", line, err)
			}
			r.x = append(r.x, v)
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, nil, fmt.Errorf("no pages")
	}
	return names, rows, sc.Err()
}
