package align

import (
	"cmp"
	"slices"
)

// A term's weight is its inverse document frequency over the story's
// sentences. Counted over every article, one more article would move
// every weight and every similarity, and an update of a large story would
// be the whole alignment again. So the counts of a story of more than
// freezeFrom articles are taken over its first articles only (first
// arrived: lowest ArticleID), as many as the largest of freezeFrom,
// 2·freezeFrom, 4·freezeFrom, … that it has: between two of those sizes
// the weights of the sentences already there stay as they are, and what
// was found between them can be kept (see PairCache). A term the counted
// articles do not have weighs as one they have once. A full build uses
// the same counts, so an update and a build of all the articles in one go
// are one computation.
//
// freezeFrom is the size up to which every article counts: a small
// story's words settle with each article, and it is cheap to align again.
const freezeFrom = 64

// countedArticles returns how many of a story of n articles its term
// counts are taken over.
func countedArticles(n int) int {
	if n <= freezeFrom {
		return n
	}
	f := freezeFrom
	for 2*f <= n {
		f *= 2
	}
	return f
}

// countedInputs marks the inputs the term counts are taken over: the
// countedArticles(len(inputs)) of lowest ArticleID, ties in input order.
func countedInputs(inputs []Input) []bool {
	order := make([]int, len(inputs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(inputs[a].ArticleID, inputs[b].ArticleID) })
	out := make([]bool, len(inputs))
	for _, i := range order[:countedArticles(len(inputs))] {
		out[i] = true
	}
	return out
}
