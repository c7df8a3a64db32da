package align

import (
	"cmp"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestAttachSingletonsIsScan: attachSingletons, which sums similarities
// on postings by term number and weighs only the groups whose summed
// similarity may reach the threshold, leaves the groups and carriers
// that weighing every group met does (attachScan, the code before) on
// 200 ECB+ articles as one story, at the threshold AlignKept uses and at
// others, where more groups stand near the bound.
func TestAttachSingletonsIsScan(t *testing.T) {
	if testing.Short() {
		t.Skip("groups 200 ECB+ articles")
	}
	inputs := ecbInputs(t, 200)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	indexes, ents := indexed(inputs)
	units, names, _, _ := buildUnits(inputs, docs, indexes, ents, nil, nil, newAnalysisSums(docs))
	whole := func(i int) bool { return units[i].parent < 0 }
	opts := Options{}.withDefaults()
	first := sortPairs(similarPairs(units, names, opts.Threshold, whole, whole))
	for _, minAvg := range []float64{opts.Threshold * attachFactor, 0.1, 0.2, 0.3} {
		grouped := func() *grouping {
			g := newGrouping(units)
			g.merge(first, minAvg, g.frameApart, nil)
			return g
		}
		got, want := grouped(), grouped()
		got.attachSingletons(minAvg, whole)
		attachScan(want, minAvg, whole)
		if diff := gocmp.Diff(want.members, got.members); diff != "" {
			t.Errorf("at %.2f: groups differ (-scan +attachSingletons):\n%s", minAvg, diff)
		}
		if diff := gocmp.Diff(want.carrier, got.carrier); diff != "" {
			t.Errorf("at %.2f: carriers differ (-scan +attachSingletons):\n%s", minAvg, diff)
		}
		attached := 0
		for i, l := range want.label {
			if l != i && whole(i) {
				attached++
			}
		}
		if attached == 0 {
			t.Errorf("at %.2f: no unit joined a group; the case tests nothing", minAvg)
		}
	}
}

// attachScan is attachSingletons as it was before the bound: postings by
// term string, every group met summed over its members.
func attachScan(g *grouping, threshold float64, eligible func(i int) bool) {
	var labels []int
	for l, ms := range g.members {
		if len(ms) >= 2 && eligible(ms[0]) {
			labels = append(labels, l)
		}
	}
	slices.SortFunc(labels, func(a, b int) int { return cmp.Compare(slices.Min(g.members[a]), slices.Min(g.members[b])) })
	rank := make([]int, len(g.units))
	type posting struct {
		unit int
		w    float64
	}
	postings := map[string][]posting{}
	index := func(m int) {
		for t, w := range g.units[m].terms {
			postings[t] = append(postings[t], posting{m, w})
		}
	}
	articles := make([]map[int]bool, len(labels))
	for r, l := range labels {
		rank[l] = r
		articles[r] = map[int]bool{}
		for _, m := range g.members[l] {
			index(m)
			articles[r][g.units[m].input] = true
		}
	}
	for i := range g.units {
		if !eligible(i) || len(g.members[g.label[i]]) != 1 {
			continue
		}
		sim := map[int]float64{}
		metGroup := map[int]bool{}
		var near []int
		for t, w := range g.units[i].terms {
			for _, p := range postings[t] {
				if r := rank[g.label[p.unit]]; !metGroup[r] {
					metGroup[r] = true
					near = append(near, r)
				}
				sim[p.unit] += w * p.w
			}
		}
		slices.Sort(near)
		best, bestSim := -1, threshold
		for _, r := range near {
			l := labels[r]
			ms := g.members[l]
			if articles[r][g.units[i].input] {
				continue
			}
			var sum float64
			for _, m := range ms {
				sum += settle(sim[m])
			}
			if avg := settle(sum / float64(len(ms))); (avg > bestSim || avg == bestSim && best < 0) && !g.frameApart(ms, []int{i}) && g.explainedBy(ms, i) {
				best, bestSim = l, avg
			}
		}
		if best >= 0 {
			g.carrier[i], _ = g.carrierFor(i, g.members[best])
			g.members[g.label[i]] = nil
			g.label[i] = best
			g.members[best] = append(g.members[best], i)
			articles[rank[best]][g.units[i].input] = true
			index(i)
		}
	}
}
