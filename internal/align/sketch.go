package align

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"strings"

	"crosscheck/internal/nlp"
)

// sketch is what an article alone decides of one of its units: which
// sentence and clause it is, its predicates, its raw terms (entities by
// the article's own numbers), whether it says the future, whether it has
// a transfer word. The rest (which story entity each name is, the era a
// date gives against the story's date, the weights) depends on the story
// and is made from the sketch on each alignment (buildUnits). Sketches
// are kept with the links (Kept), so that an article joining a story
// does not split, tokenise and stem the sentences of those already there
// again.
type sketch struct {
	sentence int
	clause   nlp.Clause
	// parent is the place of the whole sentence's sketch among the
	// article's, -1 for a whole sentence.
	parent int
	// future is saysFuture of the clause.
	future bool
	// transferWord marks a whole sentence with a word of transfer, the
	// only ones transfersIn may find a frame in.
	transferWord bool
	preds        []predicate
	raw          articleTerms
	// framed is raw with the terms of the frames that report the clause,
	// nil when it is raw (a whole sentence); frame, of a whole sentence,
	// the terms of its frames, nil when it has none.
	framed, frame *articleTerms
}

// sketchArticle returns the sketches of the units of document d, in the
// order buildUnits makes its units.
func sketchArticle(d *nlp.Doc, x *nlp.Index) []sketch {
	quantities := make([][]nlp.Quantity, len(d.Sentences))
	for _, q := range d.Quantities {
		if q.Sentence >= 0 && q.Sentence < len(quantities) {
			quantities[q.Sentence] = append(quantities[q.Sentence], q)
		}
	}
	// Names, numbers and dates are a predicate's arguments, never
	// its words.
	skip := func(off int) bool { return x.EntityAt(off) >= 0 || insideValue(d, off) }
	var out []sketch
	for si, s := range d.Sentences {
		// A credit line ("Source: …", "(Reporting by …)") says where
		// the article came from, which who-cites-whom shows; it is
		// not a claim about the story.
		if s.Credit || s.Cut || introduces(s.Text) {
			continue
		}
		add := func(c nlp.Clause, parent int) {
			out = append(out, sketch{sentence: si, clause: c, parent: parent, future: saysFuture(d.Text, c),
				preds: predicatesIn(d.Text, c, skip), raw: clauseTermsOf(x, c, quantities[si])})
		}
		parent := len(out)
		whole := nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}
		add(whole, -1)
		out[parent].transferWord = hasTransferWord(d.Text, whole.Span)
		clauses := nlp.Clauses(d.Text, s)
		n := 0
		for _, c := range clauses {
			if !c.Frame {
				n++
				continue
			}
			if out[parent].frame == nil {
				out[parent].frame = &articleTerms{}
			}
			out[parent].frame.union(clauseTermsOf(x, c, quantities[si]))
		}
		if n < 2 {
			continue
		}
		for k, c := range clauses {
			if c.Frame {
				continue
			}
			add(c, parent)
			// What is reported is reported by someone: "Kirby
			// said P" and "Kirby said Q" both name Kirby.
			if fs := framesOf(clauses, k); len(fs) > 0 {
				fr := out[len(out)-1].raw.clone()
				for _, f := range fs {
					fr.union(clauseTermsOf(x, clauses[f], quantities[si]))
				}
				out[len(out)-1].framed = &fr
			}
		}
	}
	return out
}

// introduces reports whether a sentence ends in a colon: it introduces
// what the lines after it hold (a list's heading, "Previously announced
// victims of the fire:", or a quotation's lead-in) and states nothing
// of its own to credit an outlet with.
func introduces(sentence string) bool {
	t := strings.TrimSpace(sentence)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// hasTransferWord reports whether span sp of text has a word of transfer
// (transferDir): without one, transfersIn finds no frame.
func hasTransferWord(text string, sp nlp.Span) bool {
	for _, t := range nlp.Tokenize(text[sp.Start:sp.End], sp.Start) {
		if transferDir(strings.ToLower(t.Text)) != 0 {
			return true
		}
	}
	return false
}

func (t articleTerms) clone() articleTerms {
	return articleTerms{words: append([]string(nil), t.words...), ents: append([]int(nil), t.ents...)}
}

// union adds o's terms to t's.
func (t *articleTerms) union(o articleTerms) {
	for _, w := range o.words {
		if !containsString(t.words, w) {
			t.words = append(t.words, w)
		}
	}
	for _, e := range o.ents {
		if !containsInt(t.ents, e) {
			t.ents = append(t.ents, e)
		}
	}
}

func containsString(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// sketchesFit reports whether sketches can be of document d: every
// clause within its text and every sentence and entity number its own,
// so that a kept sketch that is not d's (a sum that met another's) cannot
// make buildUnits read outside the document.
func sketchesFit(sk []sketch, d *nlp.Doc) bool {
	span := func(sp nlp.Span) bool { return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(d.Text) }
	terms := func(t *articleTerms) bool {
		if t == nil {
			return true
		}
		for _, e := range t.ents {
			if e < 0 || e >= len(d.Entities) {
				return false
			}
		}
		return true
	}
	for i, k := range sk {
		if k.sentence < 0 || k.sentence >= len(d.Sentences) || !span(k.clause.Span) || !span(k.clause.Inner) ||
			k.parent >= i || k.parent < -1 || k.parent >= 0 && sk[k.parent].parent >= 0 ||
			!terms(&k.raw) || !terms(k.framed) || !terms(k.frame) {
			return false
		}
	}
	return true
}

// docSum is a 64-bit sum (FNV-1a) of what sketchArticle reads of a
// document: its text, its sentences' bounds, its entities' mentions, its
// quantities and the bounds of its times.
func docSum(d *nlp.Doc) uint64 {
	h := fnv.New64a()
	buf := make([]byte, 0, 4096)
	flush := func() {
		h.Write(buf)
		buf = buf[:0]
	}
	num := func(v int) {
		buf = binary.AppendVarint(buf, int64(v))
		if len(buf) >= 4000 {
			flush()
		}
	}
	str := func(s string) {
		num(len(s))
		flush()
		h.Write([]byte(s))
	}
	span := func(sp nlp.Span) { num(sp.Start); num(sp.End) }
	str(d.Text)
	str(d.Language.Code)
	num(len(d.Sentences))
	for _, s := range d.Sentences {
		span(nlp.Span{Start: s.Start, End: s.End})
		if s.Credit {
			num(1)
		} else {
			num(0)
		}
		if s.Cut {
			num(1)
		} else {
			num(0)
		}
	}
	num(len(d.Entities))
	for _, e := range d.Entities {
		num(len(e.Mentions))
		for _, m := range e.Mentions {
			span(m)
		}
	}
	num(len(d.Quantities))
	for _, q := range d.Quantities {
		num(q.Sentence)
		span(q.Span)
		str(q.Noun)
		str(q.Unit)
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(q.Value))
	}
	num(len(d.Times))
	for _, t := range d.Times {
		num(t.Sentence)
		span(t.Span)
	}
	flush()
	return h.Sum64()
}
