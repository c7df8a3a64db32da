package align

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
)

// A sentence may share most of a fact's words and still tell another
// detail of it, which a reader takes the outlet to have given when it is
// credited with the fact with no doubt:
//
//   - another figure as precise as the fact's: "40.2C provisionally
//     recorded at London Heathrow" is not "a record temperature of
//     40.3C", though "reached 40C" beside it rounds to it (the figure
//     terms are rounded, and figureDiffers takes the round figure for
//     the precise one);
//   - only some of those the fact lists as doing or undergoing it: "The
//     UAE and Bahrain have asked that all diplomats from Qatar leave"
//     does not say what "Qatari diplomats now have 48 hours to leave the
//     UAE, Bahrain, and Saudi Arabia" says of Saudi Arabia;
//   - another thing done in the fact's verb's complement: the Senate
//     "voted to suspend" the president in May, not "voted to remove"
//     her.
//
// Each makes the credit uncertain, not wrong: the outlet may give the
// rest elsewhere.

// figureAtOdds reports whether sentence unit s gives, for a figure of
// fact unit r, a figure of the same measure or count written as
// precisely that differs from it, and none as precise that agrees.
func (k *statedCheck) figureAtOdds(r, s int) bool {
	said := k.figuresOf(s)
	for _, a := range k.figuresOf(r) {
		asPrecise := func(b figure) bool {
			return b.q.Unit == a.q.Unit && b.q.Step > 0 && b.q.Step <= a.q.Step && (a.q.Noun == "" && b.q.Noun == "" || sameCounted(a.q, b.q))
		}
		if slices.ContainsFunc(said, func(b figure) bool { return asPrecise(b) && sameWritten(a.q, b.q) }) {
			continue
		}
		if slices.ContainsFunc(said, func(b figure) bool { return asPrecise(b) && !sameWritten(a.q, b.q) }) {
			return true
		}
	}
	return false
}

// sameWritten reports whether two quantities of one unit are one figure
// as written: the same bound, and values no further apart than half the
// coarser step ("40.2C" and "40.3C" are two; sameFigure's slack for
// rounding in conversions would take them for one).
func sameWritten(a, b nlp.Quantity) bool {
	half := max(a.Step, b.Step)/2 + 1e-9
	return bound(a) == bound(b) && math.Abs(a.Value-b.Value) <= half && math.Abs(a.ValueMax-b.ValueMax) <= half
}

// listPartlyNamed reports whether fact unit r lists two or more story
// entities joined as one coordination ("the UAE, Bahrain, and Saudi
// Arabia") of which sentence unit s names some but not all.
func (k *statedCheck) listPartlyNamed(r, s int) bool {
	named := func(id int) bool {
		t := "E:" + strconv.Itoa(id)
		if _, ok := k.units[s].terms[t]; ok {
			return true
		}
		for u := range k.units[s].terms {
			if u[0] == 'E' && k.oneSide(t, u) {
				return true
			}
		}
		return false
	}
	for _, list := range k.entityLists(r) {
		some, all := false, true
		for _, id := range list {
			if named(id) {
				some = true
			} else {
				all = false
			}
		}
		if some && !all {
			return true
		}
	}
	return false
}

// entityLists returns the story entities of unit u written as lists:
// two or more names with nothing between them but commas, coordinators
// and determiners.
func (k *statedCheck) entityLists(u int) [][]int {
	un := &k.units[u]
	x := k.indexes[un.input]
	var lists [][]int
	var cur []int
	end := -1
	for _, m := range x.MentionsIn(un.clause.Span.Start, un.clause.Span.End) {
		id := k.ents.Lookup(un.input, m.Entity)
		if id < 0 || x.Entities[m.Entity].Descriptive {
			continue
		}
		if end >= 0 && m.Span.Start >= end && listJoint(x.Text[end:m.Span.Start]) {
			if !slices.Contains(cur, id) {
				cur = append(cur, id)
			}
		} else {
			if len(cur) > 1 {
				lists = append(lists, cur)
			}
			cur = []int{id}
		}
		end = m.Span.End
	}
	if len(cur) > 1 {
		lists = append(lists, cur)
	}
	return lists
}

// listJoint reports whether text between two names joins them in a list:
// a comma or a coordinator, and nothing but those and determiners.
func listJoint(text string) bool {
	rest := text
	joined := false
	for _, t := range nlp.Tokenize(text, 0) {
		w := strings.ToLower(t.Text)
		switch {
		case coordinators.Has(w):
			joined = true
		case definiteArticles.Has(w):
		default:
			return false
		}
		rest = strings.Replace(rest, t.Text, "", 1)
	}
	// Only commas and spaces besides: a quotation mark or a bracket
	// ends the list ("… because of Covid-19,” Elon Musk’s tweet read").
	rest = strings.TrimSpace(strings.ReplaceAll(rest, " ", ""))
	if strings.Trim(rest, ",") != "" {
		return false
	}
	return joined || rest != ""
}

// complementAtOdds reports whether sentence unit s tells a main verb of
// fact unit r with an infinitive complement ("voted to suspend") other
// than the fact's ("voted to remove").
func (k *statedCheck) complementAtOdds(r, s int) bool {
	fact := complements(k.text(r))
	if len(fact) == 0 {
		return false
	}
	said := complements(k.text(sentenceOf(k.units, s)))
	for _, p := range k.mainPredicates(r) {
		fc, ok := fact[p.concept]
		if !ok {
			continue
		}
		if sc, ok := said[p.concept]; ok && sc != fc {
			return true
		}
	}
	return false
}

// complements maps the concept of each word of text followed by an
// infinitive marker and a lower-case word to that word's concept: the verb and its
// infinitive complement ("voted to remove").
func complements(text string) map[string]string {
	toks := nlp.Tokenize(text, 0)
	out := map[string]string{}
	for i := 0; i+2 < len(toks); i++ {
		if !infinitiveMarkers.Has(strings.ToLower(toks[i+1].Text)) {
			continue
		}
		w := toks[i+2].Text
		if w != strings.ToLower(w) || nlp.IsStopword(w) || hasDigit(w) {
			continue
		}
		out[concept(strings.ToLower(toks[i].Text))] = concept(w)
	}
	return out
}
