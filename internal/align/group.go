package align

import (
	"cmp"
	"slices"
)

type pair struct {
	a, b int
	sim  float64
}

// similarPairs returns the pairs of units from different articles whose
// cosine similarity is at least threshold, found through an inverted index
// so that only units sharing a term are compared.
func similarPairs(units []unit, threshold float64) []pair {
	postings := map[string][]int{}
	for i, u := range units {
		for t := range u.terms {
			postings[t] = append(postings[t], i)
		}
	}
	var out []pair
	acc := map[int]float64{}
	for i, u := range units {
		clear(acc)
		for t, w := range u.terms {
			for _, j := range postings[t] {
				if j <= i || units[j].input == u.input {
					continue
				}
				acc[j] += w * units[j].terms[t]
			}
		}
		for j, s := range acc {
			if s >= threshold {
				out = append(out, pair{i, j, s})
			}
		}
	}
	slices.SortFunc(out, func(x, y pair) int {
		if c := cmp.Compare(y.sim, x.sim); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	return out
}

// group merges units into groups, most similar pairs first, never putting
// two sentences of one article in a group (constrained single-link
// agglomerative clustering). It returns each unit's group label.
func group(units []unit, pairs []pair) []int {
	label := make([]int, len(units))
	members := make([][]int, len(units))
	for i := range units {
		label[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		la, lb := label[p.a], label[p.b]
		if la == lb || sharesArticle(units, members[la], members[lb]) {
			continue
		}
		if len(members[la]) < len(members[lb]) {
			la, lb = lb, la
		}
		for _, m := range members[lb] {
			label[m] = la
		}
		members[la] = append(members[la], members[lb]...)
		members[lb] = nil
	}
	return label
}

func sharesArticle(units []unit, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if units[x].input == units[y].input {
				return true
			}
		}
	}
	return false
}

// attachSingletons gives a sentence left alone a second chance: it joins
// the group whose sentences it is most similar to on average, if that
// average reaches threshold and the group has no sentence of its article.
// Single-link merging needs one strong pair; a sentence that agrees
// moderately with every member of a group is as good a match.
func attachSingletons(units []unit, label []int, threshold float64) {
	members := map[int][]int{}
	var labels []int // group labels in order of first sentence
	for i, l := range label {
		if len(members[l]) == 0 {
			labels = append(labels, l)
		}
		members[l] = append(members[l], i)
	}
	for i := range units {
		if len(members[label[i]]) != 1 {
			continue
		}
		best, bestSim := -1, threshold
		for _, l := range labels {
			ms := members[l]
			if len(ms) < 2 || sharesArticle(units, ms, []int{i}) {
				continue
			}
			var sum float64
			for _, m := range ms {
				sum += dot(units[i].terms, units[m].terms)
			}
			if avg := sum / float64(len(ms)); avg > bestSim || avg == bestSim && best < 0 {
				best, bestSim = l, avg
			}
		}
		if best >= 0 {
			members[label[i]] = nil
			label[i] = best
			members[best] = append(members[best], i)
		}
	}
}
