package cluster

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/eval"
)

// TestDevPost tries passes over the single-pass stories of a develop half,
// with hindsight: an agglomerative pass that merges stories by the mean
// cosine between their articles (average link), and a pass that splits a
// story whose articles form two groups far apart. Develop halves only;
// skips unless asked:
//
//	DEVPOST=1 go test ./internal/cluster -run TestDevPost -v   (DEVHALF=B for the other half; DEVORDERS=n)
//
// For each grid point of the clusterer's thresholds it clusters each set
// once per order, then applies every pass setting to the same stories, and
// prints each setting's best grid point by the mean of the two sets' F1.
func TestDevPost(t *testing.T) {
	if os.Getenv("DEVPOST") == "" {
		t.Skip("DEVPOST not set")
	}
	ecb, pol := devSets(t)
	half := devHalf()
	ea, pa := Halves(ecb)[half], Halves(pol)[half]
	pu := undated(pa)
	orders := devOrders()
	posts := devPosts()
	type result struct {
		label   string
		mean    float64
		e, p, u Score
	}
	best := make([]result, len(posts))
	for i := range best {
		best[i].mean = -1
	}
	for _, pt := range devGrid() {
		assign, merge := pt[0], pt[1]
		{
			cfg := DefaultConfig()
			cfg.Assign, cfg.Merge = assign, merge
			var er, pr, ur []devRun
			for _, o := range orders {
				er = append(er, devCluster(ea, cfg, o))
				pr = append(pr, devCluster(pa, cfg, o))
				ur = append(ur, devCluster(pu, cfg, o))
			}
			for i, p := range posts {
				e, pp, u := p.score(ea, er), p.score(pa, pr), p.score(pu, ur)
				if m := (e.Event.F1 + pp.Event.F1) / 2; m > best[i].mean {
					best[i] = result{fmt.Sprintf("a%.3f m%.2f", assign, merge), m, e, pp, u}
				}
			}
		}
	}
	for i, p := range posts {
		b := best[i]
		fmt.Printf("POST %-28s half %d best %s mean %.3f | ECB P %.3f R %.3f F1 %.3f | dev P %.3f R %.3f F1 %.3f | undated F1 %.3f\n",
			p.name, half, b.label, b.mean, b.e.Event.Precision, b.e.Event.Recall, b.e.Event.F1,
			b.p.Event.Precision, b.p.Event.Recall, b.p.Event.F1, b.u.Event.F1)
	}
}

// devGrid is the grid of Assign and Merge TestDevPost tries: the usual
// one, or the points DEVGRID lists ("0.225/0.40,0.250/0.40").
func devGrid() [][2]float64 {
	var out [][2]float64
	if v := os.Getenv("DEVGRID"); v != "" {
		for _, p := range strings.Split(v, ",") {
			var a, m float64
			fmt.Sscanf(p, "%g/%g", &a, &m)
			out = append(out, [2]float64{a, m})
		}
		return out
	}
	for assign := 0.15; assign <= 0.301; assign += 0.025 {
		for _, merge := range []float64{0.3, 0.4, 0.5} {
			out = append(out, [2]float64{assign, merge})
		}
	}
	return out
}

func undated(docs []eval.EventDoc) []eval.EventDoc {
	out := slices.Clone(docs)
	for i := range out {
		out[i].Published = time.Time{}
	}
	return out
}

// devRun is one single-pass clustering of a set, with what a second pass
// needs of each article.
type devRun struct {
	c     *Clusterer
	story []int64 // final story of each doc
	// vec is each doc's vector as weighted when it arrived, unit length;
	// final the same terms weighted with the idf at the end of the stream.
	vec, final, current [][]termWeight
	// seq is each doc's arrival number.
	seq       []int
	years     []yearEvidence
	published []time.Time
	// occ is each doc's occasions (occasions.go), for the guards of
	// develop_consolidate_test.go.
	occ [][]string
	// names is each doc's names (TextNames of its text), for the salient
	// names guard of develop_names_test.go (session 19).
	names [][]string
	// folds are the clusterer's own Consolidate at its lowest threshold,
	// made once (consolidate.go).
	folds *[]Fold
}

func devCluster(docs []eval.EventDoc, cfg Config, seed uint64) devRun {
	// The members keep their arrival vectors for Clusterer.Consolidate
	// (clustererConsolidate); no decision of the stream changes.
	cfg.Consolidate = max(cfg.Consolidate, ConsolidateGrid(0.125)[0])
	c := New(cfg)
	r := devRun{
		c:         c,
		story:     make([]int64, len(docs)),
		vec:       make([][]termWeight, len(docs)),
		final:     make([][]termWeight, len(docs)),
		current:   make([][]termWeight, len(docs)),
		seq:       make([]int, len(docs)),
		years:     make([]yearEvidence, len(docs)),
		published: make([]time.Time, len(docs)),
		occ:       make([][]string, len(docs)),
		names:     make([][]string, len(docs)),
		folds:     new([]Fold),
	}
	tf := make([][]termWeight, len(docs))
	merges := make(Merges)
	for n, i := range arrivalOrder(docs, seed) {
		d := docs[i]
		p := c.Prepare(Doc{ID: int64(n + 1), Title: d.Title, Text: d.Text, Published: d.Published, Language: d.Language})
		c.mu.Lock()
		sc := c.score(p)
		q := slices.Clone(sc.query)
		sortByTerm(q)
		r.vec[i], tf[i], r.years[i], r.published[i], r.seq[i] = unit(q), sc.tf, sc.years, d.Published, n
		r.occ[i] = p.occasions
		r.names[i] = TextNames(d.Text)
		a := c.assign(sc)
		c.mu.Unlock()
		merges.Record(a)
		r.story[i] = a.Story
	}
	for i := range docs {
		r.story[i] = merges.Resolve(r.story[i])
		w := make([]termWeight, len(tf[i]))
		for j, x := range tf[i] {
			w[j] = termWeight{x.term, x.w * c.vocab.idf(x.term)}
		}
		r.final[i] = unit(w)
		cw := make([]termWeight, len(tf[i]))
		for j, x := range tf[i] {
			cw[j] = termWeight{x.term, x.w * c.vocab.weight(x.term)}
		}
		r.current[i] = unit(cw)
	}
	return r
}

func unit(v []termWeight) []termWeight {
	n := norm(v)
	if n == 0 {
		return v
	}
	out := make([]termWeight, len(v))
	for i, x := range v {
		out[i] = termWeight{x.term, float32(float64(x.w) / n)}
	}
	return out
}

// groups lists the docs of each story, stories in order of their first doc.
func (r devRun) groups() [][]int {
	idx := make(map[int64]int)
	var out [][]int
	for i, s := range r.story {
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

// A devPost is a second pass over the stories of a devRun.
type devPost struct {
	name string
	run  func(r devRun) [][]int
}

func (p devPost) score(docs []eval.EventDoc, runs []devRun) Score {
	var scores []Score
	for _, r := range runs {
		pred := make([]int, len(docs))
		for k, g := range p.run(r) {
			for _, i := range g {
				pred[i] = k
			}
		}
		scores = append(scores, scoreLabels(docs, pred))
	}
	return MeanScore(scores)
}

func devPosts() []devPost {
	out := []devPost{{"none", func(r devRun) [][]int { return r.groups() }}}
	only := os.Getenv("DEVPOSTS") // comma-separated prefixes
	keep := func(name string) bool {
		if only == "" || name == "none" {
			return true
		}
		for _, p := range strings.Split(only, ",") {
			if strings.HasPrefix(name, p) {
				return true
			}
		}
		return false
	}
	for _, final := range []bool{false, true} {
		for _, th := range []float64{0.10, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3} {
			name := fmt.Sprintf("avglink %s %.3f", map[bool]string{false: "arrival", true: "final"}[final], th)
			out = append(out, devPost{name, func(r devRun) [][]int { return agglomerate(r, r.groups(), final, th) }})
		}
	}
	for _, weights := range []string{"arrival", "current"} {
		for _, sample := range []int{0, 8} {
			for _, th := range []float64{0.125, 0.15, 0.175} {
				name := fmt.Sprintf("avgby %s s%d %.3f", weights, sample, th)
				out = append(out, devPost{name, func(r devRun) [][]int { return agglomerateBy(r, r.groups(), weights, sample, th) }})
			}
		}
	}
	for _, ratio := range []float64{0.3, 0.4, 0.5, 0.6} {
		for _, minSize := range []int{4, 6} {
			name := fmt.Sprintf("split %.1f min %d", ratio, minSize)
			out = append(out, devPost{name, func(r devRun) [][]int { return splitGroups(r, r.groups(), ratio, minSize) }})
		}
	}
	out = append(out, consolidatePosts()...)
	out = append(out, namePosts()...)
	var kept []devPost
	for _, p := range out {
		if keep(p.name) {
			kept = append(kept, p)
		}
	}
	return kept
}

// groupStory is a group's years and dates as a story, for the clusterer's
// guards.
func groupStory(r devRun, g []int) *story {
	s := &story{}
	for _, i := range g {
		s.docs++
		s.addYears(r.years[i])
		if p := r.published[i]; !p.IsZero() {
			if s.first.IsZero() || p.Before(s.first) {
				s.first = p
			}
			if p.After(s.last) {
				s.last = p
			}
		}
	}
	return s
}

// agglomerate merges groups by average link, the most similar pair first,
// while the mean cosine between their articles (halved every HalfLife of
// time between their spans) is at least th, never across Window or a
// year conflict.
func agglomerate(r devRun, groups [][]int, final bool, th float64) [][]int {
	return agglomerateBy(r, groups, map[bool]string{false: "arrival", true: "final"}[final], 0, th)
}

// agglomerateBy is agglomerate with the vectors named by weights
// (arrival, final, current) and, when sample is positive, the mean taken
// over a sample of each group: its sample/2 earliest and latest articles.
func agglomerateBy(r devRun, groups [][]int, weights string, sample int, th float64) [][]int {
	vec := map[string][][]termWeight{"arrival": r.vec, "final": r.final, "current": r.current}[weights]
	sampled := func(g []int) []int {
		if sample <= 0 || len(g) <= sample {
			return g
		}
		g = slices.Clone(g)
		slices.SortFunc(g, func(a, b int) int { return r.seq[a] - r.seq[b] })
		return append(g[:sample/2:sample/2], g[len(g)-(sample-sample/2):]...)
	}
	n := len(groups)
	sts := make([]*story, n)
	for k, g := range groups {
		sts[k] = groupStory(r, g)
	}
	sum := make([][]float64, n)
	for a := range sum {
		sum[a] = make([]float64, n)
	}
	for a := range n {
		for b := a + 1; b < n; b++ {
			sum[a][b] = meanAcross(vec, sampled(groups[a]), sampled(groups[b]))
			sum[b][a] = sum[a][b]
		}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	for {
		ba, bb, best := -1, -1, th
		for a := range n {
			if !alive[a] {
				continue
			}
			for b := a + 1; b < n; b++ {
				if !alive[b] {
					continue
				}
				avg := sum[a][b]
				if avg < best {
					continue
				}
				if gap, dated := spanGap(sts[a], sts[b]); dated {
					if gap > r.c.cfg.Window {
						continue
					}
					avg *= math.Exp2(-float64(gap) / float64(r.c.cfg.HalfLife))
				}
				if avg >= best && !r.c.storiesYearConflict(sts[a], sts[b]) {
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
				sum[ba][c] = meanAcross(vec, sampled(groups[ba]), sampled(groups[c]))
				sum[c][ba] = sum[ba][c]
			}
		}
		sts[ba] = groupStory(r, groups[ba])
		alive[bb] = false
	}
	var out [][]int
	for k, g := range groups {
		if alive[k] {
			out = append(out, g)
		}
	}
	return out
}

// splitGroups splits each group of at least minSize articles in two, by
// average link within it, when the mean cosine across the two parts is
// below ratio times the mean within the less cohesive part (each part two
// articles at least).
func splitGroups(r devRun, groups [][]int, ratio float64, minSize int) [][]int {
	var out [][]int
	for _, g := range groups {
		if len(g) < minSize {
			out = append(out, g)
			continue
		}
		a, b := bisect(r.vec, g)
		if len(a) < 2 || len(b) < 2 {
			out = append(out, g)
			continue
		}
		within := min(meanWithin(r.vec, a), meanWithin(r.vec, b))
		if meanAcross(r.vec, a, b) < ratio*within {
			out = append(out, a, b)
		} else {
			out = append(out, g)
		}
	}
	return out
}

// bisect clusters g by average link until two clusters remain.
func bisect(vec [][]termWeight, g []int) ([]int, []int) {
	parts := make([][]int, len(g))
	for k, i := range g {
		parts[k] = []int{i}
	}
	for len(parts) > 2 {
		ba, bb, best := 0, 1, -1.0
		for a := range parts {
			for b := a + 1; b < len(parts); b++ {
				if m := meanAcross(vec, parts[a], parts[b]); m > best {
					ba, bb, best = a, b, m
				}
			}
		}
		parts[ba] = append(parts[ba], parts[bb]...)
		parts = slices.Delete(parts, bb, bb+1)
	}
	return parts[0], parts[1]
}

func meanAcross(vec [][]termWeight, a, b []int) float64 {
	var s float64
	for _, i := range a {
		for _, j := range b {
			s += cosine(vec[i], 1, vec[j], 1)
		}
	}
	return s / float64(len(a)*len(b))
}

func meanWithin(vec [][]termWeight, a []int) float64 {
	var s float64
	for x, i := range a {
		for _, j := range a[x+1:] {
			s += cosine(vec[i], 1, vec[j], 1)
		}
	}
	return s / float64(len(a)*(len(a)-1)/2)
}

// TestDevPostMerges prints the merges the average-link pass makes over the
// stories of a develop half (order 1): the sizes of the two groups, their
// link, and whether they hold one event (the majority event of each).
//
//	DEVPOSTM=ecb go test ./internal/cluster -run TestDevPostMerges -v   (or stories; DEVPOSTA=0.275 DEVPOSTMG=0.5 DEVPOSTT=0.15; DEVPOSTBIG=1 for session 8's pass)
func TestDevPostMerges(t *testing.T) {
	set := os.Getenv("DEVPOSTM")
	if set == "" {
		t.Skip("DEVPOSTM not set")
	}
	all := loadDeveloping(t)
	if set == "ecb" {
		all = loadECB(t)
	}
	docs := Halves(all)[0]
	envf := func(k string, d float64) float64 {
		if v := os.Getenv(k); v != "" {
			fmt.Sscan(v, &d)
		}
		return d
	}
	cfg := DefaultConfig()
	cfg.Assign, cfg.Merge = envf("DEVPOSTA", 0.275), envf("DEVPOSTMG", 0.5)
	r := devCluster(docs, cfg, 1)
	before := r.groups()
	owner := make([]int, len(docs))
	for k, g := range before {
		for _, i := range g {
			owner[i] = k
		}
	}
	after := agglomerate(r, r.groups(), false, envf("DEVPOSTT", 0.15))
	if os.Getenv("DEVPOSTBIG") != "" { // session 8's pass: no pair of lone articles
		after = consolidate(r, r.groups(), consGuard{th: envf("DEVPOSTT", 0.15), larger: 2})
	}
	majority := func(g []int) (string, int) {
		n := map[string]int{}
		best := ""
		for _, i := range g {
			n[docs[i].Event]++
			if n[docs[i].Event] > n[best] || (n[docs[i].Event] == n[best] && docs[i].Event < best) {
				best = docs[i].Event
			}
		}
		return best, n[best]
	}
	for _, g := range after {
		parts := map[int]bool{}
		for _, i := range g {
			parts[owner[i]] = true
		}
		if len(parts) < 2 {
			continue
		}
		var line strings.Builder
		for k := range parts {
			e, n := majority(before[k])
			fmt.Fprintf(&line, " [%d: %s %d/%d %q]", len(before[k]), e, n, len(before[k]), docs[before[k][0]].Title)
		}
		fmt.Printf("MERGED%s\n", line.String())
	}
}

// TestDevPostHoldout scores the average-link pass held out, as `eval
// cluster --holdout` scores a configuration: the thresholds (the
// clusterer's Assign and Merge, and the pass's) are picked on half A of
// both sets together by the mean of their event F1 and scored on half B,
// then the other way round; the clusterer alone gets the same treatment.
// It is run once, after the pass was chosen on the develop halves:
//
//	DEVHOLD=1 DEVORDERS=5 go test ./internal/cluster -run TestDevPostHoldout -v -timeout 60m
func TestDevPostHoldout(t *testing.T) {
	if os.Getenv("DEVHOLD") == "" {
		t.Skip("DEVHOLD not set")
	}
	ecb, pol := devSets(t)
	orders := devOrders()
	eh, ph := Halves(ecb), Halves(pol)
	uh := [2][]eval.EventDoc{undated(ph[0]), undated(ph[1])}
	methods := []struct {
		name  string
		posts []devPost
	}{
		{"single pass", []devPost{{"off", func(r devRun) [][]int { return r.groups() }}}},
	}
	var posts []devPost
	for _, th := range []float64{0.125, 0.15, 0.175} {
		posts = append(posts, devPost{fmt.Sprintf("avg link %.3f", th), func(r devRun) [][]int { return agglomerate(r, r.groups(), false, th) }})
	}
	methods = append(methods, struct {
		name  string
		posts []devPost
	}{"and average link", posts})
	// DEVHOLDPOSTS names guards of the consolidation pass
	// (develop_consolidate_test.go), as "big2 gap1d", separated by ';':
	// each is cross-validated as a method of its own, its average-link
	// thresholds picked with the clusterer's.
	if names := os.Getenv("DEVHOLDPOSTS"); names != "" {
		methods = methods[:1]
		for _, name := range strings.Split(names, ";") {
			var ps []devPost
			for _, p := range consolidatePosts() {
				// "cons t0.150 big2 gap1d" is guard "big2 gap1d" at t 0.15.
				if _, guard, _ := strings.Cut(strings.TrimPrefix(p.name, "cons "), " "); guard == name {
					ps = append(ps, p)
				}
			}
			if len(ps) == 0 {
				t.Fatalf("no consolidation pass %q", name)
			}
			methods = append(methods, struct {
				name  string
				posts []devPost
			}{name, ps})
		}
	}
	// scores[half][set][setting] for every grid point × pass setting.
	type setting struct {
		label string
		score [3]Score // ECB+, developing dated, developing undated
	}
	grid := make([][2][]setting, len(methods))
	for h := range 2 {
		for assign := 0.15; assign <= 0.301; assign += 0.025 {
			for _, merge := range []float64{0.3, 0.4, 0.5} {
				cfg := DefaultConfig()
				cfg.Assign, cfg.Merge = assign, merge
				var runs [3][]devRun
				for _, o := range orders {
					for k, docs := range [][]eval.EventDoc{eh[h], ph[h], uh[h]} {
						runs[k] = append(runs[k], devCluster(docs, cfg, o))
					}
				}
				for m, meth := range methods {
					for _, p := range meth.posts {
						s := setting{label: fmt.Sprintf("a%.3f m%.2f %s", assign, merge, p.name)}
						for k, docs := range [][]eval.EventDoc{eh[h], ph[h], uh[h]} {
							s.score[k] = p.score(docs, runs[k])
						}
						grid[m][h] = append(grid[m][h], s)
					}
				}
			}
		}
	}
	for m, meth := range methods {
		// Dated: ECB+ with the dated developing stories; undated: ECB+
		// with the developing stories' dates removed.
		for _, pair := range [][2]int{{0, 1}, {0, 2}} {
			var line strings.Builder
			for train := range 2 {
				best, bestF1 := 0, -1.0
				for i, s := range grid[m][train] {
					if f := (s.score[pair[0]].Event.F1 + s.score[pair[1]].Event.F1) / 2; f > bestF1 {
						best, bestF1 = i, f
					}
				}
				test := grid[m][1-train][best]
				e, d := test.score[pair[0]].Event, test.score[pair[1]].Event
				fmt.Fprintf(&line, " | picked on %c (%s): ECB+ P %.3f R %.3f F1 %.3f, stories P %.3f R %.3f F1 %.3f",
					"AB"[train], test.label, e.Precision, e.Recall, e.F1, d.Precision, d.Recall, d.F1)
			}
			fmt.Printf("HOLD %-30s %s%s\n", meth.name, map[int]string{1: "dated  ", 2: "undated"}[pair[1]], line.String())
		}
	}
}
