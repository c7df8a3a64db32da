package align

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCreditConfidenceLORO is a develop tool, not a test: it reads a
// dump of TestCreditDump (CREDIT_LORO names it; dumped with the gate on,
// the credits the briefing makes) and chooses the rule that tells a
// confident credit from an uncertain one by leave-one-round-out: among
// conjunctions of up to three evidence signals (creditSignals), and
// apart among disjunctions of two conjunctions of up to two, the one whose confident credits
// reach confidentPrecision on every round family but one while keeping
// the most judged-right credits confident (fewer signals first on a
// tie), scored on the one left out. Families and pairs are counted as in
// TestCreditGateLORO.
//
//	CREDIT_LORO=/tmp/credits.jsonl go test ./internal/align -run TestCreditConfidenceLORO -count 1 -v
func TestCreditConfidenceLORO(t *testing.T) {
	path := os.Getenv("CREDIT_LORO")
	if path == "" {
		t.Skip("a develop tool: set CREDIT_LORO to a TestCreditDump output")
	}
	pairs := loroPairs(t, path, func(e creditEvidence) []bool {
		atoms := make([]bool, len(creditSignals))
		for i, a := range creditSignals {
			atoms[i] = a.holds(e)
		}
		return atoms
	})
	// A rule is a disjunction of conjunctions of atoms. Two spaces of
	// rules are searched apart: conjunctions of up to three signals, and
	// disjunctions of two conjunctions of up to two.
	type rule [][]int
	n := len(creditSignals)
	var terms, terms3 [][]int
	for i := range n {
		terms = append(terms, []int{i})
		for j := i + 1; j < n; j++ {
			terms = append(terms, []int{i, j})
			for k := j + 1; k < n; k++ {
				terms3 = append(terms3, []int{i, j, k})
			}
		}
	}
	var conj, disj []rule
	for i, a := range terms {
		conj = append(conj, rule{a})
		for _, b := range terms[i+1:] {
			disj = append(disj, rule{a, b})
		}
	}
	for _, a := range terms3 {
		conj = append(conj, rule{a})
	}
	var rules []rule
	size := func(r rule) int {
		s := 0
		for _, c := range r {
			s += len(c)
		}
		return s
	}
	holds := func(r rule, p loroPair) bool {
		for _, c := range r {
			all := true
			for _, a := range c {
				all = all && p.atoms[a]
			}
			if all {
				return true
			}
		}
		return false
	}
	// count returns the confident credits a rule makes among the pairs
	// in: right and wrong ones.
	count := func(r rule, in func(p loroPair) bool) (right, wrong int) {
		for _, p := range pairs {
			if in(p) && holds(r, p) {
				if p.wrong {
					wrong++
				} else {
					right++
				}
			}
		}
		return right, wrong
	}
	name := func(r rule) string {
		var ds []string
		for _, c := range r {
			var ns []string
			for _, a := range c {
				ns = append(ns, creditSignals[a].name)
			}
			s := strings.Join(ns, " & ")
			if len(r) > 1 && len(c) > 1 {
				s = "(" + s + ")"
			}
			ds = append(ds, s)
		}
		return strings.Join(ds, " | ")
	}
	choose := func(in func(p loroPair) bool) (rule, bool) {
		var best rule
		bestRight := -1
		for _, r := range rules {
			right, wrong := count(r, in)
			if right == 0 || float64(right) < confidentPrecision*float64(right+wrong) {
				continue
			}
			if right > bestRight || right == bestRight && size(r) < size(best) {
				best, bestRight = r, right
			}
		}
		return best, best != nil
	}
	var families []string
	for _, p := range pairs {
		if !slices.Contains(families, p.family) {
			families = append(families, p.family)
		}
	}
	var out strings.Builder
	for _, space := range []struct {
		name  string
		rules []rule
	}{{"conjunctions of up to three signals", conj}, {"disjunctions of two conjunctions of up to two signals", disj}} {
		rules = space.rules
		fmt.Fprintf(&out, "\n%s:\n\n", space.name)
		fmt.Fprintln(&out, "| left out | rule chosen on the others | others: confident precision, right kept | left out: confident precision | left out: right kept confident | left out: uncertain precision |")
		fmt.Fprintln(&out, "| --- | --- | --- | --- | --- | --- |")
		var cr, cw, ar, ur, uw int
		chosen := map[string]int{}
		for _, f := range families {
			train := func(p loroPair) bool { return p.family != f }
			test := func(p loroPair) bool { return p.family == f }
			var fr, fw int
			for _, p := range pairs {
				if test(p) && p.wrong {
					fw++
				} else if test(p) {
					fr++
				}
			}
			ar += fr
			r, ok := choose(train)
			if !ok {
				fmt.Fprintf(&out, "| %s | none | - | - | 0/%d | %s |\n", f, fr, ratio(fr, fr+fw))
				ur, uw = ur+fr, uw+fw
				continue
			}
			chosen[name(r)]++
			tr, tw := count(r, train)
			var trAll int
			for _, p := range pairs {
				if train(p) && !p.wrong {
					trAll++
				}
			}
			lr, lw := count(r, test)
			cr, cw = cr+lr, cw+lw
			ur, uw = ur+fr-lr, uw+fw-lw
			fmt.Fprintf(&out, "| %s | %s | %s, %d/%d | %s (%d/%d) | %d/%d | %s (%d/%d) |\n", f, name(r), ratio(tr, tr+tw), tr, trAll,
				ratio(lr, lr+lw), lr, lr+lw, lr, fr, ratio(fr-lr, fr-lr+fw-lw), fr-lr, fr-lr+fw-lw)
		}
		fmt.Fprintf(&out, "| all, cross-validated | | | **%s** (%d/%d) | **%d/%d** | %s (%d/%d) |\n", ratio(cr, cr+cw), cr, cr+cw, cr, ar, ratio(ur, ur+uw), ur, ur+uw)
		all, _ := choose(func(loroPair) bool { return true })
		r, w := count(all, func(loroPair) bool { return true })
		fmt.Fprintf(&out, "\nchosen on all families: %s: confident precision %s (%d/%d), right kept %d/%d\n", name(all), ratio(r, r+w), r, r+w, r, ar)
		var names []string
		for n := range chosen {
			names = append(names, n)
		}
		slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(chosen[b], chosen[a]), cmp.Compare(a, b)) })
		for _, n := range names {
			fmt.Fprintf(&out, "chosen in %d folds: %s\n", chosen[n], n)
		}
	}
	for i, a := range creditSignals {
		var hr, hw, mr, mw int
		for _, p := range pairs {
			switch {
			case p.atoms[i] && p.wrong:
				hw++
			case p.atoms[i]:
				hr++
			case p.wrong:
				mw++
			default:
				mr++
			}
		}
		fmt.Fprintf(&out, "signal %s: with %s (%d), without %s (%d)\n", a.name, ratio(hr, hr+hw), hr+hw, ratio(mr, mr+mw), mr+mw)
	}
	t.Log("\n" + out.String())
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}
