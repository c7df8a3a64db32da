package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"crosscheck/internal/eval"
)

// flatReport is what the flatten-quality mode reports: an engine's bodies
// on text dumps flattened from HTML (flatten), for the extraction set
// against its gold bodies and for the readability pages against the text
// of expected.html, each split by site; and how closely the flattened
// extraction pages match the set's real dumps.
type flatReport struct {
	Extraction  map[eval.Part]scores
	Readability map[eval.Part]scores
	// Lines of the real dump found in the flattened one (R) and the
	// other way round (P), per part: the flattener's likeness to the
	// scraper that made the set.
	Likeness map[eval.Part]scores
	// Text says whether the engine read the flattened text; an engine
	// that reads only HTML is scored on the pages themselves.
	Text bool
}

// flatQuality scores an engine on flattened pages. crosscheck-text reads
// the flattened text; the HTML engines cannot take text, so they read
// the HTML the text was flattened from, for reference.
func flatQuality(data, engine string) (flatReport, error) {
	fn, isHTML, err := engineFor(engine)
	if err != nil {
		return flatReport{}, err
	}
	rep := flatReport{Text: !isHTML, Extraction: map[eval.Part]scores{}, Readability: map[eval.Part]scores{}, Likeness: map[eval.Part]scores{}}
	cases, err := eval.LoadExtraction(data)
	if err != nil {
		return flatReport{}, err
	}
	parts := map[eval.Part][]eval.ShingleScore{}
	likeness := map[eval.Part][]eval.ShingleScore{}
	for _, c := range cases {
		page, err := load(c, true)
		if err != nil {
			return flatReport{}, err
		}
		in := page
		if !isHTML {
			flat := flatten(page)
			in = []byte(flat)
			real, err := os.ReadFile(c.TextPath)
			if err != nil {
				return flatReport{}, fmt.Errorf("reading %s: %w", c.TextPath, err)
			}
			part := eval.SplitBySite(eval.URLSite(c.URL))
			likeness[part] = append(likeness[part], lineOverlap(flat, string(real)))
		}
		got, _ := fn(c, in)
		part := eval.SplitBySite(eval.URLSite(c.URL))
		parts[part] = append(parts[part], eval.ScoreShingles(got, c.Truth))
	}
	dir := filepath.Join(data, "..", "pages", "readability")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return flatReport{}, err
	}
	rparts := map[eval.Part][]eval.ShingleScore{}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		page, err := gunzipFile(filepath.Join(dir, e.Name(), "source.html.gz"))
		if err != nil {
			return flatReport{}, err
		}
		want, err := gunzipFile(filepath.Join(dir, e.Name(), "expected.html.gz"))
		if err != nil {
			return flatReport{}, err
		}
		in := page
		if !isHTML {
			in = []byte(flatten(page))
		}
		got, _ := fn(eval.ExtractionCase{ID: e.Name(), HTMLPath: e.Name(), TextPath: e.Name()}, in)
		part := eval.SplitBySite(eval.ReadabilitySite(e.Name()))
		rparts[part] = append(rparts[part], eval.ScoreShingles(got, htmlText(want)))
	}
	for _, p := range []eval.Part{eval.Develop, eval.HeldOut} {
		rep.Extraction[p] = prf(parts[p])
		rep.Readability[p] = prf(rparts[p])
		if !isHTML {
			rep.Likeness[p] = prf(likeness[p])
		}
	}
	return rep, nil
}

// lineOverlap counts the non-blank lines two dumps share, as a shingle
// score: TP lines in both, FP lines only in got, FN lines only in want
// (each line counted as often as it occurs).
func lineOverlap(got, want string) eval.ShingleScore {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				m[l]++
			}
		}
		return m
	}
	g, w := count(got), count(want)
	var s eval.ShingleScore
	for l, n := range g {
		k := min(n, w[l])
		s.TP += float64(k)
		s.FP += float64(n - k)
	}
	for l, n := range w {
		s.FN += float64(n - min(n, g[l]))
	}
	return s
}

// runFlatParent runs the flatten-quality mode for each engine in a child
// and prints the table: go run ./bench/extract -mode flatten-quality.
func runFlatParent(data string) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding own executable: %w", err)
	}
	fmt.Println("Bodies on text dumps flattened from the HTML (bench/extract/flatten.go); engines that read only HTML are scored on the HTML, for reference. Split by site; held-out scored only.")
	fmt.Println()
	fmt.Println("| engine | input | extraction develop P / R / F1 | extraction held-out P / R / F1 | readability develop F1 | readability held-out F1 |")
	fmt.Println("|---|---|---|---|---|---|")
	var likeness map[eval.Part]scores
	for _, e := range engines {
		out, err := exec.Command(self, "-data", data, "-child", e, "-mode", "flatten-quality").Output()
		if err != nil {
			return fmt.Errorf("%s flatten-quality: %w", e, err)
		}
		var r result
		if err := json.Unmarshal(out, &r); err != nil || r.Flat == nil {
			return fmt.Errorf("%s flatten-quality: reading result: %v", e, err)
		}
		f := r.Flat
		input := "HTML"
		if f.Text {
			input, likeness = "flattened text", f.Likeness
		}
		d, h := f.Extraction[eval.Develop], f.Extraction[eval.HeldOut]
		fmt.Printf("| %s | %s | %.4f / %.4f / %.4f | %.4f / %.4f / **%.4f** | %.4f | %.4f |\n",
			e, input, d.P, d.R, d.F1, h.P, h.R, h.F1, f.Readability[eval.Develop].F1, f.Readability[eval.HeldOut].F1)
	}
	if likeness != nil {
		d, h := likeness[eval.Develop], likeness[eval.HeldOut]
		fmt.Printf("\nFlattened extraction pages against the set's real dumps, non-blank lines shared (P / R / F1): develop %.4f / %.4f / %.4f, held-out %.4f / %.4f / %.4f\n",
			d.P, d.R, d.F1, h.P, h.R, h.F1)
	}
	return nil
}
