package align

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCreditDropLORO is a develop tool, not a test: it reads a dump of
// TestCreditDump (CREDIT_LORO names it; dumped with the gate on) and
// chooses, by leave-one-round-out, which uncertain credits (those
// confidentRule leaves uncertain) are rather withheld than shown as "may
// also report": among conjunctions of up to three conditions of missing
// evidence (a creditSignal or paraphraseSignal that does not hold, or a
// gateAtom), the one that takes out the most judged-wrong uncertain
// credits on the round families but one, while those it takes out are
// wrong at least dropWrongShare of the time on those families together
// and dropFamilyShare on each apart (CREDIT_DROP_SHARE and
// CREDIT_DROP_FAMILY to try others), scored on the one left out.
// Families and pairs are counted as in TestCreditGateLORO.
//
//	CREDIT_LORO=/tmp/credits.jsonl go test ./internal/align -run TestCreditDropLORO -count 1 -v
func TestCreditDropLORO(t *testing.T) {
	path := os.Getenv("CREDIT_LORO")
	if path == "" {
		t.Skip("a develop tool: set CREDIT_LORO to a TestCreditDump output")
	}
	least, floor := dropWrongShare, dropFamilyShare
	for _, v := range []struct {
		env string
		to  *float64
	}{{"CREDIT_DROP_SHARE", &least}, {"CREDIT_DROP_FAMILY", &floor}} {
		if s := os.Getenv(v.env); s != "" {
			var err error
			if *v.to, err = strconv.ParseFloat(s, 64); err != nil {
				t.Fatalf("%s: %v", v.env, err)
			}
		}
	}
	type atom struct {
		name  string
		holds func(e creditEvidence) bool
	}
	var atoms []atom
	for _, s := range slices.Concat(creditSignals, paraphraseSignals) {
		atoms = append(atoms, atom{"!" + s.name, func(e creditEvidence) bool { return !s.holds(e) }})
	}
	for _, g := range gateAtoms {
		atoms = append(atoms, atom{g.name, g.holds})
	}
	// The last atom marks a credit confidentRule leaves uncertain; only
	// those are candidates.
	pairs := loroPairs(t, path, func(e creditEvidence) []bool {
		out := make([]bool, len(atoms)+1)
		for i, a := range atoms {
			out[i] = a.holds(e)
		}
		out[len(atoms)] = !confident(e)
		return out
	})
	pairs = slices.DeleteFunc(pairs, func(p loroPair) bool { return !p.atoms[len(atoms)] })
	var combos [][]int
	n := len(atoms)
	var walk func(from int, c []int)
	walk = func(from int, c []int) {
		for i := from; i < n; i++ {
			d := append(slices.Clone(c), i)
			combos = append(combos, d)
			if len(d) < 3 {
				walk(i+1, d)
			}
		}
	}
	walk(0, nil)
	var families []string
	for _, p := range pairs {
		if !slices.Contains(families, p.family) {
			families = append(families, p.family)
		}
	}
	// taken counts the wrong and right pairs combo c takes out among
	// those in.
	taken := func(c []int, in func(p loroPair) bool) (wrong, right int) {
		for _, p := range pairs {
			if !in(p) || slices.ContainsFunc(c, func(a int) bool { return !p.atoms[a] }) {
				continue
			}
			if p.wrong {
				wrong++
			} else {
				right++
			}
		}
		return wrong, right
	}
	choose := func(train func(p loroPair) bool) ([]int, bool) {
		var best []int
		bestW, bestR := 0, 0
		for _, c := range combos {
			w, r := taken(c, train)
			if w == 0 || float64(w) < least*float64(w+r) {
				continue
			}
			ok := true
			for _, f := range families {
				fw, fr := taken(c, func(p loroPair) bool { return train(p) && p.family == f })
				if fw+fr > 0 && float64(fw) < floor*float64(fw+fr) {
					ok = false
					break
				}
			}
			if ok && (w > bestW || w == bestW && r < bestR || w == bestW && r == bestR && len(c) < len(best)) {
				best, bestW, bestR = c, w, r
			}
		}
		return best, best != nil
	}
	name := func(c []int) string {
		var ns []string
		for _, a := range c {
			ns = append(ns, atoms[a].name)
		}
		return strings.Join(ns, " & ")
	}
	var out strings.Builder
	fmt.Fprintf(&out, "\nuncertain credits taken out must be wrong: %.2f together, %.2f in each family\n\n", least, floor)
	fmt.Fprintln(&out, "| left out | drop rule chosen on the others | others: wrong/right taken out | left out: wrong taken out | left out: right taken out | left out: uncertain precision before → after |")
	fmt.Fprintln(&out, "| --- | --- | --- | --- | --- | --- |")
	var tw, tr, allW, allR int
	for _, f := range families {
		train := func(p loroPair) bool { return p.family != f }
		test := func(p loroPair) bool { return p.family == f }
		fw, fr := taken(nil, test)
		allW, allR = allW+fw, allR+fr
		c, ok := choose(train)
		if !ok {
			fmt.Fprintf(&out, "| %s | none | - | 0/%d | 0/%d | %s |\n", f, fw, fr, ratio(fr, fr+fw))
			continue
		}
		w, r := taken(c, train)
		lw, lr := taken(c, test)
		tw, tr = tw+lw, tr+lr
		fmt.Fprintf(&out, "| %s | %s | %d/%d | %d/%d | %d/%d | %s → %s |\n", f, name(c), w, r, lw, fw, lr, fr, ratio(fr, fr+fw), ratio(fr-lr, fr-lr+fw-lw))
	}
	fmt.Fprintf(&out, "| all, cross-validated | | | %d/%d | %d/%d | %s → %s |\n", tw, allW, tr, allR, ratio(allR, allR+allW), ratio(allR-tr, allR-tr+allW-tw))
	if c, ok := choose(func(loroPair) bool { return true }); ok {
		w, r := taken(c, func(loroPair) bool { return true })
		fmt.Fprintf(&out, "\nchosen on all families: %s: %d wrong, %d right taken out\n", name(c), w, r)
	}
	t.Log("\n" + out.String())
}

// dropWrongShare is the least share of judged-wrong credits among the
// uncertain credits a drop rule withholds, on the spent audit rounds
// together; dropFamilyShare on each family apart. An uncertain credit
// that is more often wrong than right tells a reader less than nothing.
const (
	dropWrongShare  = 0.75
	dropFamilyShare = 0.5
)
