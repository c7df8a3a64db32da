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
//	DEVERR=stories go test ./internal/cluster -run TestDevErrors -v   (or DEVERR=ecb, DEVERR=undated; DEVV=variant)
//
// TestDevGrid prints each variant's best point of the cross-validation
// grid by the mean of the two sets' event F1, over the arrival orders
// devOrders gives (three unless DEVORDERS says); TestDevSplits lists the
// labelled developing stories the clusterer splits, with each part's
// size out of its story's. TestDevErrors lists every article of a
// develop half in arrival order with what the clusterer did with it and
// its three most similar candidates.

// devVariants are configurations tried on the develop halves only.
var devVariants = map[string]func(*Config){
	"base":         func(c *Config) {},
	"noruns":       func(c *Config) { c.NameRuns = false },
	"nooccasions":  func(c *Config) { c.OccasionQuorum = 0 },
	"nooccundated": func(c *Config) { c.OccasionUndated = false },
	// session 19: time rules and the pass over stories at a fixed threshold
	"hl0":       func(c *Config) { c.HalfLife = 0 },
	"hl3":       func(c *Config) { c.HalfLife = 3 * 24 * time.Hour },
	"hl14":      func(c *Config) { c.HalfLife = 14 * 24 * time.Hour },
	"win7":      func(c *Config) { c.Window = 7 * 24 * time.Hour },
	"win28":     func(c *Config) { c.Window, c.HalfLife = 28*24*time.Hour, 14*24*time.Hour },
	"cons0.125": func(c *Config) { c.Consolidate = 0.125 },
	"cons0.15":  func(c *Config) { c.Consolidate = 0.15 },
	"cons0.175": func(c *Config) { c.Consolidate = 0.175 },
	"cons0.20":  func(c *Config) { c.Consolidate = 0.20 },
}

func TestDevGrid(t *testing.T) {
	vs := os.Getenv("DEVV")
	if vs == "" {
		t.Skip("DEVV not set")
	}
	ecb, pol := devSets(t)
	half := devHalf()
	ea, pa := Halves(ecb)[half], Halves(pol)[half]
	pu := undated(pa)
	orders := devOrders()
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

// TestDevErrors prints, for each article of a develop half (order 1, the
// develop pick assign 0.225 merge 0.40), one of
//
//	JOIN-OK     joined a story holding its event
//	JOIN-WRONG  joined another event's story while its own had begun
//	JOIN-FALSE  joined a story though its event was new
//	MISSED      opened a story though its event had begun
//	NEW-OK      opened a story for a new event
//
// and its three most similar candidates: similarity, the event most of
// the candidate's articles belong to, * when the candidate holds the
// article's event, Y when the years contradict it. A summary counts each
// kind, and how often a missed article's own story was its best
// candidate.
func TestDevErrors(t *testing.T) {
	docs, cfg := developHalf(t, "DEVERR")
	c := New(cfg)
	events := make(map[int64]map[string]int) // story → event → articles
	begun := make(map[string]bool)
	majority := func(id int64) string {
		best, n := "", 0
		for e, k := range events[id] {
			if k > n || (k == n && e < best) {
				best, n = e, k
			}
		}
		return best
	}
	kinds := make(map[string]int)
	for n, i := range arrivalOrder(docs, 1) {
		d := docs[i]
		p := c.Prepare(Doc{ID: int64(n + 1), Title: d.Title, Text: d.Text, Published: d.Published})
		c.mu.Lock()
		sc := c.score(p)
		var line strings.Builder
		for _, o := range sc.stories[:min(3, len(sc.stories))] {
			mark := " "
			if events[o.s.id][d.Event] > 0 {
				mark = "*"
			}
			if c.yearConflict(sc.years, o.s) {
				mark += "Y"
			}
			fmt.Fprintf(&line, " %s%.3f(%s)", mark, o.sim, majority(o.s.id))
		}
		ownFirst := len(sc.stories) > 0 && events[sc.stories[0].s.id][d.Event] > 0
		a := c.assign(sc)
		c.mu.Unlock()
		kind := "NEW-OK"
		switch {
		case !a.New && events[a.Story][d.Event] > 0:
			kind = "JOIN-OK"
		case !a.New && begun[d.Event]:
			kind = "JOIN-WRONG"
		case !a.New:
			kind = "JOIN-FALSE"
		case begun[d.Event]:
			kind = "MISSED"
			if ownFirst {
				kinds["MISSED, own story best"]++
			}
		}
		kinds[kind]++
		begun[d.Event] = true
		if events[a.Story] == nil {
			events[a.Story] = make(map[string]int)
		}
		for _, m := range a.Merged {
			for e, k := range events[m] {
				events[a.Story][e] += k
			}
		}
		events[a.Story][d.Event]++
		fmt.Printf("%-10s %s %-24s %-50.50s |%s %v\n", kind, d.Published.Format("2006-01-02"), d.Event, d.Title, line.String(), sc.occasions)
	}
	fmt.Println(kinds)
}

// devSets loads both develop sets: ECB+ and the developing stories.
func devSets(t *testing.T) (ecb, pol []eval.EventDoc) {
	return loadECB(t), loadDeveloping(t)
}

// devHalf is the half of each set the develop harnesses run on: A unless
// DEVHALF=B.
func devHalf() int {
	if os.Getenv("DEVHALF") == "B" {
		return 1
	}
	return 0
}

// devOrders are the arrival orders to average over: 1..DEVORDERS, or the
// first three.
func devOrders() []uint64 {
	n := 3
	if v := os.Getenv("DEVORDERS"); v != "" {
		n = 0
		fmt.Sscan(v, &n)
	}
	var orders []uint64
	for i := 1; i <= n; i++ {
		orders = append(orders, uint64(i))
	}
	return orders
}

// developHalf is the develop half of the set the environment variable env
// names (ecb, stories or undated), and the default configuration at the
// develop picks with the variant DEVV names; it skips the test when env
// is unset. Only develop tools read it: the other half is scored, never read.
func developHalf(t *testing.T, env string) ([]eval.EventDoc, Config) {
	t.Helper()
	var all []eval.EventDoc
	switch set := os.Getenv(env); set {
	case "":
		t.Skip(env + " not set")
	case "ecb":
		all = loadECB(t)
	case "stories":
		all = loadDeveloping(t)
	case "undated":
		all = undated(loadDeveloping(t))
	default:
		t.Fatalf("%s=%q: want ecb, stories or undated", env, set)
	}
	cfg := DefaultConfig()
	if v := os.Getenv("DEVV"); v != "" {
		devVariants[v](&cfg)
	}
	cfg.Assign, cfg.Merge = 0.225, 0.4
	return Halves(all)[0], cfg
}
