package cluster

import (
	"fmt"
	"math"
	"time"
)

// Session 19 (issue 14): a pass over whole stories after the stream that
// compares them by what each story is about — the names its own articles
// share (a story's salient names: rare in the stream, held by at least
// half of its articles) — and by its time span, besides the average link.
// Develop halves only, through TestDevPost:
//
//	DEVPOST=1 DEVPOSTS=names go test ./internal/cluster -run 'TestDevPost$' -v

// nameGuard says which pairs of stories the pass may merge.
type nameGuard struct {
	// th is the average link two stories need.
	th float64
	// shared is how many salient names two stories must share; rare is
	// the largest share of the stream's articles a name may be written
	// in and still count (a campaign's candidates are in most).
	shared int
	rare   float64
	// age, when set, lets two dated stories be at most as far apart as
	// the larger one has run (at least a day): a story that has run for
	// a week takes a fragment a week off, a one-day event a day off.
	age bool
	// larger is how many articles the larger of the two must hold.
	larger int
	// bonus, when positive, adds this much to the link per shared
	// salient name instead of requiring them.
	bonus float64
	// core, when positive, compares two stories by their cores instead of
	// the average link: the terms at least core of a story's articles
	// (and two) hold, summed; a lone article is its own core.
	core float64
}

func (g nameGuard) String() string {
	s := fmt.Sprintf("names t%.3f n%d r%.2f", g.th, g.shared, g.rare)
	if g.age {
		s += " age"
	}
	if g.larger > 1 {
		s += fmt.Sprintf(" big%d", g.larger)
	}
	if g.bonus > 0 {
		s += fmt.Sprintf(" bonus%.2f", g.bonus)
	}
	if g.core > 0 {
		s += fmt.Sprintf(" core%.2f", g.core)
	}
	return s
}

func namePosts() []devPost {
	var gs []nameGuard
	for _, th := range []float64{0.075, 0.10, 0.125, 0.15} {
		for _, rare := range []float64{0.02, 0.05} {
			gs = append(gs,
				nameGuard{th: th, shared: 1, rare: rare},
				nameGuard{th: th, shared: 2, rare: rare},
				nameGuard{th: th, shared: 1, rare: rare, age: true},
				nameGuard{th: th, shared: 1, rare: rare, larger: 2},
				nameGuard{th: th, shared: 2, rare: rare, larger: 2},
			)
		}
		gs = append(gs, nameGuard{th: th, age: true}, nameGuard{th: th, age: true, larger: 2})
	}
	for _, th := range []float64{0.15, 0.175, 0.2} {
		gs = append(gs, nameGuard{th: th, rare: 0.05, bonus: 0.05}, nameGuard{th: th, rare: 0.05, bonus: 0.05, larger: 2})
	}
	for _, th := range []float64{0.175, 0.2, 0.25} {
		gs = append(gs, nameGuard{th: th, age: true}, nameGuard{th: th, age: true, larger: 2})
	}
	for _, th := range []float64{0.15, 0.2, 0.25, 0.3} {
		for _, q := range []float64{0.25, 0.5} {
			gs = append(gs, nameGuard{th: th, core: q, larger: 2}, nameGuard{th: th, core: q, larger: 2, age: true}, nameGuard{th: th, core: q})
		}
	}
	var out []devPost
	for _, g := range gs {
		out = append(out, devPost{g.String(), func(r devRun) [][]int { return mergeByNames(r, r.groups(), g) }})
	}
	return out
}

// salientNames is the names at least half of a group's articles write
// (all of a lone article's) that are in at most rare of the stream's
// articles.
func salientNames(r devRun, g []int, df map[string]int, rare float64) map[string]bool {
	count := make(map[string]int)
	for _, i := range g {
		for _, n := range r.names[i] {
			count[n]++
		}
	}
	out := make(map[string]bool)
	limit := rare * float64(len(r.names))
	for n, c := range count {
		if 2*c >= len(g) && float64(df[n]) <= max(limit, 1) {
			out[n] = true
		}
	}
	return out
}

func sharedNames(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// mergeByNames is consolidate with guard g: average link (arrival
// weights), the most similar allowed pair first, with the Window,
// HalfLife and year guards.
func mergeByNames(r devRun, groups [][]int, g nameGuard) [][]int {
	df := make(map[string]int)
	for _, ns := range r.names {
		for _, n := range ns {
			df[n]++
		}
	}
	n := len(groups)
	sts := make([]*story, n)
	sal := make([]map[string]bool, n)
	for k, gr := range groups {
		sts[k] = groupStory(r, gr)
		sal[k] = salientNames(r, gr, df, g.rare)
	}
	cores := make([][]termWeight, n)
	link := func(a, b int) float64 {
		if g.core > 0 {
			return cosine(cores[a], norm(cores[a]), cores[b], norm(cores[b]))
		}
		return meanAcross(r.vec, groups[a], groups[b])
	}
	if g.core > 0 {
		for k, gr := range groups {
			cores[k] = coreOf(r, gr, g.core)
		}
	}
	sum := make([][]float64, n)
	for a := range sum {
		sum[a] = make([]float64, n)
	}
	for a := range n {
		for b := a + 1; b < n; b++ {
			sum[a][b] = link(a, b)
			sum[b][a] = sum[a][b]
		}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	day := 24 * time.Hour
	allowed := func(a, b int) (float64, bool) {
		avg := sum[a][b]
		if max(len(groups[a]), len(groups[b])) < g.larger {
			return 0, false
		}
		gap, dated := spanGap(sts[a], sts[b])
		if dated {
			if gap > r.c.cfg.Window {
				return 0, false
			}
			if g.age {
				run := max(sts[a].last.Sub(sts[a].first), sts[b].last.Sub(sts[b].first), day)
				if gap > run {
					return 0, false
				}
			}
			avg *= math.Exp2(-float64(gap) / float64(r.c.cfg.HalfLife))
		}
		sh := sharedNames(sal[a], sal[b])
		if g.bonus > 0 {
			avg += g.bonus * float64(sh)
		} else if sh < g.shared {
			return 0, false
		}
		if avg < g.th || r.c.storiesYearConflict(sts[a], sts[b]) {
			return 0, false
		}
		return avg, true
	}
	for {
		ba, bb, best := -1, -1, 0.0
		for a := range n {
			if !alive[a] {
				continue
			}
			for b := a + 1; b < n; b++ {
				if !alive[b] || (g.bonus == 0 && sum[a][b] < g.th) {
					continue
				}
				if avg, ok := allowed(a, b); ok && avg > best {
					ba, bb, best = a, b, avg
				}
			}
		}
		if ba < 0 {
			break
		}
		groups[ba] = append(groups[ba], groups[bb]...)
		if g.core > 0 {
			cores[ba] = coreOf(r, groups[ba], g.core)
		}
		for c := range n {
			if alive[c] && c != ba && c != bb {
				sum[ba][c] = link(ba, c)
				sum[c][ba] = sum[ba][c]
			}
		}
		sts[ba] = groupStory(r, groups[ba])
		sal[ba] = salientNames(r, groups[ba], df, g.rare)
		alive[bb] = false
	}
	var out [][]int
	for k, gr := range groups {
		if alive[k] {
			out = append(out, gr)
		}
	}
	return out
}

// coreOf is the sum of a group's unit vectors over the terms at least q
// of its articles, and two, hold; a lone article's vector.
func coreOf(r devRun, g []int, q float64) []termWeight {
	if len(g) == 1 {
		return r.vec[g[0]]
	}
	sum := make(map[uint32]float64)
	count := make(map[uint32]int)
	for _, i := range g {
		for _, x := range r.vec[i] {
			sum[x.term] += float64(x.w)
			count[x.term]++
		}
	}
	need := max(2, int(math.Ceil(q*float64(len(g)))))
	var out []termWeight
	for t, c := range count {
		if c >= need {
			out = append(out, termWeight{t, float32(sum[t])})
		}
	}
	sortByTerm(out)
	return out
}
