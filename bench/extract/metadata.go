package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// metaFields are the fields scored on the readability pages.
var metaFields = []string{"title", "byline", "site", "published"}

// expectedMeta is a readability page's expected-metadata.json.
type expectedMeta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
}

// gotMeta is what an engine read.
type gotMeta struct {
	Title, Byline, Site string
	Published           time.Time
}

// metaReport counts, per part and field, the pages scored and those
// right.
type metaReport struct {
	Right, Scored map[eval.Part]map[string]int
	// Extra counts values given where the expected one is null.
	Extra map[eval.Part]map[string]int
	Wrong []string // develop part only
}

func metadataScores(readability, engine string) (metaReport, error) {
	rep := metaReport{Right: map[eval.Part]map[string]int{}, Scored: map[eval.Part]map[string]int{}, Extra: map[eval.Part]map[string]int{}}
	for _, p := range []eval.Part{eval.Develop, eval.HeldOut} {
		rep.Right[p], rep.Scored[p], rep.Extra[p] = map[string]int{}, map[string]int{}, map[string]int{}
	}
	dirs, err := os.ReadDir(readability)
	if err != nil {
		return rep, fmt.Errorf("reading readability set: %w", err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(readability, d.Name(), "expected-metadata.json"))
		if err != nil {
			return rep, err
		}
		var want expectedMeta
		if err := json.Unmarshal(raw, &want); err != nil {
			return rep, fmt.Errorf("%s: %w", d.Name(), err)
		}
		page, err := gunzipFile(filepath.Join(readability, d.Name(), "source.html.gz"))
		if err != nil {
			return rep, err
		}
		got := readMeta(engine, d.Name(), page)
		part := eval.SplitBySite(eval.ReadabilitySite(d.Name()))
		for _, f := range metaFields {
			ok, scored, shown := fieldRight(f, want, got)
			if !scored {
				if given(f, got) {
					rep.Extra[part][f]++
				}
				continue
			}
			rep.Scored[part][f]++
			if ok {
				rep.Right[part][f]++
			} else if part == eval.Develop {
				rep.Wrong = append(rep.Wrong, fmt.Sprintf("%s %s: %s", d.Name(), f, shown))
			}
		}
	}
	sort.Strings(rep.Wrong)
	return rep, nil
}

func readMeta(engine, name string, page []byte) gotMeta {
	switch engine {
	case "crosscheck-html":
		a, err := extract.ExtractWith(context.Background(), source.Page{Origin: name, Kind: source.KindHTML, Data: page}, extract.Options{KeepNonArticles: true})
		if err != nil && a.Title == "" {
			return gotMeta{}
		}
		return gotMeta{Title: a.Title, Byline: strings.Join(a.Authors, ", "), Site: a.Site, Published: a.Published}
	default:
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
		if err != nil || res == nil {
			return gotMeta{}
		}
		m := res.Metadata
		return gotMeta{Title: m.Title, Byline: m.Author, Site: m.Sitename, Published: m.Date}
	}
}

// fieldRight compares one field, for a page where the expected value is
// given; scored says whether it is (the expected values are a reader-mode
// extractor's reviewed output, so a null there means that extractor found
// nothing, not that the page states nothing: a value given there is
// counted apart, not judged). Text fields match after folding case,
// space, quotes and dashes; a title also matches with a trailing site
// name (" | eHow") on either side, since the expected titles keep some
// and drop others. A byline matches when every name given is in the
// expected byline and the names cover half its words (a role aside). A
// publication time matches to the minute, or on the calendar day when
// either side has no time of day or the expected one has no zone.
func fieldRight(field string, want expectedMeta, got gotMeta) (right, scored bool, shown string) {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	switch field {
	case "title":
		w := str(want.Title)
		return titleRight(w, got.Title), w != "", fmt.Sprintf("got %q, want %q", got.Title, w)
	case "site":
		w := str(want.SiteName)
		return fold(w) == fold(got.Site), w != "", fmt.Sprintf("got %q, want %q", got.Site, w)
	case "byline":
		w := str(want.Byline)
		return bylineRight(w, got.Byline), w != "", fmt.Sprintf("got %q, want %q", got.Byline, w)
	case "published":
		w := str(want.PublishedTime)
		shown := fmt.Sprintf("got %s, want %q", got.Published.Format(time.RFC3339), w)
		if w == "" || got.Published.IsZero() {
			return false, w != "", shown
		}
		midnight := got.Published.Hour() == 0 && got.Published.Minute() == 0
		if t, err := time.Parse(time.RFC3339Nano, w); err == nil {
			d := got.Published.Sub(t).Abs()
			return d < time.Minute || midnight && got.Published.Format(time.DateOnly) == t.Format(time.DateOnly), true, shown
		}
		return len(w) >= 10 && got.Published.Format(time.DateOnly) == w[:10], true, shown
	}
	return false, false, ""
}

// titleRight compares titles, allowing a trailing site name on either.
func titleRight(want, got string) bool {
	w, g := fold(want), fold(got)
	if w == g {
		return true
	}
	for _, sep := range []string{" | ", " - ", " :: ", " · ", " [", " » ", " _"} {
		if i := strings.LastIndex(w, sep); i > 0 && w[:i] == g {
			return true
		}
		if i := strings.LastIndex(g, sep); i > 0 && g[:i] == w {
			return true
		}
	}
	return false
}

var folds = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-", "\u00a0", " ")

func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(folds.Replace(s))), " ")
}

func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		switch w {
		case "by", "and", "und", "et", "y", "par", "von", "por", "with":
			continue
		}
		out = append(out, w)
	}
	return out
}

func bylineRight(want, got string) bool {
	if want == "" || got == "" {
		return want == got
	}
	wantWords := map[string]bool{}
	for _, w := range nameWords(want) {
		wantWords[w] = true
	}
	gotWords := nameWords(got)
	covered := map[string]bool{}
	for _, w := range gotWords {
		if !wantWords[w] {
			return false // a name, or part of one, the page does not give
		}
		covered[w] = true
	}
	// The names given cover at least half of the byline's words (the
	// rest may be a role: "Senior Staff Technologist").
	return len(covered)*2 >= len(wantWords)
}

func given(field string, got gotMeta) bool {
	switch field {
	case "title":
		return got.Title != ""
	case "site":
		return got.Site != ""
	case "byline":
		return got.Byline != ""
	}
	return !got.Published.IsZero()
}

func (r metaReport) rows(engine string) []string {
	var out []string
	for _, f := range metaFields {
		d, h := r.Scored[eval.Develop][f], r.Scored[eval.HeldOut][f]
		out = append(out, fmt.Sprintf("| %s | %s | %d/%d (%.3f) | %d/%d (**%.3f**) | %d / %d |", f, engine,
			r.Right[eval.Develop][f], d, float64(r.Right[eval.Develop][f])/float64(max(d, 1)),
			r.Right[eval.HeldOut][f], h, float64(r.Right[eval.HeldOut][f])/float64(max(h, 1)),
			r.Extra[eval.Develop][f], r.Extra[eval.HeldOut][f]))
	}
	return out
}
