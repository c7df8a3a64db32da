package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"crosscheck/internal/eval"
)

// A spent round's judgments can score a new briefing of the same stories
// without new judges, for the pairs the new briefing still makes: a
// judged (fact, outlet) pair is still made when some fact of the new
// briefing holds the outlet's judged sentence together with another
// outlet's sentence of the judged fact. The verdict is the judge's. Pairs
// the new briefing makes that no judge saw are counted apart, unjudged,
// and so are judged pairs whose sentence is now the shown sentence of
// the new fact (the fact is that sentence's own: not the fact judged).
// This is a self-check on material already read (the develop use of
// spent rounds), never a blind score.

// pairKey is one (outlet's sentence) of a pair item: its source file and
// sentence, spaces folded.
type pairKey struct{ source, sentence string }

func keyOf(it item) (pairKey, bool) {
	if it.Kind != "pair" || len(it.Evidence) == 0 {
		return pairKey{}, false
	}
	e := it.Evidence[0]
	return pairKey{e.Source, strings.Join(strings.Fields(e.Sentence), " ")}, true
}

// shownFact is the shown text without the clause note, spaces folded.
func shownFact(shown string) string {
	if i := strings.Index(shown, "\n(the fact is the part:"); i >= 0 {
		shown = shown[:i]
	}
	return strings.Join(strings.Fields(shown), " ")
}

// rejudgeTally is what rejudge counts for one round.
type rejudgeTally struct {
	// right and wrong are judged pairs still made, by verdict; the
	// other* counts leave out pairs whose sentence is the shown one.
	right, wrong, otherRight, otherWrong int
	// goneRight and goneWrong are judged pairs no longer made.
	goneRight, goneWrong int
	// reshown are judged other-outlet pairs whose sentence is now the
	// shown sentence of the new fact that holds them: the new fact is
	// that sentence's own, another fact than the one judged, so the
	// verdict says nothing of it.
	reshown int
	// pairs is every pair the new briefing makes; unjudged those no
	// judged pair accounts for.
	pairs, unjudged int
	// uncertainRight and uncertainWrong are judged pairs the new
	// briefing makes as uncertain credits (may also report), by
	// verdict: counted apart from right and wrong, which are the
	// confident credits; uncertain the pairs made uncertain.
	uncertainRight, uncertainWrong, uncertain int
	// facts are the new facts listed with two or more confident
	// outlets whose every confident pair is a judged pair still made;
	// whole those of them the judges found right in every pair.
	facts, whole int
}

func (t *rejudgeTally) add(u rejudgeTally) {
	t.right += u.right
	t.wrong += u.wrong
	t.otherRight += u.otherRight
	t.otherWrong += u.otherWrong
	t.goneRight += u.goneRight
	t.goneWrong += u.goneWrong
	t.reshown += u.reshown
	t.pairs += u.pairs
	t.unjudged += u.unjudged
	t.uncertainRight += u.uncertainRight
	t.uncertainWrong += u.uncertainWrong
	t.uncertain += u.uncertain
	t.facts += u.facts
	t.whole += u.whole
}

// rejudge scores the pairs of the audit directory fresh (prepared with
// -pairs set high, so that every fact is drawn) with the verdicts of
// the judged directory of the same round.
func rejudge(fresh, judged string) (rejudgeTally, error) {
	var t rejudgeTally
	old, err := eval.ReadJSONLines[item](filepath.Join(judged, "items.jsonl"))
	if err != nil {
		return t, err
	}
	cur, err := eval.ReadJSONLines[item](filepath.Join(fresh, "items.jsonl"))
	if err != nil {
		return t, err
	}
	verdict, err := readVerdicts(judged)
	if err != nil {
		return t, err
	}
	oldGroups := map[string][]pairKey{}
	for _, it := range old {
		if k, ok := keyOf(it); ok {
			oldGroups[it.Group] = append(oldGroups[it.Group], k)
		}
	}
	newGroups := map[string]map[pairKey]bool{}
	unsure := map[string]map[pairKey]bool{} // new group → its uncertain credits
	newShown := map[string]string{}
	where := map[pairKey][]string{}
	for _, it := range cur {
		k, ok := keyOf(it)
		if !ok {
			continue
		}
		if newGroups[it.Group] == nil {
			newGroups[it.Group] = map[pairKey]bool{}
			newShown[it.Group] = shownFact(it.Shown)
		}
		if !newGroups[it.Group][k] {
			newGroups[it.Group][k] = true
			where[k] = append(where[k], it.Group)
			t.pairs++
			if it.Credit == creditUncertain {
				if unsure[it.Group] == nil {
					unsure[it.Group] = map[pairKey]bool{}
				}
				unsure[it.Group][k] = true
				t.uncertain++
			}
		}
	}
	accounted := map[[2]string]bool{}           // (new group, source+sentence)
	judgedIn := map[string]map[pairKey]string{} // new group → verdicts of its judged pairs
	for _, it := range old {
		k, ok := keyOf(it)
		v := verdict[it.ID]
		if !ok || v != "yes" && v != "no" {
			continue
		}
		other := k.sentence != shownFact(it.Shown)
		made, reshown, confident := false, false, false
		for _, g := range where[k] {
			for _, o := range oldGroups[it.Group] {
				if o != k && o.source != k.source && newGroups[g][o] {
					accounted[[2]string{g, k.source + "\x00" + k.sentence}] = true
					if other && k.sentence == newShown[g] {
						reshown = true
					} else {
						made = true
						confident = confident || !unsure[g][k]
						if judgedIn[g] == nil {
							judgedIn[g] = map[pairKey]string{}
						}
						if judgedIn[g][k] != "no" {
							judgedIn[g][k] = v
						}
					}
					break
				}
			}
		}
		switch {
		case !made && reshown:
			t.reshown++
		case !made && v == "yes":
			t.goneRight++
		case !made:
			t.goneWrong++
		case !confident && v == "yes":
			t.uncertainRight++
		case !confident:
			t.uncertainWrong++
		case v == "yes":
			t.right++
			if other {
				t.otherRight++
			}
		default:
			t.wrong++
			if other {
				t.otherWrong++
			}
		}
	}
	for g, ks := range newGroups {
		for k := range ks {
			if !accounted[[2]string{g, k.source + "\x00" + k.sentence}] {
				t.unjudged++
			}
		}
	}
	for g, ks := range newGroups {
		n, judged, right := 0, true, true
		for k := range ks {
			if unsure[g][k] {
				continue
			}
			n++
			v, ok := judgedIn[g][k]
			judged, right = judged && ok, right && v == "yes"
		}
		if n >= 2 && judged {
			t.facts++
			if right {
				t.whole++
			}
		}
	}
	return t, nil
}

// rejudgeRounds scores each round directory of fresh (fresh/<round>)
// against judged/<round> for the rounds named, and their total.
func rejudgeRounds(w io.Writer, fresh, judged string, rounds []string) error {
	share := func(a, b int) string {
		if a+b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(a+b), a, a+b)
	}
	fmt.Fprintln(w, "| round | judged pairs still made confident, right | other-outlet right | made uncertain, right | facts wholly right (confident outlets, all judged) | wrong gone | right gone | now the fact's own sentence | pairs made | of them uncertain | unjudged |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	var all rejudgeTally
	for _, r := range rounds {
		t, err := rejudge(filepath.Join(fresh, r), filepath.Join(judged, r))
		if err != nil {
			return fmt.Errorf("rejudging round %s: %w", r, err)
		}
		all.add(t)
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %d | %d | %d | %d | %d | %d |\n", r, share(t.right, t.wrong), share(t.otherRight, t.otherWrong), share(t.uncertainRight, t.uncertainWrong), share(t.whole, t.facts-t.whole), t.goneWrong, t.goneRight, t.reshown, t.pairs, t.uncertain, t.unjudged)
	}
	fmt.Fprintf(w, "| all | %s | %s | %s | %s | %d | %d | %d | %d | %d | %d |\n", share(all.right, all.wrong), share(all.otherRight, all.otherWrong), share(all.uncertainRight, all.uncertainWrong), share(all.whole, all.facts-all.whole), all.goneWrong, all.goneRight, all.reshown, all.pairs, all.uncertain, all.unjudged)
	return nil
}
