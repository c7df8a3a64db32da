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
