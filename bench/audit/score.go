package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"crosscheck/internal/eval"
)

// judgment is a judge's answer to one item.
type judgment struct {
	ID      string `json:"id"`
	Verdict string `json:"verdict"` // yes, no, or cannot tell
	Reason  string `json:"reason"`
}

// The rows of the score table: the kinds of item and the target
// for each (0: none).
var rows = []struct {
	kind, label string
	target      float64
}{
	{"conflict", "conflicts (confident) that are real", 0.90},
	{"uncertain", "uncertain conflicts that are real (not counted as conflicts)", 0},
	{"update", "updates that are one moving count", 0},
	{"pair", "(fact, outlet) pairs where the outlet states the fact (confident credits)", 0.95},
	{"pair-uncertain", "uncertain credits (may also report) where the outlet states the fact (not counted)", 0},
	{"quote-words", "direct quotes verbatim", 0.98},
	{"quote-speaker", "quotes with the right speaker (confident speakers)", 0.95},
	{"quote-speaker-uncertain", "quotes with the right speaker, of those shown uncertain (not counted)", 0},
	{"reported-content", "reported speech that is the speaker's", 0},
	{"timeline", "timeline entries placed right", 0.97},
	{"citation", "summary citations that state the summary sentence", 0.95},
}

func scoreAudit(w io.Writer, dir string) error {
	items, err := eval.ReadJSONLines[item](filepath.Join(dir, "items.jsonl"))
	if err != nil {
		return err
	}
	verdict, err := readVerdicts(dir)
	if err != nil {
		return err
	}
	type tally struct{ yes, no, unsure, missing int }
	by := map[string]*tally{}
	groups := map[string]*tally{}
	for _, it := range items {
		kind := it.Kind
		if kind == "pair" && it.Credit == creditUncertain {
			kind = "pair-uncertain"
		}
		if kind == "quote-speaker" && it.Speaker == speakerUncertain {
			kind = "quote-speaker-uncertain"
		}
		t := by[kind]
		if t == nil {
			t = &tally{}
			by[kind] = t
		}
		v := verdict[it.ID]
		switch v {
		case "yes":
			t.yes++
		case "no":
			t.no++
		case "":
			t.missing++
		default:
			t.unsure++
		}
		// A fact is wholly right when every outlet it is credited to
		// with confidence states it: the outlets that may also report
		// it are not among its outlets.
		if kind == "pair" {
			g := groups[it.Group]
			if g == nil {
				g = &tally{}
				groups[it.Group] = g
			}
			if v == "yes" {
				g.yes++
			} else {
				g.no++
			}
		}
	}
	fmt.Fprintln(w, "| what | items | yes | no | cannot tell | right | target |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	for _, r := range rows {
		t := by[r.kind]
		if t == nil {
			t = &tally{}
		}
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %s | %s |\n", r.label, t.yes+t.no+t.unsure+t.missing, t.yes, t.no, t.unsure, ratio(t.yes, t.yes+t.no), target(r.target))
		if t.missing > 0 {
			fmt.Fprintf(w, "|   (not judged: %d) | | | | | | |\n", t.missing)
		}
	}
	// Facts listed with two or more outlets, as before uncertain
	// credits: a fact of one outlet, drawn for the outlets that may
	// also report it, lists its own only.
	whole, listed := 0, 0
	for _, g := range groups {
		if g.yes+g.no < 2 {
			continue
		}
		listed++
		if g.no == 0 {
			whole++
		}
	}
	fmt.Fprintf(w, "| facts whose every listed (confident) outlet states them | %d | %d | %d | | %s | %s |\n", listed, whole, listed-whole, ratio(whole, listed), target(0.85))
	return nil
}

func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
}

func target(t float64) string {
	if t == 0 {
		return ""
	}
	return fmt.Sprintf("≥ %.2f", t)
}

// readVerdicts reads every judge's file of dir (judgments*.jsonl) into a
// verdict per item id, lower-cased; a later file's verdict replaces an
// earlier one's for the same id.
func readVerdicts(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "judgments*.jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no judgments*.jsonl in %s", dir)
	}
	verdict := map[string]string{}
	for _, f := range files {
		js, err := eval.ReadJSONLines[judgment](f)
		if err != nil {
			return nil, err
		}
		for _, j := range js {
			verdict[j.ID] = strings.ToLower(strings.TrimSpace(j.Verdict))
		}
	}
	return verdict, nil
}
