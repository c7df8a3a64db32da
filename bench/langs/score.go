package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
)

type goldFile struct {
	Pages []goldPage `json:"pages"`
}

type goldPage struct {
	Name string `json:"name"`
	// Cached and SHA256, when set, say where in the Go module cache the
	// page is (see modcache.go); otherwise Name is a readability page.
	Cached    string     `json:"cached,omitempty"`
	SHA256    string     `json:"sha256,omitempty"`
	Site      string     `json:"site,omitempty"`
	Lang      string     `json:"lang"`
	Split     string     `json:"split"`
	Sentences int        `json:"sentences"`
	Quotes    []goldItem `json:"quotes"`
	Dates     []goldItem `json:"dates"`
	Numbers   []goldItem `json:"numbers"`
}

type goldItem struct {
	Sentence int     `json:"sentence"`
	Kind     string  `json:"kind,omitempty"`
	Speaker  string  `json:"speaker,omitempty"`
	Text     string  `json:"text"`
	Date     string  `json:"date,omitempty"`
	Value    float64 `json:"value,omitempty"`
}

// tally counts one kind of item over pages.
type tally struct{ found, gold, right int }

func (t tally) String() string {
	p, r := ratio(t.right, t.found), ratio(t.right, t.gold)
	return fmt.Sprintf("P %s  R %s", p, r)
}

func ratio(a, b int) string {
	if b == 0 {
		return "  -  (0/0)"
	}
	return fmt.Sprintf("%.2f (%d/%d)", float64(a)/float64(b), a, b)
}

type splitScore struct {
	pages                   int
	quotes, dates, numbers  tally
	speakerRight, speakerOf int
}

func run(dir, goldPath string, verbose bool) error {
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return err
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		return fmt.Errorf("%s: %w", goldPath, err)
	}
	scores := map[string]*splitScore{"develop": {}, "heldout": {}}
	byLang := map[string]*splitScore{}
	var langs []string
	for _, p := range g.Pages {
		s, ok := scores[p.Split]
		if !ok {
			return fmt.Errorf("%s: page %s: split %q is neither develop nor heldout", goldPath, p.Name, p.Split)
		}
		key := p.Lang + " " + p.Split
		if byLang[key] == nil {
			byLang[key] = &splitScore{}
			langs = append(langs, key)
		}
		a, err := loadPage(dir, p)
		if err != nil {
			return err
		}
		d := nlp.AnalyzeIn(a.Text, a.Published, p.Lang)
		if d.Language.Code != p.Lang || d.Language.Fallback {
			return fmt.Errorf("page %s: analysed as %+v, not %s", p.Name, d.Language, p.Lang)
		}
		s.pages++
		// Misses are listed for develop pages only: held-out pages are
		// scored, never read for tuning.
		scorePage(s, p, d, a.Published, verbose && p.Split == "develop")
		byLang[key].pages++
		scorePage(byLang[key], p, d, a.Published, false)
	}
	for _, split := range []string{"develop", "heldout"} {
		s := scores[split]
		fmt.Printf("%s (%d pages)\n", split, s.pages)
		fmt.Printf("  quotes (direct and reported): %s\n", s.quotes)
		fmt.Printf("  speaker right, of quotes matched with a gold speaker: %s\n", ratio(s.speakerRight, s.speakerOf))
		fmt.Printf("  dates: %s\n", s.dates)
		fmt.Printf("  numbers: %s\n", s.numbers)
	}
	sort.Strings(langs)
	fmt.Printf("\nby language: pages | quotes P, R | speaker right | dates P, R | numbers P, R\n")
	for _, key := range langs {
		s := byLang[key]
		fmt.Printf("  %-10s %2d | %s | %s | %s | %s\n", key, s.pages, s.quotes, ratio(s.speakerRight, s.speakerOf), s.dates, s.numbers)
	}
	return nil
}

// loadPage reads a gold page from the readability pages or the module cache.
func loadPage(dir string, p goldPage) (article.Article, error) {
	if p.Cached != "" {
		return readCached(p.Cached, p.SHA256)
	}
	return readPage(dir, p.Name)
}

// locate finds each gold item's offset in the text: its sentence's
// occurrence of the text, else the first in the whole text after the
// same item before it.
func locate(d nlp.Doc, items []goldItem) []int {
	out := make([]int, len(items))
	used := map[int]bool{}
	for i, it := range items {
		out[i] = -1
		from := 0
		if it.Sentence < len(d.Sentences) {
			from = d.Sentences[it.Sentence].Start
		}
		for start := from; ; {
			k := strings.Index(d.Text[start:], it.Text)
			if k < 0 {
				break
			}
			if !used[start+k] {
				out[i] = start + k
				used[start+k] = true
				break
			}
			start += k + 1
		}
	}
	return out
}

func scorePage(s *splitScore, p goldPage, d nlp.Doc, published time.Time, verbose bool) {
	limit := len(d.Text)
	if p.Sentences > 0 && p.Sentences <= len(d.Sentences) {
		limit = d.Sentences[p.Sentences-1].End
	}
	miss := func(what string, args ...any) {
		if verbose {
			fmt.Printf("  %s %s: %s\n", p.Name, what, fmt.Sprint(args...))
		}
	}

	// Quotes.
	gq := locate(d, p.Quotes)
	matched := make([]bool, len(p.Quotes))
	for _, q := range d.Quotes {
		if q.Span.Start >= limit {
			continue
		}
		s.quotes.found++
		hit := firstUnmatched(matched, func(i int) bool {
			return gq[i] >= 0 && p.Quotes[i].Kind == q.Kind && gq[i] >= q.Span.Start-3 && gq[i] < q.Span.End
		})
		if hit < 0 {
			miss("false quote", fmt.Sprintf("%s %q said %q", q.Kind, q.Speaker, q.Text))
			continue
		}
		matched[hit] = true
		s.quotes.right++
		s.speakerOf++
		if sameSpeaker(q.Speaker, p.Quotes[hit].Speaker) {
			s.speakerRight++
		} else {
			miss("wrong speaker", fmt.Sprintf("%q for %q", q.Speaker, p.Quotes[hit].Speaker))
		}
	}
	s.quotes.gold += len(p.Quotes)
	for i, g := range p.Quotes {
		if !matched[i] {
			miss("missed quote", fmt.Sprintf("%s %q: %q", g.Kind, g.Speaker, g.Text))
		}
	}

	// Dates.
	gd := locate(d, p.Dates)
	matched = make([]bool, len(p.Dates))
	for _, t := range d.Times {
		if t.Span.Start >= limit || t.Granularity == nlp.GranYear {
			continue
		}
		s.dates.found++
		got := ""
		if t.Resolved {
			got = t.Start.Format(time.DateOnly)
		}
		hit := firstUnmatched(matched, func(i int) bool {
			g := p.Dates[i]
			return gd[i] >= 0 && gd[i] < t.Span.End && gd[i]+len(g.Text) > t.Span.Start && g.Date == got
		})
		if hit < 0 {
			miss("false date", fmt.Sprintf("%q = %q", t.Text, got))
			continue
		}
		matched[hit] = true
		s.dates.right++
	}
	s.dates.gold += len(p.Dates)
	for i, g := range p.Dates {
		if !matched[i] {
			miss("missed date", fmt.Sprintf("%q = %q", g.Text, g.Date))
		}
	}

	// Numbers.
	gn := locate(d, p.Numbers)
	matched = make([]bool, len(p.Numbers))
	for _, q := range d.Quantities {
		if q.Span.Start >= limit {
			continue
		}
		s.numbers.found++
		hit := firstUnmatched(matched, func(i int) bool {
			g := p.Numbers[i]
			return gn[i] >= 0 && gn[i] < q.Span.End && gn[i]+len(g.Text) > q.Span.Start && math.Abs(q.Value-g.Value) <= 1e-9*math.Max(1, g.Value)
		})
		if hit < 0 {
			miss("false number", fmt.Sprintf("%q = %v %s", q.Text, q.Value, q.Unit))
			continue
		}
		matched[hit] = true
		s.numbers.right++
	}
	s.numbers.gold += len(p.Numbers)
	for i, g := range p.Numbers {
		if !matched[i] {
			miss("missed number", fmt.Sprintf("%q = %v", g.Text, g.Value))
		}
	}
}

// sameSpeaker: one name holds the other ("Fabius", "Laurent Fabius").
func sameSpeaker(found, gold string) bool {
	f, g := strings.ToLower(strings.TrimSpace(found)), strings.ToLower(strings.TrimSpace(gold))
	return f != "" && g != "" && (strings.Contains(f, g) || strings.Contains(g, f))
}

// firstUnmatched returns the first gold item not matched yet that fits,
// or -1.
func firstUnmatched(matched []bool, fits func(i int) bool) int {
	for i := range matched {
		if !matched[i] && fits(i) {
			return i
		}
	}
	return -1
}
