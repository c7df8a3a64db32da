package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestCreditGateLORO is a develop tool, not a test: it reads a dump of
// TestCreditDump (CREDIT_LORO names it; dumped with the gate off, or its
// Weak field is what the gate would test) and chooses a credit gate by
// leave-one-round-out: among conjunctions of up to three evidence
// conditions (gateAtoms), the one that takes out the most judged-wrong
// credits net of three times the judged-right ones on every round family
// but one, scored on the one left out. Rounds judged twice (news-roundN
// and its -base) are one family, and so are the ECB+ rounds and the
// PolNeAR rounds; a pair judged in both counts once, wrong if either
// judge said so.
//
//	CREDIT_LORO=/tmp/credits.jsonl go test ./internal/align -run TestCreditGateLORO -count 1 -v
func TestCreditGateLORO(t *testing.T) {
	path := os.Getenv("CREDIT_LORO")
	if path == "" {
		t.Skip("a develop tool: set CREDIT_LORO to a TestCreditDump output")
	}
	pairs := loroPairs(t, path, func(e creditEvidence) []bool {
		atoms := make([]bool, len(gateAtoms))
		for i, a := range gateAtoms {
			atoms[i] = a.holds(e)
		}
		return atoms
	})
	var combos [][]int
	n := len(gateAtoms)
	for i := range n {
		combos = append(combos, []int{i})
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			combos = append(combos, []int{i, j})
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			for k := j + 1; k < n; k++ {
				combos = append(combos, []int{i, j, k})
			}
		}
	}
	drops := func(c []int, in func(p loroPair) bool) (wrong, right int) {
		for _, p := range pairs {
			if !in(p) {
				continue
			}
			all := true
			for _, a := range c {
				all = all && p.atoms[a]
			}
			if all && p.wrong {
				wrong++
			} else if all {
				right++
			}
		}
		return wrong, right
	}
	var families []string
	seen := map[string]bool{}
	for _, p := range pairs {
		if !seen[p.family] {
			seen[p.family] = true
			families = append(families, p.family)
		}
	}
	name := func(c []int) string {
		var ns []string
		for _, a := range c {
			ns = append(ns, gateAtoms[a].name)
		}
		return strings.Join(ns, " & ")
	}
	var out strings.Builder
	fmt.Fprintln(&out, "| left out | gate chosen on the others | others: wrong/right taken out | left out: wrong taken out | left out: right taken out |")
	fmt.Fprintln(&out, "| --- | --- | --- | --- | --- |")
	var tw, tr, allW, allR int
	for _, f := range families {
		train := func(p loroPair) bool { return p.family != f }
		test := func(p loroPair) bool { return p.family == f }
		var best []int
		bestScore := 0
		for _, c := range combos {
			w, r := drops(c, train)
			if s := w - 3*r; s > bestScore {
				best, bestScore = c, s
			}
		}
		var fw, fr int
		for _, p := range pairs {
			if p.family == f && p.wrong {
				fw++
			} else if p.family == f {
				fr++
			}
		}
		allW, allR = allW+fw, allR+fr
		if best == nil {
			fmt.Fprintf(&out, "| %s | none | - | 0/%d | 0/%d |\n", f, fw, fr)
			continue
		}
		w, r := drops(best, train)
		lw, lr := drops(best, test)
		tw, tr = tw+lw, tr+lr
		fmt.Fprintf(&out, "| %s | %s | %d/%d | %d/%d | %d/%d |\n", f, name(best), w, r, lw, fw, lr, fr)
	}
	fmt.Fprintf(&out, "| all, cross-validated | | | %d/%d | %d/%d |\n", tw, allW, tr, allR)
	t.Log("\n" + out.String())
}

// roundFamily is the family of an audit round for leave-one-round-out:
// a news round with its -base, the ECB+ rounds, the PolNeAR rounds.
func roundFamily(round string) string {
	round = strings.TrimSuffix(round, "-base")
	switch {
	case strings.HasPrefix(round, "polnear"):
		return "polnear"
	case strings.HasPrefix(round, "round"):
		return "ecb"
	}
	return round
}

// gateAtom is one condition of weak evidence a gate may be made of.
type gateAtom struct {
	name  string
	holds func(e creditEvidence) bool
}

var gateAtoms = func() []gateAtom {
	pred := func(e creditEvidence) bool { return e.Main || e.SentMainInFact }
	as := []gateAtom{
		{"alone", func(e creditEvidence) bool { return e.StatedBy == 0 }},
		{"noPred", func(e creditEvidence) bool { return !pred(e) }},
		{"noName", func(e creditEvidence) bool { return e.HeldNames == 0 }},
		{"noArg", func(e creditEvidence) bool { return !e.Agent && !e.Object }},
		{"!mutual", func(e creditEvidence) bool { return !e.Mutual }},
		{"!run", func(e creditEvidence) bool { return !e.Run }},
		{"figMissing", func(e creditEvidence) bool { return e.HeldFigures < e.FactFigures }},
		{"whenMissing", func(e creditEvidence) bool { return e.FactWhens && !e.WhenShared }},
		{"otherMain", func(e creditEvidence) bool { return e.SentMains && !e.SentMainInFact }},
		{"long", func(e creditEvidence) bool { return e.FactTerms >= 10 }},
		{"unheld>=4", func(e creditEvidence) bool { return e.UnheldWords >= 4 }},
		{"unheld>=6", func(e creditEvidence) bool { return e.UnheldWords >= 6 }},
		{"otherNames>=2", func(e creditEvidence) bool { return e.OtherNames >= 2 }},
	}
	for _, th := range []float64{0.3, 0.4, 0.5} {
		as = append(as,
			gateAtom{fmt.Sprintf("cover<%g", th), func(e creditEvidence) bool { return e.Cover < th }},
			gateAtom{fmt.Sprintf("sim<%g", th), func(e creditEvidence) bool { return e.Sim < th }})
	}
	return as
}()

// loroPair is one judged other-outlet credit of a TestCreditDump output,
// with the conditions a leave-one-round-out search tests of it.
type loroPair struct {
	family string
	wrong  bool
	atoms  []bool
}

// loroPairs reads the dump at path into one pair per credit and round
// family: a pair judged in a round and its -base (or in two ECB+ or two
// PolNeAR rounds) counts once, wrong if either judge said so. The fact's
// own sentence is left out.
func loroPairs(t *testing.T, path string, atomsOf func(creditEvidence) []bool) []loroPair {
	t.Helper()
	recs, err := readJSONLines[creditRecord](path)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []loroPair
	at := map[string]int{}
	for _, r := range recs {
		if r.Own {
			continue
		}
		fam := roundFamily(r.Round)
		k := strings.Join([]string{fam, r.Story, r.Source, r.Sentence, r.Fact}, "\x00")
		if i, ok := at[k]; ok {
			pairs[i].wrong = pairs[i].wrong || r.Verdict == "no"
			continue
		}
		at[k] = len(pairs)
		pairs = append(pairs, loroPair{family: fam, wrong: r.Verdict == "no", atoms: atomsOf(r.Evidence)})
	}
	return pairs
}
