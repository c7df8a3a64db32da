package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/pagetype"
	"crosscheck/internal/pagetype/localpages"
	"crosscheck/internal/source"
	"crosscheck/internal/warc"
)

// noAddresses leaves fixture pages without the address their fixture set
// records for them, as the bench gave them before session 12.
var noAddresses bool

// pagetypeTestdata holds the hand-written pages and the WARC of the
// page-type set, which the package's own tests read too, and the manifest
// of the pages others wrote (local.tsv, package localpages).
const pagetypeTestdata = "internal/pagetype/testdata"

// labelledPage is one page of the page-type set (testdata/pagetype).
type labelledPage struct {
	Source, Item, Label string
	Site                string
	Page                source.Page
	// DevelopOnly marks pages added to the develop part alone (the
	// derived fixtures of session 7, sources "develop:..."): the
	// held-out part stays the one drawn by site before any rule was
	// written.
	DevelopOnly bool
}

// part is the page's side of the split.
func (l labelledPage) part() eval.Part {
	if l.DevelopOnly {
		return eval.Develop
	}
	return eval.SplitBySite(l.Site)
}

// notArticle is the measured class: every label but article and unsure.
func (l labelledPage) notArticle() bool { return l.Label != "article" }

// typeReport is the page-type decision's precision and recall on the
// class "not an article", per part of the split.
type typeReport struct {
	Parts map[eval.Part]*typeScore
	// Wrong lists the develop part's errors (held-out errors are
	// counted, not shown, so they are never read while tuning).
	Wrong []string
	// LeftOut are labelled pages of others not available on this
	// machine as they were labelled, and why.
	LeftOut []string
	// HeldOutMissed counts, per label of a non-article and the source of
	// its page, how many held-out pages there are and how many were
	// kept as articles: counts only, never which page, so the develop
	// set can be given the kinds it lacks without reading held-out.
	HeldOutMissed map[string][2]int
}

type typeScore struct{ TP, FP, FN, TN int }

func (s typeScore) precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s typeScore) recall() float64    { return ratio(s.TP, s.TP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// loadLabelled reads labels.tsv and the pages it names; every page of
// the extraction set is added as an article, once as HTML and once as a
// text dump. leftOut says which pages of others (local.tsv) are not
// available here as they were labelled; they are not scored.
func loadLabelled(dataDir, labels string) (pages []labelledPage, leftOut []string, err error) {
	var out []labelledPage
	cases, err := eval.LoadExtraction(dataDir)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range cases {
		for _, html := range []bool{true, false} {
			data, err := load(c, html)
			if err != nil {
				return nil, nil, err
			}
			src, origin := "extraction-text", c.TextPath
			if html {
				src, origin = "extraction-html", c.HTMLPath
			}
			out = append(out, labelledPage{Source: src, Item: c.ID, Label: "article", Site: eval.URLSite(c.URL),
				Page: source.Page{Origin: origin, URL: c.URL, Data: data, Kind: kindOf(data, html)}})
		}
	}
	f, err := os.Open(labels)
	if err != nil {
		return nil, nil, fmt.Errorf("reading page-type labels: %w", err)
	}
	defer f.Close()
	readability := filepath.Join(dataDir, "..", "pages", "readability")
	warcs := map[string]map[string]source.Page{}
	var htmldate, trafilaturaDir string
	addresses := map[string]map[string]string{}
	var local map[string]localpages.Entry
	var unavailable []string
	// Two labelled pages may be one answer (pydoc's search for "json"
	// is in the set twice); a pydoc search takes a minute, so once.
	type fetched struct {
		p   localpages.Page
		err error
	}
	made := map[[2]string]fetched{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			return nil, nil, fmt.Errorf("%s: bad line %q", labels, line)
		}
		l := labelledPage{Source: parts[0], Item: parts[1], Label: parts[2]}
		// "develop:<source>" is a page of that source added to the
		// develop part alone, after the split was drawn.
		developOnly := false
		if rest, ok := strings.CutPrefix(l.Source, "develop:"); ok {
			l.Source, developOnly = rest, true
		}
		var data []byte
		switch {
		case l.Source == "readability":
			l.Site = eval.ReadabilitySite(l.Item)
			data, err = gunzipFile(filepath.Join(readability, l.Item, "source.html.gz"))
		case l.Source == "mediacloud" || l.Source == "htmldate-mock" || l.Source == "htmldate-comparison":
			if htmldate == "" {
				if htmldate, err = moduleDir("github.com/markusmobius/go-htmldate"); err != nil {
					return nil, nil, err
				}
			}
			l.Site = l.Source + "/" + l.Item
			data, err = os.ReadFile(filepath.Join(htmldate, "test-files", strings.TrimPrefix(l.Source, "htmldate-"), l.Item))
		case strings.HasPrefix(l.Source, "trafilatura-"):
			if trafilaturaDir == "" {
				if trafilaturaDir, err = moduleDir("github.com/markusmobius/go-trafilatura"); err != nil {
					return nil, nil, err
				}
			}
			l.Site = l.Source + "/" + l.Item
			data, err = os.ReadFile(filepath.Join(trafilaturaDir, "test-files", strings.TrimPrefix(l.Source, "trafilatura-"), l.Item))
		case l.Source == "hand":
			l.Site = l.Source + "/" + l.Item
			data, err = os.ReadFile(filepath.Join(pagetypeTestdata, "hand", l.Item))
		case l.Source == "derived":
			l.Site, l.DevelopOnly = l.Source+"/"+l.Item, true
			data, err = os.ReadFile(filepath.Join(pagetypeTestdata, "derived", l.Item))
		case l.Source == "local":
			// The split was drawn when these pages were stored under
			// hand/, and keeps that key.
			l.Site = "hand/" + l.Item
			if local == nil {
				if local, err = readLocal(); err != nil {
					return nil, nil, err
				}
			}
			e, ok := local[l.Item]
			if !ok {
				return nil, nil, fmt.Errorf("%s: %s is not in %s", labels, l.Item, localManifest)
			}
			key := [2]string{e.How, e.What}
			f, ok := made[key]
			if !ok {
				f.p, f.err = e.Fetch(context.Background())
				made[key] = f
			}
			data, err = f.p.Data, f.err
			if errors.Is(err, localpages.ErrUnavailable) {
				unavailable = append(unavailable, err.Error())
				continue
			}
		case strings.HasPrefix(l.Source, "warc:"):
			name := strings.TrimPrefix(l.Source, "warc:")
			l.Site = l.Source
			if warcs[name] == nil {
				if warcs[name], err = warcPages(filepath.Join(pagetypeTestdata, name)); err != nil {
					return nil, nil, err
				}
			}
			p, ok := warcs[name][l.Item]
			if !ok {
				return nil, nil, fmt.Errorf("%s: no page %s in %s", labels, l.Item, name)
			}
			l.Page = p
			out = append(out, l)
			continue
		default:
			return nil, nil, fmt.Errorf("%s: unknown source %q", labels, l.Source)
		}
		if err != nil {
			return nil, nil, err
		}
		l.DevelopOnly = l.DevelopOnly || developOnly
		l.Page = source.Page{Origin: l.Source + ":" + l.Item, Data: data, Kind: source.Sniff(data)}
		if files, ok := fixtureURLFiles[l.Source]; ok && !noAddresses {
			if addresses[l.Source] == nil {
				dir := htmldate
				if strings.HasPrefix(l.Source, "trafilatura-") {
					dir = trafilaturaDir
				}
				if addresses[l.Source], err = fixtureURLs(dir, files); err != nil {
					return nil, nil, err
				}
			}
			l.Page.URL = addresses[l.Source][l.Item]
		}
		out = append(out, l)
	}
	return out, unavailable, sc.Err()
}

const localManifest = pagetypeTestdata + "/local.tsv"

func readLocal() (map[string]localpages.Entry, error) {
	es, err := localpages.ReadManifest(localManifest)
	if err != nil {
		return nil, err
	}
	m := make(map[string]localpages.Entry, len(es))
	for _, e := range es {
		m[e.Name] = e
	}
	return m, nil
}

func kindOf(data []byte, html bool) source.Kind {
	if html {
		return source.KindHTML
	}
	return source.KindText
}

func gunzipFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// moduleDir finds a module of the build in the module cache; the
// mediacloud and htmldate-* pages are test files of go-htmldate, a
// dependency of go-trafilatura, the trafilatura-* pages go-trafilatura's.
func moduleDir(mod string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", mod).Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		if _, err := exec.Command("go", "mod", "download", mod).Output(); err != nil {
			return "", fmt.Errorf("finding module %s: %w", mod, err)
		}
		out, err = exec.Command("go", "list", "-m", "-f", "{{.Dir}}", mod).Output()
		if err != nil {
			return "", fmt.Errorf("finding module %s: %w", mod, err)
		}
		dir = strings.TrimSpace(string(out))
	}
	return dir, nil
}

// warcPages reads the pages of a WARC file as ingest would, by URL.
func warcPages(path string) (map[string]source.Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]source.Page{}
	for p, err := range warc.Pages(context.Background(), path, f, 0) {
		if err != nil {
			return nil, err
		}
		out[strings.Trim(p.URL, "<>")] = p
	}
	return out, nil
}

// pageTypes scores the page-type decision of crosscheck (a page is skipped
// when extraction answers pagetype.ErrNotArticle) and, as the baseline, of
// go-trafilatura (a page is "not an article" when it extracts nothing).
func pageTypes(pages []labelledPage, leftOut []string, engine string) typeReport {
	rep := typeReport{Parts: map[eval.Part]*typeScore{eval.Develop: {}, eval.HeldOut: {}}, LeftOut: leftOut, HeldOutMissed: map[string][2]int{}}
	for _, l := range pages {
		if l.Label == "unsure" {
			continue
		}
		var skipped bool
		var why string
		switch engine {
		case "crosscheck-html":
			_, err := extract.Extract(context.Background(), l.Page)
			var na *pagetype.NotArticleError
			if errors.As(err, &na) {
				skipped, why = true, string(na.Verdict.Type)+": "+na.Verdict.Reason
			}
		case "go-trafilatura":
			res, err := trafilatura.Extract(bytes.NewReader(l.Page.Data), trafilatura.Options{})
			skipped = err != nil || strings.TrimSpace(res.ContentText) == ""
		}
		part := l.part()
		s := rep.Parts[part]
		switch want := l.notArticle(); {
		case skipped && want:
			s.TP++
		case skipped:
			s.FP++
		case want:
			s.FN++
		default:
			s.TN++
		}
		if part == eval.HeldOut && l.notArticle() {
			k := l.Label + " " + l.Source
			c := rep.HeldOutMissed[k]
			c[0]++
			if !skipped {
				c[1]++
			}
			rep.HeldOutMissed[k] = c
		}
		if skipped != l.notArticle() && part == eval.Develop {
			rep.Wrong = append(rep.Wrong, fmt.Sprintf("%s %s: labelled %s, skipped=%v %s", l.Source, l.Item, l.Label, skipped, why))
		}
	}
	sort.Strings(rep.Wrong)
	return rep
}

func (r typeReport) row(engine string) string {
	d, h := r.Parts[eval.Develop], r.Parts[eval.HeldOut]
	return fmt.Sprintf("| %s | %d of %d | %.3f | %.3f | %d of %d | **%.3f** | **%.3f** |",
		engine, d.TP+d.FN, d.TP+d.FN+d.FP+d.TN, d.precision(), d.recall(),
		h.TP+h.FN, h.TP+h.FN+h.FP+h.TN, h.precision(), h.recall())
}

// writeShapes writes, for the develop part's HTML pages only, the page's
// label, whether the page-type rules skip it and its shape: the input of
// bench/pagetypefit. Held-out pages are never written, so the model is
// never fitted or chosen on them.
func writeShapes(w io.Writer, pages []labelledPage) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "site\tpage\tlabel\tnot_article\trules_skip\t%s\n", strings.Join(pagetype.ShapeNames[:], "\t"))
	for _, l := range pages {
		if l.Label == "unsure" || l.Page.Kind != source.KindHTML || l.part() != eval.Develop {
			continue
		}
		s, v, err := extract.PageShape(l.Page)
		if err != nil {
			return fmt.Errorf("measuring %s %s: %w", l.Source, l.Item, err)
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%d\t%d", l.Site, l.Source+":"+l.Item, l.Label, b2i(l.notArticle()), b2i(!v.IsArticle()))
		for _, x := range s {
			fmt.Fprintf(bw, "\t%.6g", x)
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
