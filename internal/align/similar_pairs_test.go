package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestSimilarPairsByNumber: similarPairs, reading the units' terms by
// number, finds the pairs the scan by name it replaced finds, with the
// same similarities to the bit, on 200 ECB+ articles: whole sentences
// with whole sentences, a clause with anything, and an update's scans
// (one article's units against the story's, a changed sentence against
// the clauses unchanged). It fails when the frame terms are not read or
// two scanned units' pair is taken twice.
func TestSimilarPairsByNumber(t *testing.T) {
	if testing.Short() {
		t.Skip("pairs 200 ECB+ articles")
	}
	inputs := ecbInputs(t, 200)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	indexes, ents := indexed(inputs)
	units, names, _, _ := buildUnits(inputs, docs, indexes, ents, nil, nil, newAnalysisSums(docs))
	whole := func(i int) bool { return units[i].parent < 0 }
	clause := func(i int) bool { return units[i].parent >= 0 }
	all := func(int) bool { return true }
	last := units[len(units)-1].input
	joined := func(i int) bool { return units[i].input == last }
	framed := 0
	for i := range units {
		if len(units[i].frame) > 0 {
			framed++
		}
	}
	if framed == 0 {
		t.Fatal("no unit has frame terms: the test tells nothing of them")
	}
	for _, c := range []struct {
		name              string
		threshold         float64
		scanned, eligible func(int) bool
	}{
		{"wholes", 0.35, whole, whole},
		{"clauses", 0.5, clause, all},
		{"low threshold", 0.05, whole, whole},
		{"the last article's wholes", 0.35, func(i int) bool { return whole(i) && joined(i) }, whole},
		{"the last article's clauses", 0.5, func(i int) bool { return clause(i) && joined(i) }, all},
		{"its wholes with the others' clauses", 0.5, func(i int) bool { return whole(i) && joined(i) }, func(i int) bool { return clause(i) && !joined(i) }},
	} {
		want := sortPairs(similarPairsByName(units, c.threshold, c.scanned, c.eligible))
		got := sortPairs(similarPairs(units, names, c.threshold, c.scanned, c.eligible))
		if len(want) == 0 {
			t.Fatalf("%s: no pairs: the test tells nothing", c.name)
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(pair{})); diff != "" {
			t.Errorf("%s: pairs (-by name +by number):\n%s", c.name, diff)
		}
	}
}

// withVecs gives each of units its terms as a vector by number, the
// numbers of the terms' names in sorted order, and returns the names.
func withVecs(units []unit) []string {
	var names []string
	for _, u := range units {
		for t := range u.terms {
			if !slices.Contains(names, t) {
				names = append(names, t)
			}
		}
	}
	slices.SortFunc(names, strings.Compare)
	for i := range units {
		units[i].vec = nil
		for n, t := range names {
			if w, ok := units[i].terms[t]; ok {
				units[i].vec = append(units[i].vec, termWeight{term: int32(n), w: w})
			}
		}
	}
	return names
}

// similarPairsByName is similarPairs as it read the units' terms by
// name (unit.terms), before it read them by number: what it must find.
func similarPairsByName(units []unit, threshold float64, scanned, eligible func(i int) bool) []pair {
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
	var wanted map[string]bool
	if 2*len(todo) < len(units) {
		wanted = map[string]bool{}
		for _, i := range todo {
			for t := range units[i].terms {
				wanted[t] = true
			}
		}
	}
	postings := map[string][]posting{}
	for j := range units {
		if !eligible(j) {
			continue
		}
		for t, w := range units[j].terms {
			if wanted == nil || wanted[t] {
				postings[t] = append(postings[t], posting{unit: j, w: w, frame: units[j].frame[t]})
			}
		}
	}
	var out []pair
	acc := make([]float64, len(units))
	state := make([]uint8, len(units)) // as in similarPairs
	stated := make([]bool, len(units))
	var met []int
	for _, i := range todo {
		u := &units[i]
		for _, j := range met {
			acc[j], state[j], stated[j] = 0, 0, false
		}
		met = met[:0]
		for t, w := range u.terms {
			inFrame := u.frame[t]
			for _, p := range postings[t] {
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
				acc[j] += w * p.w
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
