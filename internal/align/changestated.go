package align

import (
	"strconv"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A source that states a count's change ("the death toll rose from 36
// to 41", "239, up from 147", "revised to 41 from 36") tells that two
// figures are one count at two times: other outlets giving either figure
// update each other in that order and do not contradict each other.

var (
	changeFromWords = english.Set(lang.SlotChangeFromWords)
	changeToWords   = english.Set(lang.SlotChangeToWords)
	changeAdverbs   = english.Set(lang.SlotChangeAdverbs)
)

// countChange is one change statement's earlier and later figure.
type countChange struct {
	from, to nlp.Quantity
}

// changeStated returns the change statement of the story between a's and
// b's figures, if any, and whether a's is the earlier.
func (j *judge) changeStated(a, b *value) (c countChange, aFirst, ok bool) {
	if j.changes == nil {
		j.changes = j.readChanges()
	}
	same := func(x nlp.Quantity, v *value) bool {
		if x.Value != v.q.Value || x.ValueMax != v.q.ValueMax {
			return false
		}
		if x.Unit == "" {
			// A bare numeral is a count, no measure.
			_, measure := baseUnits[v.q.Unit]
			return !measure
		}
		return sameMeasure(x, v.q)
	}
	for _, c := range *j.changes {
		switch {
		case same(c.from, a) && same(c.to, b):
			return c, true, true
		case same(c.from, b) && same(c.to, a):
			return c, false, true
		}
	}
	return countChange{}, false, false
}

// readChanges reads the change statements of every article of the story:
// a sentence with a verb of change or a change adverb, a figure after a
// from-word and another after a to-word ("rose from 36 to 41", "rose to
// 41 from 36"), or, with a change adverb, a figure after a from-word and
// the one other figure of the sentence ("41, up from 36").
func (j *judge) readChanges() *[]countChange {
	var out []countChange
	for _, x := range j.indexes {
		if x == nil {
			continue
		}
		for _, s := range x.Sentences {
			out = append(out, changesIn(x, s)...)
		}
	}
	return &out
}

// changesIn reads the change statements of sentence s of x.
func changesIn(x *nlp.Index, s nlp.Sentence) []countChange {
	toks := nlp.Tokenize(x.Text[s.Start:s.End], s.Start)
	verb, adverb := false, false
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if base, ok := pastForms[w]; ok {
			w = base
		}
		if changeConcepts[concept(w)] {
			verb = true
		}
		if changeAdverbs[w] && i+1 < len(toks) && changeFromWords[strings.ToLower(toks[i+1].Text)] {
			adverb = true
		}
	}
	if !verb && !adverb {
		return nil
	}
	// The figures of the sentence, each with the word before it.
	type figure struct {
		q      nlp.Quantity
		before string
	}
	var figs []figure
	for i, t := range toks {
		q, ok := figureAt(x, t)
		if !ok {
			continue
		}
		before := ""
		if i > 0 {
			before = strings.ToLower(toks[i-1].Text)
		}
		figs = append(figs, figure{q, before})
	}
	var out []countChange
	for fi, f := range figs {
		if !changeFromWords[f.before] {
			continue
		}
		if f.q.ValueMax != f.q.Value {
			// "from 36 to 41" read as one range.
			lo, hi := f.q, f.q
			lo.ValueMax, hi.Value = lo.Value, hi.ValueMax
			lo.Text, hi.Text = strconv.FormatFloat(lo.Value, 'f', -1, 64), strconv.FormatFloat(hi.Value, 'f', -1, 64)
			out = append(out, countChange{lo, hi})
			continue
		}
		var others []figure
		for ti, t := range figs {
			if ti != fi {
				others = append(others, t)
			}
		}
		for _, t := range others {
			if changeToWords[t.before] {
				out = append(out, countChange{f.q, t.q})
			}
		}
		if adverb && len(others) == 1 && !changeToWords[others[0].before] {
			out = append(out, countChange{f.q, others[0].q})
		}
	}
	return out
}

// figureAt is the figure token t starts: the quantity read there, else a
// bare numeral ("from 36 to 41"), with no unit.
func figureAt(x *nlp.Index, t nlp.Token) (nlp.Quantity, bool) {
	for _, q := range x.Quantities {
		if q.Span.Start == t.Span.Start {
			return q, true
		}
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
	if err != nil {
		return nlp.Quantity{}, false
	}
	return nlp.Quantity{Text: t.Text, Value: n, ValueMax: n, Span: t.Span}, true
}

// earlierFirst moves the class holding the earlier figure of a change
// statement first, keeping the others' order: the briefing lists an
// update's values in order.
func earlierFirst(vals []value, classes [][]int, earlier *value) [][]int {
	for ci, cl := range classes {
		for _, k := range cl {
			if &vals[k] != earlier {
				continue
			}
			if ci == 0 {
				return classes
			}
			out := append([][]int{cl}, classes[:ci]...)
			return append(out, classes[ci+1:]...)
		}
	}
	return classes
}
