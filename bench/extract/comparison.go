package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"crosscheck/internal/eval"
)

// snippetCase is one page of go-trafilatura's own evaluation
// (scripts/comparison/data.go of v1.12.2, the pages in
// test-files/comparison): phrases a good body holds ("with") and
// phrases of the page's furniture it must not hold ("without").
type snippetCase struct {
	URL, File     string
	With, Without []string
	Site          string
}

// part is the page's side of a split of this set drawn by site before
// it was read; the held-out side is only scored, as everywhere.
func (c snippetCase) part() eval.Part {
	return eval.SplitBySite("trafilatura-snippets/" + c.Site)
}

// snippetScore counts phrases: with found (TP) or missed (FN), without
// found (FP) or left out (TN), as go-trafilatura's evaluation does.
type snippetScore struct{ TP, FN, FP, TN, Pages int }

func (s snippetScore) precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s snippetScore) recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s snippetScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// snippetReport is the comparison mode's result.
type snippetReport struct {
	Parts map[eval.Part]*snippetScore
	// Left out: pages of the page-type set (some are held-out there),
	// pages of a site of the extraction set, files missing.
	LeftOut int
	// Wrong lists the develop side's phrases gone wrong, per page.
	Wrong []string
}

// loadSnippetCases parses data.go, which is a Go source file of package
// main in the module cache, so it is read as source and not imported.
func loadSnippetCases(dataDir string) ([]snippetCase, int, error) {
	dir, err := moduleDir("github.com/markusmobius/go-trafilatura")
	if err != nil {
		return nil, 0, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "scripts", "comparison", "data.go"), nil, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("reading go-trafilatura's comparison data: %w", err)
	}
	// Pages that are in the page-type set or of a site of the
	// extraction set are left out, so that no held-out page of either
	// becomes develop material here.
	labelled, err := labelledItems(labelsFile, "trafilatura-comparison")
	if err != nil {
		return nil, 0, err
	}
	cases, err := eval.LoadExtraction(dataDir)
	if err != nil {
		return nil, 0, err
	}
	extractionSites := map[string]bool{}
	for _, c := range cases {
		extractionSites[eval.URLSite(c.URL)] = true
	}
	var out []snippetCase
	leftOut := 0
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.BasicLit)
		val, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 || key.Kind != token.STRING {
			return true
		}
		u, err := strconv.Unquote(key.Value)
		if err != nil {
			return true
		}
		c := snippetCase{URL: u, Site: eval.URLSite(u)}
		for _, e := range val.Elts {
			field, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := field.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				if lit, ok := field.Value.(*ast.BasicLit); ok {
					c.File, _ = strconv.Unquote(lit.Value)
				}
			case "With":
				c.With = stringList(field.Value)
			case "Without":
				c.Without = stringList(field.Value)
			}
		}
		if c.File == "" || len(c.With)+len(c.Without) == 0 {
			return false
		}
		if labelled[c.File] || extractionSites[c.Site] {
			leftOut++
			return false
		}
		if _, err := os.Stat(filepath.Join(dir, "test-files", "comparison", c.File)); err != nil {
			leftOut++
			return false
		}
		out = append(out, c)
		return false
	})
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out, leftOut, nil
}

func stringList(e ast.Expr) []string {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range lit.Elts {
		if b, ok := el.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				out = append(out, s)
			}
		}
	}
	return out
}

// labelledItems are the items of one source in the page-type labels.
func labelledItems(labels, src string) (map[string]bool, error) {
	data, err := os.ReadFile(labels)
	if err != nil {
		return nil, fmt.Errorf("reading page-type labels: %w", err)
	}
	out := map[string]bool{}
	for line := range strings.SplitSeq(string(data), "\n") {
		parts := strings.Split(line, "\t")
		if len(parts) == 3 && strings.TrimPrefix(parts[0], "develop:") == src {
			out[parts[1]] = true
		}
	}
	return out, nil
}

// snippetScores runs one engine over the set.
func snippetScores(dataDir, engine string) (snippetReport, error) {
	cases, leftOut, err := loadSnippetCases(dataDir)
	if err != nil {
		return snippetReport{}, err
	}
	dir, err := moduleDir("github.com/markusmobius/go-trafilatura")
	if err != nil {
		return snippetReport{}, err
	}
	fn, _, err := engineFor(engine)
	if err != nil {
		return snippetReport{}, err
	}
	rep := snippetReport{Parts: map[eval.Part]*snippetScore{eval.Develop: {}, eval.HeldOut: {}}, LeftOut: leftOut}
	for _, c := range cases {
		path := filepath.Join(dir, "test-files", "comparison", c.File)
		data, err := os.ReadFile(path)
		if err != nil {
			return snippetReport{}, fmt.Errorf("reading %s: %w", path, err)
		}
		text, _ := fn(eval.ExtractionCase{ID: c.File, URL: c.URL, HTMLPath: path}, data)
		text = squeeze(text)
		s := rep.Parts[c.part()]
		s.Pages++
		var wrong []string
		for _, w := range c.With {
			if strings.Contains(text, squeeze(w)) {
				s.TP++
			} else {
				s.FN++
				wrong = append(wrong, "missed "+strconv.Quote(w))
			}
		}
		for _, w := range c.Without {
			if strings.Contains(text, squeeze(w)) {
				s.FP++
				wrong = append(wrong, "kept "+strconv.Quote(w))
			} else {
				s.TN++
			}
		}
		if len(wrong) > 0 && c.part() == eval.Develop {
			rep.Wrong = append(rep.Wrong, c.File+": "+strings.Join(wrong, "; "))
		}
	}
	return rep, nil
}

// squeeze folds runs of white space to one space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

func reportSnippets(w io.Writer, res map[string]result, verbose bool) {
	d := res["crosscheck-html"].Snippets.Parts[eval.Develop]
	h := res["crosscheck-html"].Snippets.Parts[eval.HeldOut]
	fmt.Fprintf(w, "Phrases in and out of the body on go-trafilatura's own evaluation pages (scripts/comparison/data.go; %d pages left out: in the page-type set, of an extraction-set site, or missing); split by site: develop %d pages, held-out %d pages (only scored). go-trafilatura was written on these pages.\n\n",
		res["crosscheck-html"].Snippets.LeftOut, d.Pages, h.Pages)
	fmt.Fprintln(w, "| engine | develop with found | develop without kept | develop P | develop R | develop F1 | held-out P | held-out R | held-out F1 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
	for _, e := range typeEngines {
		d, h := res[e].Snippets.Parts[eval.Develop], res[e].Snippets.Parts[eval.HeldOut]
		fmt.Fprintf(w, "| %s | %d/%d | %d/%d | %.4f | %.4f | %.4f | %.4f | %.4f | **%.4f** |\n", e,
			d.TP, d.TP+d.FN, d.FP, d.FP+d.TN, d.precision(), d.recall(), d.f1(), h.precision(), h.recall(), h.f1())
	}
	fmt.Fprintln(w)
	if verbose {
		for _, l := range res["crosscheck-html"].Snippets.Wrong {
			fmt.Fprintln(w, "  develop phrase:", l)
		}
	}
}
