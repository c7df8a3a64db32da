package align

import (
	"strings"

	"crosscheck/internal/lang"
)

// verbLinkers are the auxiliaries a coordinated verb may follow its
// coordinator by ("and was detained").
var verbLinkers = english.Set(lang.ClauseAuxiliaries)

// coordinatedPredicates returns the event verbs of unit c coordinated
// with its first event verb: after a coordinator ("and", "but"),
// past only auxiliaries, modal words, adverbs and "to" ("are arresting several
// top FIFA officials in Zurich and plan to extradite them"), with no
// subject barrier between (argument.go: past a relative pronoun or a
// subordinator the verb is another clause's, as in "a storm that broke
// dams, washed away houses, and destroyed ..."). Told of the same subject in
// the same clause, each is a predicate of the fact of its own, which a
// sentence telling the first only does not state (round 22,
// fifa-zurich-arrests). A coordinated clause with a subject of its own
// ("and at least 10,000 were missing") has a name or a noun before its
// verb, and is none.
func (k *statedCheck) coordinatedPredicates(c int) []predicate {
	pa := k.argsOf(c)
	toks := pa.r.toks
	first := -1
	var out []predicate
	for i, p := range pa.preds {
		if !p.verbal || p.concept == "" {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		if p.concept == pa.preds[first].concept {
			continue
		}
		j := pa.at[i] - 1
		for j > pa.at[first] {
			w := strings.ToLower(toks[j].Text)
			if !auxiliary.Has(w) && !irrealis.Has(w) && !verbLinkers.Has(w) && !(len(w) > 4 && adverbSuffixes.SuffixOf(w)) {
				break
			}
			j--
		}
		if j <= pa.at[first] || !coordinators.Has(strings.ToLower(toks[j].Text)) {
			continue
		}
		opened := false
		for _, t := range toks[pa.at[first]+1 : j] {
			w := strings.ToLower(t.Text)
			opened = opened || subjectBarriers.Has(w)
		}
		if !opened {
			out = append(out, p)
		}
	}
	return out
}
