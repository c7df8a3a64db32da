package align

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
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
// fact unit r, another figure of the same measure or count written as
// precisely, in the same unit, and none so written that agrees: a figure
// the fact does not give anywhere ("over 20 years" beside "for the past
// 10 or 20 years" gives the fact's other figure).
func (k *statedCheck) figureAtOdds(r, s int) bool {
	fact, said := k.figuresOf(r), k.figuresOf(s)
	for _, a := range fact {
		asPrecise := func(b figure) bool {
			return b.q.Step > 0 && b.q.Step <= a.q.Step && writtenUnit(b.q) == writtenUnit(a.q) && (a.q.Noun == "" && b.q.Noun == "" || sameCounted(a.q, b.q))
		}
		if slices.ContainsFunc(said, func(b figure) bool { return asPrecise(b) && sameWritten(a.q, b.q) }) {
			continue
		}
		if slices.ContainsFunc(said, func(b figure) bool {
			return asPrecise(b) && !slices.ContainsFunc(fact, func(c figure) bool { return sameWritten(c.q, b.q) })
		}) {
			return true
		}
	}
	return false
}

// sameWritten reports whether two quantities are one figure as written:
// values no further apart than half the coarser step ("40.2C" and
// "40.3C" are two; sameFigure's slack for rounding in conversions would
// take them for one), whatever bounds them ("over 1,500 pieces" gives
// the figure of "1,500 pieces", which figureDiffers weighs).
func sameWritten(a, b nlp.Quantity) bool {
	half := max(a.Step, b.Step)/2 + 1e-9
	return math.Abs(a.Value-b.Value) <= half && math.Abs(a.ValueMax-b.ValueMax) <= half
}

// writtenUnit is the unit of a quantity as its text writes it: the
// text before its first digit and after its last, lower case ("c" of
// "40.3C", "mph" of "833.9 mph"), so that a figure converted to another
// unit ("1,342.8 km/h") is not weighed against one written in it.
func writtenUnit(q nlp.Quantity) string {
	first := strings.IndexFunc(q.Text, unicode.IsDigit)
	last := strings.LastIndexFunc(q.Text, unicode.IsDigit)
	if first < 0 {
		return strings.ToLower(q.Text)
	}
	return strings.ToLower(strings.TrimSpace(q.Text[:first]) + "|" + strings.TrimSpace(q.Text[last+1:]))
}

// listPartlyNamed reports whether fact unit r lists two or more story
// entities joined as one coordination ("the UAE, Bahrain, and Saudi
// Arabia") of which sentence unit s names some but not all.
func (k *statedCheck) listPartlyNamed(r, s int) bool {
	// Only the very entity: sameParticipant takes places of one country
	// for one side, and the list names them apart.
	named := func(id int) bool {
		_, ok := k.units[s].terms["E:"+strconv.Itoa(id)]
		return ok
	}
	lists := k.entityLists(r)
	if len(lists) == 0 || leavesListOpen(k.text(sentenceOf(k.units, s))) {
		return false
	}
	for _, list := range lists {
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

var openListWords = english.Set(lang.OpenListWords)

// leavesListOpen reports whether text holds words that leave a list
// open ("Ohio, Florida, Iowa and more").
func leavesListOpen(text string) bool {
	var b strings.Builder
	for _, t := range nlp.Tokenize(strings.ToLower(text), 0) {
		b.WriteString(" " + t.Text)
	}
	words := b.String() + " "
	for w := range openListWords {
		if strings.Contains(words, " "+w+" ") {
			return true
		}
	}
	return false
}

// entityLists returns the story entities of unit u written as
// enumerations: three or more names of places or bodies (the countries
// that cut ties, the firms that bid) with nothing between them but
// commas, coordinators and determiners, and a coordinator before the
// last ("the UAE, Bahrain, and Saudi Arabia"). Two names joined by a
// comma are as often one in apposition to the other ("Cushing,
// Oklahoma", "Jeff Bezos, Amazon founder"), and a person's names and
// titles ("Prince Harry and his wife Meghan, the Duke and Duchess of
// Sussex") are as often one person named twice.
func (k *statedCheck) entityLists(u int) [][]int {
	un := &k.units[u]
	x := k.indexes[un.input]
	var lists [][]int
	var cur []int
	end, closed := -1, false
	flush := func() {
		if len(cur) >= minListNames && closed {
			lists = append(lists, cur)
		}
	}
	for _, m := range x.MentionsIn(un.clause.Span.Start, un.clause.Span.End) {
		id := k.ents.Lookup(un.input, m.Entity)
		if id < 0 || x.Entities[m.Entity].Descriptive || k.ents.Entities[id].Kind == nlp.KindPerson {
			flush()
			cur, end, closed = nil, -1, false
			continue
		}
		joint, coordinated := false, false
		if end >= 0 && m.Span.Start >= end {
			joint, coordinated = listJoint(x.Text[end:m.Span.Start])
		}
		if joint {
			if !slices.Contains(cur, id) {
				cur = append(cur, id)
				closed = coordinated
			}
		} else {
			flush()
			cur, closed = []int{id}, false
		}
		end = m.Span.End
	}
	flush()
	return lists
}

// minListNames is how many names make an enumeration.
const minListNames = 3

// listJoint reports whether text between two names joins them in a list
// (a comma or a coordinator, and nothing but those and determiners), and
// whether a coordinator joins them.
func listJoint(text string) (joint, coordinated bool) {
	rest := text
	for _, t := range nlp.Tokenize(text, 0) {
		w := strings.ToLower(t.Text)
		switch {
		case coordinators.Has(w):
			coordinated = true
		case definiteArticles.Has(w):
		default:
			return false, false
		}
		rest = strings.Replace(rest, t.Text, "", 1)
	}
	// Only commas and spaces besides: a quotation mark or a bracket
	// ends the list ("… because of Covid-19,” Elon Musk’s tweet read").
	rest = strings.ReplaceAll(rest, " ", "")
	if strings.Trim(rest, ",") != "" {
		return false, false
	}
	return coordinated || rest != "", coordinated
}

// complementAtOdds reports whether sentence unit s tells a main verb of
// fact unit r with an infinitive complement ("voted to suspend") other
// than the fact's ("voted to remove"), which it does not tell at all.
func (k *statedCheck) complementAtOdds(r, s int) bool {
	fact := complements(k.text(r))
	if len(fact) == 0 {
		return false
	}
	st := k.text(sentenceOf(k.units, s))
	said := complements(st)
	// "worked to help any survivors and recover any more bodies" tells
	// "worked to recover bodies" too: the fact's complement anywhere in
	// the sentence is told.
	saidWords := map[string]bool{}
	for _, t := range nlp.Tokenize(st, 0) {
		saidWords[concept(strings.ToLower(t.Text))] = true
	}
	for _, p := range k.mainPredicates(r) {
		fc, ok := fact[p.concept]
		if !ok {
			continue
		}
		if sc, ok := said[p.concept]; ok && sc != fc && !saidWords[fc] {
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
