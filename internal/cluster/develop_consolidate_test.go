package cluster

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// The consolidation pass of session 8 (issue 14): average link over the
// stories after the stream, as agglomerate, with guards for dated stories
// — the pass of session 6 gained on ECB+ (no dates) and lost on the
// developing stories by merging same-week stories about the same people.
// Develop halves only, through TestDevPost:
//
//	DEVPOST=1 DEVPOSTS=cons go test ./internal/cluster -run 'TestDevPost$' -v

// consGuard says which pairs of stories the pass may merge.
type consGuard struct {
	// th is the average link two stories need; dated the average link
	// two dated stories need (th when zero).
	th, dated float64
	// gap, when positive, is the most time between two dated stories'
	// spans of publication times.
	gap time.Duration
	// occasions keeps apart two dated stories whose articles are set at
	// occasions (occasions.go) and share none: their leads name
	// different gatherings.
	occasions bool
	// larger is how many articles the larger of the two must hold: the
	// pass folds fragments into grown stories.
	larger int
	// pair is the average link two single articles need (th when zero).
	pair float64
}

func (g consGuard) String() string {
	s := fmt.Sprintf("cons t%.3f", g.th)
	if g.dated > 0 {
		s += fmt.Sprintf(" dated%.3f", g.dated)
	}
	if g.gap > 0 {
		s += fmt.Sprintf(" gap%dd", int(g.gap/(24*time.Hour)))
	}
	if g.occasions {
		s += " occ"
	}
	if g.larger > 1 {
		s += fmt.Sprintf(" big%d", g.larger)
	}
	if g.pair > 0 {
		s += fmt.Sprintf(" pair%.2f", g.pair)
	}
	return s
}

func consolidatePosts() []devPost {
	var gs []consGuard
	day := 24 * time.Hour
	for _, th := range []float64{0.125, 0.15, 0.175} {
		gs = append(gs,
			consGuard{th: th, gap: day},
			consGuard{th: th, gap: day / 2},
			consGuard{th: th, gap: day, occasions: true},
			consGuard{th: th, larger: 2},
			consGuard{th: th, larger: 2, gap: day},
			consGuard{th: th, larger: 2, gap: day, occasions: true},
			consGuard{th: th, larger: 2, dated: 0.2},
			consGuard{th: th, larger: 2, occasions: true},
			consGuard{th: th, pair: 0.2, gap: day},
			consGuard{th: th, pair: 0.25, gap: day},
			consGuard{th: th, pair: 0.3, gap: day},
		)
	}
	var out []devPost
	for _, t := range ConsolidateGrid(0.125) {
		out = append(out, devPost{fmt.Sprintf("prod t%.3f", t), func(r devRun) [][]int { return clustererConsolidate(r, t) }})
	}
	for _, g := range gs {
		out = append(out, devPost{g.String(), func(r devRun) [][]int { return consolidate(r, r.groups(), g) }})
	}
	return out
}

// consolidate merges groups by average link (arrival weights), the most
// similar allowed pair first, under guard g, besides the Window, HalfLife
// and year guards agglomerate has.
func consolidate(r devRun, groups [][]int, g consGuard) [][]int {
	n := len(groups)
	sts := make([]*story, n)
	occ := make([][]string, n)
	for k, gr := range groups {
		sts[k] = groupStory(r, gr)
		occ[k] = groupOccasions(r, gr)
	}
	sum := make([][]float64, n)
	for a := range sum {
		sum[a] = make([]float64, n)
	}
	for a := range n {
		for b := a + 1; b < n; b++ {
			sum[a][b] = meanAcross(r.vec, groups[a], groups[b])
			sum[b][a] = sum[a][b]
		}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	allowed := func(a, b int) (float64, bool) {
		avg := sum[a][b]
		need := g.th
		if max(len(groups[a]), len(groups[b])) < g.larger {
			return 0, false
		}
		if g.pair > 0 && len(groups[a]) == 1 && len(groups[b]) == 1 {
			need = max(need, g.pair)
		}
		gap, dated := spanGap(sts[a], sts[b])
		if dated {
			if gap > r.c.cfg.Window || (g.gap > 0 && gap > g.gap) {
				return 0, false
			}
			avg *= math.Exp2(-float64(gap) / float64(r.c.cfg.HalfLife))
			if g.dated > 0 {
				need = max(need, g.dated)
			}
			if g.occasions && len(occ[a]) > 0 && len(occ[b]) > 0 && !sharesAny(occ[a], occ[b]) {
				return 0, false
			}
		}
		if avg < need || r.c.storiesYearConflict(sts[a], sts[b]) {
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
				if !alive[b] || sum[a][b] < g.th {
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
		for c := range n {
			if alive[c] && c != ba && c != bb {
				sum[ba][c] = meanAcross(r.vec, groups[ba], groups[c])
				sum[c][ba] = sum[ba][c]
			}
		}
		sts[ba] = groupStory(r, groups[ba])
		occ[ba] = groupOccasions(r, groups[ba])
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

func groupOccasions(r devRun, g []int) []string {
	var out []string
	for _, i := range g {
		for _, k := range r.occ[i] {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// clustererConsolidate is the clusterer's own pass (Clusterer.Consolidate:
// sampled members, weights as of the end of the stream) at threshold t.
func clustererConsolidate(r devRun, t float64) [][]int {
	if *r.folds == nil {
		r.c.cfg.Consolidate = ConsolidateGrid(0.125)[0]
		*r.folds = append(r.c.Consolidate(), Fold{Link: -1}) // non-nil even when empty
	}
	merges := make(Merges)
	merges.RecordFolds(Cut(*r.folds, t))
	idx := make(map[int64]int)
	var out [][]int
	for i, s := range r.story {
		s = merges.Resolve(s)
		k, ok := idx[s]
		if !ok {
			k = len(out)
			idx[s] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
