// Command timeline scores how crosscheck resolves time expressions against
// hand-annotated values on ECB+ documents (testdata/annotations/
// ecbplus-times.json, annotated by the guideline beside it): every time
// mention of the sample has the calendar interval it denotes given the
// document's reference date, and the analyser, given the same date, is
// right when an expression it finds over the mention has that interval.
// Develop and held-out topics (eval.HeldOutTopic) are scored apart.
//
//	go run ./bench/timeline [-data ../shared/data] [-gold testdata/annotations/ecbplus-times.json] [-v]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

// goldDoc is one annotated document.
type goldDoc struct {
	Doc           string     `json:"doc"`
	Reference     string     `json:"reference"`
	ReferenceFrom string     `json:"reference_from"`
	Times         []goldTime `json:"times"`
}

// goldTime is one time mention: its sentence and words as ECB+ tokenises
// them, and its value: "YYYY-MM-DD", "A/B" (inclusive), "A/" (from A
// on), "/B" (up to B) or "-" (not scored).
type goldTime struct {
	Sentence string `json:"sentence"`
	Mention  string `json:"mention"`
	Tag      string `json:"tag"`
	Value    string `json:"value"`
}

func main() {
	data := flag.String("data", "../shared/data", "the evaluation data directory")
	goldPath := flag.String("gold", "testdata/annotations/ecbplus-times.json", "the annotated time values")
	verbose := flag.Bool("v", false, "list every scored mention of the develop topics (held-out mentions are scored, never listed)")
	flag.Parse()
	if err := run(*data, *goldPath, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
}

type score struct{ scored, given, right int }

func run(data, goldPath string, verbose bool) error {
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return fmt.Errorf("reading the gold: %w", err)
	}
	var gold struct {
		Docs []goldDoc `json:"docs"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return fmt.Errorf("reading %s: %w", goldPath, err)
	}
	docs, err := eval.LoadEvents(filepath.Join(data, "clustering", "ecbplus.jsonl"))
	if err != nil {
		return err
	}
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	scores := map[bool]*score{false: {}, true: {}}
	docCount := map[bool]int{}
	for _, g := range gold.Docs {
		t, ok := text[g.Doc]
		if !ok {
			return fmt.Errorf("%s: document %s not in the clustering set", goldPath, g.Doc)
		}
		ref, err := time.Parse("2006-01-02", g.Reference)
		if err != nil {
			return fmt.Errorf("%s: %s: reference date: %w", goldPath, g.Doc, err)
		}
		topic, _ := strconv.Atoi(g.Doc[:strings.IndexByte(g.Doc, '_')])
		held := eval.HeldOutTopic(topic)
		docCount[held]++
		// Noon of the reference day: a publication time, as the
		// pipeline would have it.
		d := nlp.Analyze(t, ref.Add(12*time.Hour))
		for _, gt := range g.Times {
			if gt.Value == "-" {
				continue
			}
			s := scores[held]
			s.scored++
			start, end, found := locate(t, gt.Sentence, gt.Mention)
			if !found {
				return fmt.Errorf("%s: %s: mention %q not found in the text", goldPath, g.Doc, gt.Mention)
			}
			var got []string
			right := false
			for _, te := range d.Times {
				if te.Span.Start < end && start < te.Span.End {
					v := valueOf(te)
					got = append(got, fmt.Sprintf("%q=%s", te.Text, v))
					right = right || sameValue(v, gt.Value)
				}
			}
			given := false
			for _, gv := range got {
				given = given || !strings.HasSuffix(gv, "=?")
			}
			if given {
				s.given++
			}
			if right {
				s.right++
			}
			if verbose && !held {
				mark := "ok "
				if !right {
					mark = "BAD"
				}
				fmt.Printf("%s %-14s %s %q want %s got %s\n", mark, g.Doc, g.Reference, gt.Mention, gt.Value, strings.Join(got, " "))
			}
		}
	}
	fmt.Printf("Time values on hand-annotated ECB+ mentions (%s)\n\n", goldPath)
	fmt.Println("| split | documents | mentions scored | value right / scored | value right / given |")
	fmt.Println("| --- | --- | --- | --- | --- |")
	for _, held := range []bool{false, true} {
		s := scores[held]
		name := "develop"
		if held {
			name = "held-out"
		}
		fmt.Printf("| %s | %d | %d | %.3f (%d) | %.3f (%d of %d) |\n", name, docCount[held], s.scored, ratio(s.right, s.scored), s.right, ratio(s.right, s.given), s.right, s.given)
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// sameValue compares values, a single day "D" being "D/D".
func sameValue(a, b string) bool {
	norm := func(v string) string {
		if !strings.Contains(v, "/") {
			return v + "/" + v
		}
		return v
	}
	return norm(a) == norm(b)
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func lastDay(t time.Time) string { return day(t.Add(-time.Nanosecond)) }

// locate finds the mention in text, within its sentence, comparing only
// letters and digits (ECB+ tokenises "2:16pm" as "2 : 16pm" and quotes
// as two backquotes).
func locate(text, sentence, mention string) (int, int, bool) {
	var keep []rune
	var at []int
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			keep = append(keep, unicode.ToLower(r))
			at = append(at, i)
		}
	}
	squash := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		return b.String()
	}
	hay := string(keep)
	sent, men := squash(sentence), squash(mention)
	from := 0
	if i := strings.Index(hay, sent); i >= 0 {
		from = i
	}
	j := strings.Index(hay[from:], men)
	if j < 0 || men == "" {
		return 0, 0, false
	}
	// hay is runes written as a string: map byte offsets back through
	// rune counts.
	startRune := len([]rune(hay[:from+j]))
	endRune := startRune + len([]rune(men)) - 1
	return at[startRune], at[endRune] + 1, true
}
