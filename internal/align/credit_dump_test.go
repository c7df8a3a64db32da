package align

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/nlp"
	"crosscheck/internal/source"
)

// TestCreditDump is a develop tool, not a test: it aligns the stories of
// spent audit rounds again and writes, for every judged (fact, outlet)
// pair the alignment still makes, the evidence of that credit
// (creditEvidence) with the judge's verdict, one JSON line a pair. It
// runs only when CREDIT_DUMP names the output file:
//
//	CREDIT_DUMP=/tmp/credits.jsonl CREDIT_ROUNDS=round1=testdata/audit/round1,news-round14=testdata/audit/news-round14=/work/spentsrc/news-round14 \
//	  go test ./internal/align -run TestCreditDump -count 1
//
// (paths relative to the repository root). Each round is NAME=JUDGED or
// NAME=JUDGED=SOURCES: the judged round's items and judgments, either at
// its top (ECB+ and PolNeAR rounds) or in each story's directory (news
// rounds), and its stories' sources in SOURCES/<story>/sources when
// given, else in JUDGED/<story>/sources; a PolNeAR story (SOURCES.txt, no
// sources/) is read from CREDIT_POLNEAR (default
// ../shared/data/attribution/polnear from the repository root). With
// CREDIT_GATE=off the credit gate (gate.go) is off, so that the pairs it
// withholds are dumped too, for calibrating it (TestCreditGateLORO).
// Spent material only: a self-check, never a blind score.
func TestCreditDump(t *testing.T) {
	out := os.Getenv("CREDIT_DUMP")
	if out == "" {
		t.Skip("a develop tool: set CREDIT_DUMP and CREDIT_ROUNDS")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	at := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(root, p)
	}
	polnear := at(cmpOr(os.Getenv("CREDIT_POLNEAR"), "../shared/data/attribution/polnear"))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, spec := range strings.Split(os.Getenv("CREDIT_ROUNDS"), ",") {
		parts := strings.Split(spec, "=")
		if len(parts) < 2 {
			t.Fatalf("round %q: want NAME=JUDGED[=SOURCES]", spec)
		}
		judged, sources := at(parts[1]), at(parts[1])
		if len(parts) > 2 {
			sources = at(parts[2])
		}
		stories, err := readJudgedRound(judged)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range stories {
			inputs, files, err := readStorySources(filepath.Join(sources, st.name), filepath.Join(judged, st.name), polnear)
			if err != nil {
				t.Logf("round %s story %s: %v (skipped)", parts[0], st.name, err)
				continue
			}
			for _, rec := range creditRecords(inputs, files, st) {
				rec.Round = parts[0]
				if err := enc.Encode(rec); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// judgedPair is one judged (fact, outlet) pair item.
type judgedPair struct {
	id, group, shown, source, sentence, verdict string
}

type judgedStory struct {
	name  string
	pairs []judgedPair
}

type dumpItem struct {
	ID       string `json:"id"`
	Story    string `json:"story"`
	Kind     string `json:"kind"`
	Group    string `json:"group"`
	Shown    string `json:"shown"`
	Evidence []struct {
		Source   string `json:"source"`
		Sentence string `json:"sentence"`
	} `json:"evidence"`
}

func readJSONLines[T any](path string) ([]T, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []T
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// readJudgedRound reads the judged pair items of a round, by story.
func readJudgedRound(dir string) ([]judgedStory, error) {
	var itemFiles []string
	if _, err := os.Stat(filepath.Join(dir, "items.jsonl")); err == nil {
		itemFiles = []string{filepath.Join(dir, "items.jsonl")}
	} else {
		itemFiles, _ = filepath.Glob(filepath.Join(dir, "*", "items.jsonl"))
	}
	verdict := map[string]string{}
	var items []dumpItem
	for _, f := range itemFiles {
		its, err := readJSONLines[dumpItem](f)
		if err != nil {
			return nil, err
		}
		items = append(items, its...)
		js, _ := filepath.Glob(filepath.Join(filepath.Dir(f), "judgments*.jsonl"))
		for _, j := range js {
			vs, err := readJSONLines[struct{ ID, Verdict string }](j)
			if err != nil {
				return nil, err
			}
			for _, v := range vs {
				verdict[v.ID] = strings.ToLower(strings.TrimSpace(v.Verdict))
			}
		}
	}
	byStory := map[string]*judgedStory{}
	var order []string
	for _, it := range items {
		v := verdict[it.ID]
		if it.Kind != "pair" || len(it.Evidence) == 0 || v != "yes" && v != "no" {
			continue
		}
		s := byStory[it.Story]
		if s == nil {
			s = &judgedStory{name: it.Story}
			byStory[it.Story] = s
			order = append(order, it.Story)
		}
		s.pairs = append(s.pairs, judgedPair{id: it.ID, group: it.Group, shown: it.Shown, source: it.Evidence[0].Source, sentence: fold(it.Evidence[0].Sentence), verdict: v})
	}
	var out []judgedStory
	for _, n := range order {
		out = append(out, *byStory[n])
	}
	return out, nil
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// readStorySources reads a story's sources as the audit ingests them (a
// text page each) and returns them as inputs with each one's file name.
func readStorySources(srcDir, judgedDir, polnear string) ([]Input, []string, error) {
	files, _ := filepath.Glob(filepath.Join(srcDir, "sources", "*.txt"))
	var docs []eval.EventDoc
	if len(files) == 0 {
		b, err := os.ReadFile(filepath.Join(judgedDir, "SOURCES.txt"))
		if err != nil {
			return nil, nil, err
		}
		for _, l := range strings.Fields(string(b)) {
			docs = append(docs, eval.EventDoc{ID: strings.TrimSuffix(l, ".txt")})
		}
		if err := eval.FillPolNeAR(docs, polnear); err != nil {
			return nil, nil, err
		}
	} else {
		// A story whose pages are not all restored yet aligns otherwise
		// than it was briefed: left out.
		if b, err := os.ReadFile(filepath.Join(judgedDir, "MANIFEST.tsv")); err == nil {
			if want := len(strings.Split(strings.TrimSpace(string(b)), "\n")) - 1; want != len(files) {
				return nil, nil, fmt.Errorf("%d of %d pages restored", len(files), want)
			}
		}
		slices.Sort(files)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, nil, err
			}
			docs = append(docs, parseDumpSource(filepath.Base(p), string(b)))
		}
	}
	var inputs []Input
	var names []string
	for i, d := range docs {
		p := source.Page{Origin: d.ID + ".txt", Kind: source.KindText, Data: []byte(d.Text + "\n")}
		text := d.Text
		if a, err := extract.Extract(context.Background(), p); err == nil && a.Text != "" {
			text = a.Text
		}
		outlet := cmpOr(d.Outlet, d.ID)
		inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: outlet, Published: d.Published, Text: text, Doc: nlp.Analyze(text, d.Published)})
		names = append(names, d.ID+".txt")
	}
	return inputs, names, nil
}

// parseDumpSource reads a stored page (title, "Publisher: ", "Published:
// ", a blank line, the text) or a plain text (an ECB+ source).
func parseDumpSource(name, b string) eval.EventDoc {
	d := eval.EventDoc{ID: strings.TrimSuffix(name, ".txt"), Text: strings.TrimSpace(b)}
	head, text, ok := strings.Cut(strings.ReplaceAll(b, "\r\n", "\n"), "\n\n")
	if !ok {
		return d
	}
	lines := strings.Split(head, "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "Publisher: ") {
		return d
	}
	d.Title, d.Text = lines[0], strings.TrimSpace(text)
	for _, l := range lines[1:] {
		if v, ok := strings.CutPrefix(l, "Publisher: "); ok {
			d.Outlet = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(l, "Published: "); ok {
			d.Published, _ = time.Parse(time.DateOnly, strings.TrimSpace(v))
		}
	}
	return d
}

// creditRecord is one judged pair the alignment still makes, with the
// evidence of the credit.
type creditRecord struct {
	Round, Story, ID, Verdict string
	Source, Sentence, Fact    string
	// Own marks the fact's own sentence (the representative): no
	// credit to weigh.
	Own bool
	// JudgedFact: the fact measured against is the one judged (the
	// claim holds the shown sentence), not only the claim's
	// representative.
	JudgedFact bool
	Evidence   creditEvidence
	// Weak and WeakBack are the credit gate's test (weakCredit, left
	// uncorroborated) of the sentence with the fact, and of the fact's
	// sentence with the sentence's.
	Weak, WeakBack bool
}

// creditRecords aligns a story and finds its judged pairs among the
// claims: a pair is made when a claim holds the outlet's judged sentence
// and another outlet's judged sentence of the same fact.
func creditRecords(inputs []Input, files []string, st judgedStory) []creditRecord {
	type placed struct {
		claim, member int
	}
	var claims [][]member
	var check *statedCheck
	AlignKept(inputs, Options{credits: func(k *statedCheck, cs [][]member) { check, claims = k, cs }, noGate: os.Getenv("CREDIT_GATE") == "off"}, nil)
	if check == nil {
		return nil
	}
	key := func(u int) string {
		x := check.units[u]
		return files[x.input] + "\x00" + fold(inputs[x.input].Doc.Sentences[x.sentence].Text)
	}
	where := map[string][]placed{}
	for ci, ms := range claims {
		if len(ms) < 2 {
			continue
		}
		for mi, m := range ms {
			where[key(m.unit)] = append(where[key(m.unit)], placed{ci, mi})
		}
	}
	groups := map[string][]judgedPair{}
	for _, p := range st.pairs {
		groups[p.group] = append(groups[p.group], p)
	}
	var out []creditRecord
	for _, p := range st.pairs {
		for _, pl := range where[p.source+"\x00"+p.sentence] {
			ms := claims[pl.claim]
			other := slices.ContainsFunc(groups[p.group], func(o judgedPair) bool {
				return o.source != p.source && slices.ContainsFunc(ms, func(m member) bool { return key(m.unit) == o.source+"\x00"+o.sentence })
			})
			if !other {
				continue
			}
			// The judged fact is the sentence the judge was shown: its
			// member when the claim holds it, else the claim's
			// representative.
			rep := slices.IndexFunc(ms, func(m member) bool { return m.rep })
			shown := fold(p.shown)
			if i := strings.Index(shown, " (the fact is the part:"); i >= 0 {
				shown = shown[:i]
			}
			judgedFact := slices.IndexFunc(ms, func(m member) bool {
				return slices.ContainsFunc(groups[p.group], func(o judgedPair) bool {
					return o.sentence == shown && key(m.unit) == o.source+"\x00"+o.sentence
				})
			})
			if judgedFact >= 0 {
				rep = judgedFact
			}
			m := ms[pl.member]
			rec := creditRecord{Story: st.name, ID: p.id, Verdict: p.verdict, Source: p.source, Sentence: p.sentence, Own: pl.member == rep, JudgedFact: judgedFact >= 0}
			if rep >= 0 {
				rec.Fact = check.text(ms[rep].unit)
				if !rec.Own {
					rec.Evidence = check.evidenceOf(ms, m, ms[rep])
					rec.Weak = check.weakCredit(m, ms[rep], false)
					rec.WeakBack = check.weakCredit(ms[rep], m, false)
				}
			}
			out = append(out, rec)
			break
		}
	}
	return out
}
