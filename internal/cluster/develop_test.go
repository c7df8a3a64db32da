package cluster

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/sharedtest"
)

// The tests below are tools for trying a rule on the develop halves only
// (ECB+ and the developing stories, half A unless DEVHALF=B) before any
// held-out run; they skip unless asked:
//
//	DEVV=base,noruns go test ./internal/cluster -run TestDevGrid -v
//	DEVSPLIT=base go test ./internal/cluster -run TestDevSplits -v
//
// TestDevGrid prints each variant's best point of the cross-validation
// grid by the mean of the two sets' event F1; TestDevSplits lists the
// labelled developing stories the clusterer splits, with each part's
// size out of its story's.

// devVariants are configurations tried on the develop halves only.
var devVariants = map[string]func(*Config){
	"base":   func(c *Config) {},
	"noruns": func(c *Config) { c.NameRuns = false },
}

func TestDevGrid(t *testing.T) {
	vs := os.Getenv("DEVV")
	if vs == "" {
		t.Skip("DEVV not set")
	}
	ecb, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	pol, err := eval.LoadPolNeARStories("../../testdata/stories/polnear-stories.jsonl", sharedtest.Path(t, "data", "attribution", "polnear"))
	if err != nil {
		t.Fatal(err)
	}
	half := 0
	if os.Getenv("DEVHALF") == "B" {
		half = 1
	}
	ea, pa := Halves(ecb)[half], Halves(pol)[half]
	pu := make([]eval.EventDoc, len(pa))
	copy(pu, pa)
	for i := range pu {
		pu[i].Published = time.Time{}
	}
	orders := []uint64{1, 2, 3}
	for _, name := range strings.Split(vs, ",") {
		f, ok := devVariants[name]
		if !ok {
			t.Fatalf("no variant %q", name)
		}
		cfg := DefaultConfig()
		f(&cfg)
		bestMean, bestLabel := -1.0, ""
		var bestE, bestP, bestU Score
		for assign := 0.15; assign <= 0.301; assign += 0.025 {
			for _, merge := range []float64{0.3, 0.4, 0.5} {
				c := cfg
				c.Assign, c.Merge = assign, merge
				e := evaluateOrders(ea, c, orders)
				p := evaluateOrders(pa, c, orders)
				m := (e.Event.F1 + p.Event.F1) / 2
				if m > bestMean {
					bestMean, bestLabel, bestE, bestP = m, fmt.Sprintf("a%.3f m%.2f", assign, merge), e, p
					bestU = evaluateOrders(pu, c, orders)
				}
			}
		}
		fmt.Printf("DEV %-20s half %d best %s mean %.3f | ECB P %.3f R %.3f F1 %.3f | dev P %.3f R %.3f F1 %.3f | undated F1 %.3f\n",
			name, half, bestLabel, bestMean, bestE.Event.Precision, bestE.Event.Recall, bestE.Event.F1,
			bestP.Event.Precision, bestP.Event.Recall, bestP.Event.F1, bestU.Event.F1)
	}
}

func TestDevSplits(t *testing.T) {
	if os.Getenv("DEVSPLIT") == "" {
		t.Skip()
	}
	d, _ := eval.LoadPolNeARStories("../../testdata/stories/polnear-stories.jsonl", sharedtest.Path(t, "data", "attribution", "polnear"))
	docs := Halves(d)[0]
	cfg := DefaultConfig()
	devVariants[os.Getenv("DEVSPLIT")](&cfg)
	cfg.Assign, cfg.Merge = 0.225, 0.4
	order := arrivalOrder(docs, 1)
	c := New(cfg)
	storyOf := make([]int64, len(docs))
	merges := make(Merges)
	for n, i := range order {
		dd := docs[i]
		a := c.Add(Doc{ID: int64(n + 1), Title: dd.Title, Text: dd.Text, Published: dd.Published})
		merges.Record(a)
		storyOf[i] = a.Story
	}
	byEvent := map[string]map[int64]int{}
	size := map[int64]int{}
	for i := range docs {
		s := merges.Resolve(storyOf[i])
		size[s]++
		if byEvent[docs[i].Event] == nil {
			byEvent[docs[i].Event] = map[int64]int{}
		}
		byEvent[docs[i].Event][s]++
	}
	for e, m := range byEvent {
		if len(m) < 2 {
			continue
		}
		var parts []string
		for s, n := range m {
			parts = append(parts, fmt.Sprintf("%d/%d", n, size[s]))
		}
		fmt.Printf("%-40s %v\n", e, parts)
	}
}
