package align

// A sentence joins a claim through one of its clauses: "Kim left Pyongyang
// for a summit with Putin, his first trip abroad since the pandemic" goes
// with the trip through its main clause and with "first trip abroad"
// through its appositive, and those are different claims. The carrier of a
// sentence in its claim is the clause its links there stand on; a link the
// carrier does not explain is a link to another claim, and pass 1 does not
// merge through it. A clause is read here with its reported-speech frame:
// "Kirby said P, adding Q" carries a link to another "Kirby said Q" as
// well as one to "Kirby said P".

// explainShare is how much of the best clause's similarity to a sentence
// the carrier must reach to explain that sentence too.
const explainShare = 0.5

// clausesOf returns, for each sentence unit, its clause units (none for a
// sentence of one clause).
func clausesOf(units []unit) map[int][]int {
	out := map[int][]int{}
	for i, u := range units {
		if u.parent >= 0 {
			out[u.parent] = append(out[u.parent], i)
		}
	}
	return out
}

// linkTo is the summed similarity of clause c, with its frame, to units.
func (g *grouping) linkTo(c int, units []int) float64 {
	var s float64
	for _, o := range units {
		s += dot(g.units[c].framedVec, g.units[o].vec)
	}
	return s
}

// carrierFor returns the clause of sentence unit a most alike the units in
// others, and its similarity; -1 when a has no clauses.
func (g *grouping) carrierFor(a int, others []int) (int, float64) {
	best, bestSim := -1, -1.0
	for _, c := range g.clauses[a] {
		if s := g.linkTo(c, others); s > bestSim {
			best, bestSim = c, s
		}
	}
	return best, bestSim
}

// explains reports whether sentence unit a's carrier, if it has one yet,
// explains a link to the units in others, and returns a's carrier after
// the link.
func (g *grouping) explains(a int, others []int) (int, bool) {
	best, bestSim := g.carrierFor(a, others)
	cur := g.carrier[a]
	if best < 0 || cur < 0 {
		return best, true
	}
	return cur, g.linkTo(cur, others) >= explainShare*bestSim
}
