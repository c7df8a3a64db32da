package align

import (
	"cmp"
	"slices"
)

type pair struct {
	a, b int
	sim  float64
	// frame marks a link on a shared transfer frame (transfer.go): it
	// needs no average similarity, only that every unit of the merged
	// group state the frame.
	frame bool
	// logged is what the last alignment's first pass made of the link
	// (merge_kept.go).
	logged logged
}

// eraPenalty scales the similarity of a clause about the past and one
// about the future: "Kim last visited Vladivostok in 2019" and "Kim would
// meet Putin in Vladivostok" share names, not a fact.
const eraPenalty = 0.5

// similarPairs returns the pairs of eligible units of different articles,
// at least one of them scanned, whose cosine similarity is at least
// threshold, found through an inverted index so that only units sharing
// a term are compared: each scanned unit against the postings of every
// eligible unit, a pair of two scanned units once. A pair whose units
// share only terms of their frames is none: sentences that share only
// who said them ("…, according to Halvard Line" and "Halvard Line says
// …") report different things from one source.
//
// Terms are read by number (unit.vec, names[t] the term's name, which a
// frame names): an update scans a few units against the postings of the
// story's, and finding their terms among every unit's by name was most
// of its cost (hashing each term of each unit of the story, three times
// an update). A unit's similarities are summed in its terms' ascending
// order, one of the orders its terms' map could give; settle absorbs the
// order (TestSimilarPairsByNumber).
func similarPairs(units []unit, names []string, threshold float64, scanned, eligible func(i int) bool) []pair {
	type posting struct {
		unit  int
		w     float64
		frame bool
	}
	var todo []int
	for i := range units {
		if scanned(i) {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	// Only the scanned units' terms are looked up: when they are few (an
	// update), the postings of the others' terms are not made.
	var wanted []bool
	if 2*len(todo) < len(units) {
		wanted = make([]bool, len(names))
		for _, i := range todo {
			for _, tw := range units[i].vec {
				wanted[tw.term] = true
			}
		}
	}
	postings := make([][]posting, len(names))
	for j := range units {
		if !eligible(j) {
			continue
		}
		for _, tw := range units[j].vec {
			if wanted == nil || wanted[tw.term] {
				postings[tw.term] = append(postings[tw.term], posting{unit: j, w: tw.w, frame: units[j].frame[names[tw.term]]})
			}
		}
	}
	var out []pair
	acc := make([]float64, len(units))
	state := make([]uint8, len(units)) // 0 not met, 1 compared, 2 passed over
	stated := make([]bool, len(units))
	var met []int
	for _, i := range todo {
		u := &units[i]
		for _, j := range met {
			acc[j], state[j], stated[j] = 0, 0, false
		}
		met = met[:0]
		for _, tw := range u.vec {
			inFrame := u.frame[names[tw.term]]
			for _, p := range postings[tw.term] {
				j := p.unit
				switch state[j] {
				case 0:
					met = append(met, j)
					// A pair of two scanned units is taken from the
					// lower one.
					if j == i || units[j].input == u.input || scanned(j) && j < i {
						state[j] = 2
						continue
					}
					state[j] = 1
				case 2:
					continue
				}
				acc[j] += tw.w * p.w
				if !inFrame && !p.frame {
					stated[j] = true
				}
			}
		}
		for _, j := range met {
			if state[j] != 1 || !stated[j] {
				continue
			}
			s := settle(acc[j])
			if u.era*units[j].era < 0 {
				s *= eraPenalty
			}
			if s >= threshold {
				out = append(out, pair{a: min(i, j), b: max(i, j), sim: s})
			}
		}
	}
	return out
}

// sortPairs sorts pairs most similar first, in a fixed order for ties
// (comparePairs).
func sortPairs(out []pair) []pair {
	slices.SortFunc(out, comparePairs)
	return out
}

// comparePairs orders pairs most similar first, then by their units and
// whether they are a frame's: two different links never compare equal,
// so a sorted list of them is one list whatever sorted it.
func comparePairs(x, y pair) int {
	if c := cmp.Compare(y.sim, x.sim); c != 0 {
		return c
	}
	if c := cmp.Compare(x.a, y.a); c != 0 {
		return c
	}
	if c := cmp.Compare(x.b, y.b); c != 0 {
		return c
	}
	return cmp.Compare(boolInt(x.frame), boolInt(y.frame))
}

// mergePairs merges two lists sorted by comparePairs into one: sortPairs
// of the two together, when no link is in both.
func mergePairs(x, y []pair) []pair {
	out := make([]pair, 0, len(x)+len(y))
	for len(x) > 0 && len(y) > 0 {
		if comparePairs(y[0], x[0]) < 0 {
			out, y = append(out, y[0]), y[1:]
		} else {
			out, x = append(out, x[0]), x[1:]
		}
	}
	return append(append(out, x...), y...)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// grouping is a partition of units into groups, each holding at most one
// unit per article.
type grouping struct {
	units   []unit
	label   []int   // unit → group label
	members [][]int // group label → units
	// clauses are each sentence unit's clause units; carrier is the
	// clause a sentence unit's membership stands on, -1 while unknown or
	// for a sentence of one clause (see carrier.go).
	clauses map[int][]int
	carrier []int
	// spread and spreadSet are avgSim's table of one unit's weights by
	// term.
	spread    []float64
	spreadSet []bool
	// clean marks, by label, the groups whose kept decisions merge
	// replays (merge_kept.go); nil replays none.
	clean []bool
}

func newGrouping(units []unit) *grouping {
	g := &grouping{units: units, label: make([]int, len(units)), members: make([][]int, len(units)),
		clauses: clausesOf(units), carrier: make([]int, len(units))}
	for i := range units {
		g.label[i] = i
		g.members[i] = []int{i}
		g.carrier[i] = -1
	}
	return g
}

// merge joins units into groups, most similar pairs first, never putting
// two units of one article in a group (constrained single-link
// agglomerative clustering: Kruskal's algorithm on the graph of links
// above the threshold with the constraint checked at each union, so the
// result does not depend on the order of the articles). Two groups also
// need an average similarity of minAvg across them, so that a chain of
// strong links does not join units that share little, and apart must
// not forbid them.
func (g *grouping) merge(pairs []pair, minAvg float64, apart func(a, b []int) bool, took []merged) {
	// Many pairs link the same two groups. A group only grows, by
	// appending, and a label that loses its members is not used again,
	// so a label and a size name one set of members: what was refused
	// for two groups of those sizes is refused again without the work.
	refused := map[groups]bool{}
	for i, p := range pairs {
		la, lb := g.label[p.a], g.label[p.b]
		if la == lb {
			if took != nil {
				took[i] = merged{outcome: outcomeNone}
			}
			continue
		}
		// Two clean groups decide as they did in the last merge
		// (merge_kept.go).
		if g.clean != nil && g.clean[la] && g.clean[lb] && p.logged.in() {
			switch was := p.logged.merged(); was.outcome {
			case outcomeNone:
				if took != nil {
					took[i] = was
				}
				continue
			case outcomeMerged:
				ca, okA := g.carrierAt(p.a, was.carA)
				cb, okB := g.carrierAt(p.b, was.carB)
				if okA && okB {
					g.join(p, ca, cb)
					if took != nil {
						took[i] = was
					}
					continue
				}
			}
		}
		joined := g.decide(p, refused, minAvg, apart)
		if took != nil {
			took[i] = merged{outcome: outcomeNone}
			if joined {
				took[i] = merged{outcome: outcomeMerged, carA: g.carrierPart(p.a, g.carrier[p.a]), carB: g.carrierPart(p.b, g.carrier[p.b])}
			}
		}
		if g.clean != nil && !(g.clean[la] && g.clean[lb]) {
			// Decided afresh where the last merge may have decided
			// otherwise: a group joined now, or joined then (or
			// perhaps joined then) and apart now, is not the last
			// merge's any more.
			switch {
			case joined:
				g.clean[g.label[p.a]] = false
			case p.logged.in() && p.logged.merged().outcome != outcomeNone:
				g.clean[la], g.clean[lb] = false, false
			}
		}
	}
}

// groups names two groups a link joins by their labels and sizes, and
// whether the link is on a shared frame.
type groups struct {
	a, sizeA, b, sizeB int
	frame              bool
}

// decide joins the groups of p's units if they may be one (the tests of
// merge), and tells whether it did; refused remembers refusals by the
// groups' labels and sizes.
func (g *grouping) decide(p pair, refused map[groups]bool, minAvg float64, apart func(a, b []int) bool) bool {
	la, lb := g.label[p.a], g.label[p.b]
	ma, mb := g.members[la], g.members[lb]
	key := groups{la, len(ma), lb, len(mb), p.frame}
	if refused[key] {
		return false
	}
	if g.sharesArticle(ma, mb) || apart(ma, mb) {
		refused[key] = true
		return false
	}
	if p.frame {
		if _, ok := sharedTransfer(g.units, append(slices.Clone(ma), mb...)); !ok {
			refused[key] = true
			return false
		}
	} else if g.avgSim(ma, mb) < minAvg {
		refused[key] = true
		return false
	}
	ca, okA := g.explains(p.a, []int{p.b})
	cb, okB := g.explains(p.b, []int{p.a})
	if !okA || !okB {
		return false
	}
	g.join(p, ca, cb)
	return true
}

// join joins the groups of p's units, leaving unit p.a carrier ca and
// p.b carrier cb: the larger group takes the smaller's members (the
// first's label on a tie).
func (g *grouping) join(p pair, ca, cb int) {
	la, lb := g.label[p.a], g.label[p.b]
	g.carrier[p.a], g.carrier[p.b] = ca, cb
	if len(g.members[la]) < len(g.members[lb]) {
		la, lb = lb, la
	}
	for _, m := range g.members[lb] {
		g.label[m] = la
	}
	g.members[la] = append(g.members[la], g.members[lb]...)
	g.members[lb] = nil
	if g.clean != nil {
		g.clean[la] = g.clean[la] && g.clean[lb]
	}
}

// explainedBy reports whether every member's carrier explains a link to
// unit i, so that i may join their group.
func (g *grouping) explainedBy(members []int, i int) bool {
	for _, m := range members {
		if _, ok := g.explains(m, []int{i}); !ok {
			return false
		}
	}
	return true
}

// avgSim is the mean similarity of the units of a to those of b. Each
// unit of a is spread over a table by term once, and the units of b look
// their terms up in it: the dot products of dot, summed in the same
// order (b's terms ascending, shared terms only), without walking a's
// terms again for every unit of b.
func (g *grouping) avgSim(a, b []int) float64 {
	if g.spread == nil {
		n := 0
		for _, u := range g.units {
			if len(u.vec) > 0 {
				n = max(n, int(u.vec[len(u.vec)-1].term)+1)
			}
		}
		g.spread, g.spreadSet = make([]float64, n), make([]bool, n)
	}
	var sum float64
	for _, x := range a {
		vx := g.units[x].vec
		for _, tw := range vx {
			g.spread[tw.term], g.spreadSet[tw.term] = tw.w, true
		}
		for _, y := range b {
			var s float64
			for _, tw := range g.units[y].vec {
				if g.spreadSet[tw.term] {
					s += g.spread[tw.term] * tw.w
				}
			}
			sum += settle(s)
		}
		for _, tw := range vx {
			g.spreadSet[tw.term] = false
		}
	}
	return settle(sum / float64(len(a)*len(b)))
}

func (g *grouping) sharesArticle(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if g.units[x].input == g.units[y].input {
				return true
			}
		}
	}
	return false
}

// attachSingletons gives a unit left alone a second chance: it joins the
// group whose units it is most similar to on average, if that average
// reaches threshold and the group has no unit of its article. Single-link
// merging needs one strong pair; a sentence that agrees moderately with
// every member of a group is as good a match. Only units for which
// eligible holds are considered, on either side.
//
// A group none of whose units shares a term with the unit has an average
// of 0 and cannot reach the threshold, so each unit's similarities are
// summed through an inverted index over the grouped units (as in
// similarPairs) instead of against every group: the cost follows the
// terms the unit shares, not the size of the story.
func (g *grouping) attachSingletons(threshold float64, eligible func(i int) bool) {
	var labels []int // group labels in order of first unit
	for l, ms := range g.members {
		if len(ms) >= 2 && eligible(ms[0]) {
			labels = append(labels, l)
		}
	}
	// A group's first unit, found once: groups share no unit, so these
	// are distinct and the order is total.
	first := make(map[int]int, len(labels))
	for _, l := range labels {
		first[l] = slices.Min(g.members[l])
	}
	slices.SortFunc(labels, func(a, b int) int { return cmp.Compare(first[a], first[b]) })
	rank := make([]int, len(g.units)) // group label (a unit's index) → its place in labels
	type posting struct {
		unit int
		w    float64
	}
	// Postings by term number (vec holds a unit's terms numbered, with
	// the weights of terms): no term is hashed as a string. A unit's
	// similarities are summed in its terms' ascending order, one of the
	// orders the terms' map could give; settle absorbs the order.
	n := 0
	for _, u := range g.units {
		if len(u.vec) > 0 {
			n = max(n, int(u.vec[len(u.vec)-1].term)+1)
		}
	}
	postings := make([][]posting, n)
	index := func(m int) {
		for _, tw := range g.units[m].vec {
			postings[tw.term] = append(postings[tw.term], posting{m, tw.w})
		}
	}
	// articles[r] holds the inputs of the group labels[r] has units of,
	// so that the one-unit-per-article test does not range over its
	// members for every unit that meets it.
	articles := make([]map[int]bool, len(labels))
	for r, l := range labels {
		rank[l] = r
		articles[r] = make(map[int]bool, len(g.members[l]))
		for _, m := range g.members[l] {
			index(m)
			articles[r][g.units[m].input] = true
		}
	}
	sim := make([]float64, len(g.units)) // grouped unit → its similarity to unit i
	met := make([]bool, len(g.units))
	metGroup := make([]bool, len(labels))
	// reach[r]: the similarities of unit i to the units of group
	// labels[r], summed as met (an order of its own, not the members'):
	// a bound on the group's average that rules out, without the sum
	// over its members, the groups that stay below threshold, which are
	// most of those met. Each average is rounded to 1e-9 (settle), its
	// terms too, so one below the threshold by a margin above that
	// rounding cannot reach it.
	reach := make([]float64, len(labels))
	const reachMargin = 1e-7
	var seen []int // the grouped units sharing a term with unit i
	var near []int // the places in labels of their groups, each once
	var candidates []int
	for i := range g.units {
		if !eligible(i) || len(g.members[g.label[i]]) != 1 {
			continue
		}
		for _, j := range seen {
			sim[j], met[j] = 0, false
		}
		for _, r := range near {
			metGroup[r], reach[r] = false, 0
		}
		seen, near = seen[:0], near[:0]
		for _, tw := range g.units[i].vec {
			w := tw.w
			for _, p := range postings[tw.term] {
				r := rank[g.label[p.unit]]
				if !met[p.unit] {
					met[p.unit] = true
					seen = append(seen, p.unit)
					if !metGroup[r] {
						metGroup[r] = true
						near = append(near, r)
					}
				}
				sim[p.unit] += w * p.w
				reach[r] += w * p.w
			}
		}
		// The groups that may reach the threshold, in labels' order
		// (a tie goes to the first); near keeps them all for the reset.
		candidates = candidates[:0]
		for _, r := range near {
			if reach[r]/float64(len(g.members[labels[r]])) >= threshold-reachMargin {
				candidates = append(candidates, r)
			}
		}
		slices.Sort(candidates)
		best, bestSim := -1, threshold
		for _, r := range candidates {
			l := labels[r]
			ms := g.members[l]
			if articles[r][g.units[i].input] {
				continue
			}
			var sum float64
			for _, m := range ms {
				sum += settle(sim[m])
			}
			// The frame test, the costliest, only for a group that
			// would be taken: it decides nothing else.
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
