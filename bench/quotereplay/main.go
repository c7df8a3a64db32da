// Command quotereplay replays the judged quote-speaker and
// reported-content items of spent audit rounds through the current
// quote finder, one evidence sentence at a time, and writes what the
// finder now makes of each sentence. Two such files (before and after a
// change) are compared with -compare: the items whose sentence now reads
// otherwise, counted by the judge's verdict. A sentence alone loses the
// context a pronoun speaker needs, so the replay measures change, not
// accuracy; it is a self-check on material already read, never a blind
// score.
//
//	go run ./bench/quotereplay -out before.jsonl
//	go run ./bench/quotereplay -out after.jsonl
//	go run ./bench/quotereplay -compare before.jsonl,after.jsonl
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

// spentRounds are the judged rounds replayed by default; a blind round
// is never among them.
const spentRounds = "round1,round2,round3,polnear-round1,polnear-round5,polnear-round6,polnear-round7,polnear-round8,lang-round1,lang-round2,news-round9-base,news-round10-base,news-round11-base,news-round12-base,news-round13-base,news-round14-base,news-round15-base,news-round11,news-round12,news-round13,news-round14,news-round15"

func main() {
	judged := flag.String("judged", "testdata/audit", "the directory of the judged rounds")
	rounds := flag.String("rounds", spentRounds, "the spent rounds, comma-separated")
	out := flag.String("out", "", "write the replay of every judged item here")
	compare := flag.String("compare", "", "before.jsonl,after.jsonl: the items whose replay changed, by verdict")
	list := flag.Bool("list", false, "with -compare: print each changed item")
	flag.Parse()
	var err error
	switch {
	case *compare != "":
		err = runCompare(*compare, *list)
	case *out != "":
		err = runReplay(*judged, strings.Split(*rounds, ","), *out)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		slog.Error("bench/quotereplay", "err", err)
		os.Exit(1)
	}
}

type cited struct {
	Source   string `json:"source"`
	Sentence string `json:"sentence"`
}

type item struct {
	ID       string  `json:"id"`
	Kind     string  `json:"kind"`
	Shown    string  `json:"shown"`
	Evidence []cited `json:"evidence"`
}

type judgment struct {
	ID      string `json:"id"`
	Verdict string `json:"verdict"`
}

// found is one quote the finder makes of the evidence sentence.
type found struct {
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue"`
	Text    string `json:"text"`
}

// replayed is one judged item and what the finder now makes of its
// sentence; Still says whether a quote of the shown kind and text is
// still made, and Speaker is that quote's speaker as named.
type replayed struct {
	Round   string  `json:"round"`
	ID      string  `json:"id"`
	Kind    string  `json:"kind"`
	Verdict string  `json:"verdict"`
	Shown   string  `json:"shown"`
	Source  string  `json:"source"`
	Still   bool    `json:"still"`
	Speaker string  `json:"speaker"`
	Found   []found `json:"found"`
}

// verdicts reads every judge's file of dir; an item's verdict is "no"
// when any judge said no (a wrong speaker one judge caught is wrong).
func verdicts(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "judgments-*.jsonl"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range files {
		js, err := eval.ReadJSONLines[judgment](f)
		if err != nil {
			return nil, err
		}
		for _, j := range js {
			if out[j.ID] != "no" {
				out[j.ID] = j.Verdict
			}
		}
	}
	return out, nil
}

// roundItems reads a round's items and verdicts: a round is either one
// directory of items or a directory of story directories.
func roundItems(dir string) ([]item, map[string]string, error) {
	dirs := []string{dir}
	if _, err := os.Stat(filepath.Join(dir, "items.jsonl")); err != nil {
		sub, err := filepath.Glob(filepath.Join(dir, "*", "items.jsonl"))
		if err != nil {
			return nil, nil, err
		}
		dirs = dirs[:0]
		for _, s := range sub {
			dirs = append(dirs, filepath.Dir(s))
		}
	}
	var its []item
	vs := map[string]string{}
	for _, d := range dirs {
		x, err := eval.ReadJSONLines[item](filepath.Join(d, "items.jsonl"))
		if err != nil {
			return nil, nil, err
		}
		its = append(its, x...)
		v, err := verdicts(d)
		if err != nil {
			return nil, nil, err
		}
		for k, s := range v {
			vs[k] = s
		}
	}
	return its, vs, nil
}

// parseShown splits "Speaker (kind, cue "x"): text".
func parseShown(s string) (speaker, kind, text string) {
	i := strings.Index(s, " (")
	j := strings.Index(s, "): ")
	if i < 0 || j < i {
		return "", "", s
	}
	speaker = s[:i]
	kind, _, _ = strings.Cut(s[i+2:j], ",")
	return speaker, kind, s[j+3:]
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func runReplay(judged string, rounds []string, out string) error {
	var all []replayed
	for _, r := range rounds {
		if strings.Contains(r, "round16") {
			return fmt.Errorf("round %s is blind material", r)
		}
		its, vs, err := roundItems(filepath.Join(judged, r))
		if err != nil {
			return fmt.Errorf("reading round %s: %w", r, err)
		}
		for _, it := range its {
			if it.Kind != "quote-speaker" && it.Kind != "reported-content" || len(it.Evidence) == 0 || vs[it.ID] == "" {
				continue
			}
			_, kind, text := parseShown(it.Shown)
			rp := replayed{Round: r, ID: it.ID, Kind: it.Kind, Verdict: vs[it.ID], Shown: it.Shown, Source: it.Evidence[0].Sentence}
			d := nlp.AnalyzeIn(it.Evidence[0].Sentence, time.Time{}, "")
			for _, q := range d.Quotes {
				f := found{Speaker: q.Speaker, Kind: q.Kind, Cue: q.Cue, Text: q.Text}
				rp.Found = append(rp.Found, f)
				if q.Kind == kind && fold(q.Text) == fold(text) && !rp.Still {
					rp.Still, rp.Speaker = true, q.Speaker
				}
			}
			all = append(all, rp)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, r := range all {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

func runCompare(spec string, list bool) error {
	before, after, ok := strings.Cut(spec, ",")
	if !ok {
		return fmt.Errorf("-compare wants before.jsonl,after.jsonl")
	}
	b, err := eval.ReadJSONLines[replayed](before)
	if err != nil {
		return err
	}
	a, err := eval.ReadJSONLines[replayed](after)
	if err != nil {
		return err
	}
	old := map[string]replayed{}
	for _, r := range b {
		old[r.Round+"/"+r.ID] = r
	}
	// tally per kind and verdict: still made with the same speaker,
	// speaker changed, no longer made, newly made.
	type tally struct{ same, speaker, gone, back, other, total int }
	t := map[string]*tally{}
	var changed []string
	for _, r := range a {
		o, ok := old[r.Round+"/"+r.ID]
		if !ok {
			continue
		}
		k := r.Kind + " " + r.Verdict
		if t[k] == nil {
			t[k] = &tally{}
		}
		x := t[k]
		x.total++
		switch {
		case o.Still && r.Still && o.Speaker == r.Speaker:
			x.same++
		case o.Still && r.Still:
			x.speaker++
		case o.Still:
			x.gone++
		case r.Still:
			x.back++
		default:
			x.other++
		}
		if !slices.Equal(o.Found, r.Found) {
			changed = append(changed, fmt.Sprintf("%s %s %s [%s]\n  shown: %s\n  src:   %s\n  before: %v\n  after:  %v", r.Verdict, r.Round, r.ID, r.Kind, r.Shown, r.Source, o.Found, r.Found))
		}
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("| kind verdict | items | still made, same speaker | speaker changed | no longer made | made again | not made either time |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- |")
	for _, k := range keys {
		x := t[k]
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d |\n", k, x.total, x.same, x.speaker, x.gone, x.back, x.other)
	}
	fmt.Printf("\nitems whose sentence reads otherwise: %d\n", len(changed))
	if list {
		for _, c := range changed {
			fmt.Println(c)
		}
	}
	return nil
}
