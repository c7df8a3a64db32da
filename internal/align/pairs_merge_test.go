package align

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestMergePairsIsSort: two sorted lists of links merged are the two
// sorted together, ties of similarity, of units and frame links among
// them.
func TestMergePairsIsSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		seen := map[[3]int]bool{}
		var x, y []pair
		for range r.IntN(60) {
			a, b := r.IntN(12), r.IntN(12)
			frame := r.IntN(4) == 0
			k := [3]int{a, b, boolInt(frame)}
			if seen[k] {
				continue // a link is in one list only
			}
			seen[k] = true
			p := pair{a: a, b: b, sim: float64(r.IntN(5)) / 4, frame: frame, logged: logged(r.IntN(3))}
			if r.IntN(3) == 0 {
				y = append(y, p)
			} else {
				x = append(x, p)
			}
		}
		want := sortPairs(append(slices.Clone(x), y...))
		got := mergePairs(sortPairs(x), sortPairs(y))
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(pair{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round %d: merged (-sorted +merged):\n%s", round, diff)
		}
	}
}
