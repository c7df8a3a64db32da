package align

import (
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Counts of the same thing told in sentences no claim joins are never
// linked by their words alone: "The flight was carrying 81 passengers from
// Alexandria to Cairo" and "The Airbus 320, which was carrying 55
// passengers and a crew of seven, was diverted" share "carrying" but not
// the words after it. Yet both count one noun ("passengers") as the
// argument of one predicate ("carry"), the way a reader takes them for one
// figure: how many the story's plane carried. countLinks links such counts
// across sources, ranked below every other link, and numberPair shows what
// disagrees there as uncertain only, with the reason: the sentences are
// not found to state one fact, so the counts may be of different groups.
// Everything numberPair checks of a count still holds (scope, kind,
// side, dates of the clauses, a moving count's times, a source giving
// both).

// countLinkScore ranks these links below positional ones: a value joins
// such a slot only when no better evidence places it elsewhere.
const countLinkScore = positionalScore / 2

// countKey is what two counts must share to be linked: their noun's
// concept, their unit and the concept of the predicate they are an
// argument of.
type countKey struct {
	noun, unit, pred string
}

// countLinks links English counts of different sources that count one
// noun as the argument of one predicate (not a verb of change: "rose to
// 10" tells a moving count's level, an update's business), and records
// each linked pair in j.countLinked for numberPair.
func (j *judge) countLinks(vals []value, roots []int64) []link {
	by := map[countKey][]int{}
	var keys []countKey
	for i := range vals {
		v := &vals[i]
		if v.kind != "number" || v.q.Noun == "" || v.earlier || strings.HasPrefix(v.q.Unit, "ordinal") || j.language(v) != english.Code {
			continue
		}
		if v.sentence >= countLinkSentences || j.datedBefore(v) || j.breakdown(v) {
			continue
		}
		g := j.governor(v)
		if g.concept == "" || g.conditional || changeConcepts[g.concept] || lightCountVerbs[g.concept] {
			continue
		}
		k := countKey{concept(v.q.Noun), v.q.Unit, g.concept}
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = append(by[k], i)
	}
	var out []link
	for _, k := range keys {
		for a, b := range pairsIn(by[k]) {
			if roots[vals[a].input] == roots[vals[b].input] {
				continue
			}
			if j.countLinked == nil {
				j.countLinked = map[[2]*value]string{}
			}
			j.countLinked[[2]*value{&vals[a], &vals[b]}] = k.pred
			j.countLinked[[2]*value{&vals[b], &vals[a]}] = k.pred
			out = append(out, link{a, b, countLinkScore, false})
		}
	}
	return out
}

// lightCountVerbs are predicate concepts that say nothing of what a count
// is of ("be", "have", "say"): two counts under them are no one slot.
var lightCountVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w := range english.Set(lang.SlotLightCountVerbs) {
		m[concept(w)] = true
	}
	return m
}()

// countConflicts groups by count links the values of no reported slot
// (shown), and reports the groups whose linked counts disagree,
// uncertain: the slot stands on the noun and predicate alone, so nothing
// here is confident, nor an update.
func (j *judge) countConflicts(vals []value, shown []int, roots []int64, claimOf map[[2]int]int) []Conflict {
	inSlot := map[int]bool{}
	for _, m := range shown {
		inSlot[m] = true
	}
	var links []link
	for _, l := range j.countLinks(vals, roots) {
		if !inSlot[l.a] && !inSlot[l.b] {
			links = append(links, l)
		}
	}
	if len(links) == 0 {
		return nil
	}
	groups, gorder := groupLinks(vals, links)
	var out []Conflict
	for _, classes := range contested(vals, groups, gorder, j.tol) {
		v, ok := j.countSlotOf(vals, classes)
		if !ok {
			continue
		}
		out = append(out, j.conflictOf(vals, classes, claimOf, &v))
	}
	return out
}

// countSlotOf judges the pairs of linked counts of different classes
// that disagree: the first numberPair keeps, not an update unless a
// source states the change, decides, made uncertain when it is not
// already.
func (j *judge) countSlotOf(vals []value, classes [][]int) (verdict, bool) {
	for ci := range classes {
		for cj := ci + 1; cj < len(classes); cj++ {
			for _, x := range classes[ci] {
				for _, y := range classes[cj] {
					a, b := &vals[x], &vals[y]
					if j.countLinked[[2]*value{a, b}] == "" || agree(a, b, j.tol) {
						continue
					}
					v := j.pair(a, b)
					// An earlier figure is no evidence of one count by
					// itself; a source stating that the count moved from
					// one figure to the other is (changestated.go).
					if v.update && v.earlier != nil && j.moving(a) && j.moving(b) {
						return v, true
					}
					if v.drop || v.update {
						continue
					}
					if v.uncertain == "" {
						v.uncertain = "the sentences are not found to state one fact: the counts may be of different groups"
					}
					return v, true
				}
			}
		}
	}
	return verdict{}, false
}

// countLinkSentences bounds where a linked count may stand: a story's own
// figures are told in its first paragraphs, and what comes later is
// background as often ("In October one of the jets crashed … killing all
// 189 people on board", "Around 220,000 people died as a result of that
// disaster").
const countLinkSentences = 8

// datedBefore reports whether v's sentence holds a time ending more than
// a week before its page's date: the count is of an earlier happening or
// an earlier figure ("the one that crashed in Indonesia last October,
// resulting in the deaths of 189 people", "In 2014, the BJP had won 282
// seats"), not the story's as reported.
func (j *judge) datedBefore(v *value) bool {
	x := j.indexes[v.input]
	ref := j.inputs[v.input].Published
	if ref.IsZero() {
		for _, in := range j.inputs {
			if in.Published.After(ref) {
				ref = in.Published
			}
		}
	}
	if ref.IsZero() {
		return false
	}
	s := x.Sentences[v.sentence]
	for _, t := range x.Times {
		if t.Span.Start >= s.Start && t.Span.End <= s.End && t.Resolved && !t.End.IsZero() && t.End.Before(ref.AddDate(0, 0, -7)) {
			return true
		}
	}
	return false
}

// breakdown reports whether the count vals[i] is one part of several its
// sentence gives: another count of the same noun there ("three counts of
// wire fraud and one count of conspiracy", four in all), or a number
// counting more of it ("1,000 people have died in Tacloban and at least
// 200 more in Samar"). Another outlet's total is no disagreement with a
// part.
func (j *judge) breakdown(v *value) bool {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return false
	}
	noun := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(v.q.Noun)) {
		noun[w] = true
	}
	toks := nlp.Tokenize(x.Text[s.Start:s.End], s.Start)
	for k, t := range toks {
		if t.Span.Start >= v.q.Span.Start && t.Span.Start < v.q.Span.End || !numberToken(strings.ToLower(t.Text)) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+3; n++ {
			w := strings.ToLower(toks[n].Text)
			if noun[w] || singularOrPlural(noun, w) || n == k+1 && scopeWords.Has(w) {
				return true
			}
		}
	}
	return false
}
