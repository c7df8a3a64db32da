package align

// onePerPage keeps the readings of articles that give one: an article
// whose readings disagree among themselves is read for none of them, and
// of an article and its copies (one root) only the first is kept, since
// a copy says nothing new.
func onePerPage[T any](xs []T, valueOf func(T) *value, agree func(a, b T) bool, roots []int64) []T {
	several := map[int]bool{}
	for a := range xs {
		for b := a + 1; b < len(xs); b++ {
			if valueOf(xs[a]).input == valueOf(xs[b]).input && !agree(xs[a], xs[b]) {
				several[valueOf(xs[a]).input] = true
			}
		}
	}
	var kept []T
	seen := map[int64]bool{}
	for _, x := range xs {
		in := valueOf(x).input
		if several[in] || seen[roots[in]] {
			continue
		}
		seen[roots[in]] = true
		kept = append(kept, x)
	}
	return kept
}

// joinClass puts reading a in the first class fits accepts, or in a class
// of its own when none does.
func joinClass(classes [][]int, a int, fits func(cl []int) bool) [][]int {
	for ci, cl := range classes {
		if fits(cl) {
			classes[ci] = append(cl, a)
			return classes
		}
	}
	return append(classes, []int{a})
}
