package align

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"crosscheck/internal/nlp"
)

// An outlet that gives another figure for what the fact counts or
// measures does not state the fact: "more than 5,000 dead" and "1,500
// dead" are not "5,383 dead", however alike the rest of the sentence.
// The two figures belong side by side as a conflict or an update (the
// conflict finder sees them there), not under one fact credited to both.

// creditTolerance is how far, as a share of the figure, two figures may
// lie apart and still be one figure as written: enough for a unit
// converted and rounded ("75 miles", "121 km"), not for a round figure
// standing for a precise one ("5,000" for "5,383"). Set before
// measuring, from what a fact-checker would accept as "the same number".
const creditTolerance = 0.02

// figureDiffers reports whether sentence unit s gives, for something the
// fact unit r counts or measures, only figures r does not give: a figure
// of s in the same slot as one of r (the same thing counted, or the same
// measure next to the same word), neither of which agrees with any
// figure the other gives.
func (k *statedCheck) figureDiffers(r, s int) bool {
	fact := k.figuresIn(r)
	if len(fact) == 0 {
		return false
	}
	said := k.figuresIn(s)
	for _, a := range fact {
		if slices.ContainsFunc(said, func(b figure) bool { return sameFigure(a.q, b.q) }) {
			continue
		}
		for _, b := range said {
			if sameSlot(a, b) && !slices.ContainsFunc(fact, func(c figure) bool { return sameFigure(c.q, b.q) }) {
				return true
			}
		}
	}
	return false
}

// figureMissing reports whether the fact unit r gives a figure that
// sentence unit s neither gives nor replaces by another figure of the
// same slot: "Eleven of the cars were carrying hazardous materials" is
// not stated by "other cars were carrying hazardous materials". A figure
// is a detail a reader takes the outlet to have given when it is
// credited with the fact; an outlet that tells only the rest states a
// part of it. A figure of the same slot that differs, or another count
// of the same thing told with other verbs ("two sailors were treated",
// "three crew members were taken to hospital"), is left to the conflicts
// and figureDiffers, where the two still meet.
func (k *statedCheck) figureMissing(r, s int) bool {
	fact := k.figuresOf(r)
	if len(fact) == 0 {
		return false
	}
	said := k.figuresOf(s)
	for _, a := range fact {
		if !a.detail() {
			continue
		}
		if !slices.ContainsFunc(said, func(b figure) bool { return sameFigure(a.q, b.q) || sameSlot(a, b) || sameCounted(a.q, b.q) }) {
			return true
		}
	}
	return false
}

// detail reports whether a figure is a detail of the happening its
// clause tells, which an outlet must give to be credited with the fact:
// not a magnitude with no figure of its own ("thousands", "tens of
// millions of shells", Step 0: "a huge stockpile" says as much), not a
// measure joined to its noun as a modifier ("152-mm shells", "a 12-story
// condo": it names the kind of thing, as an adjective does), and not a
// figure of a clause that tells no happening ("Vladivostok, which is 129
// km from the border" describes the place, not the meeting held there).
//
// Only counts are held to it ("eleven of the cars", "three guns", "1,237
// delegates"): a measure (a distance, a span of time) tells where or
// when, and places and times have rules of their own. A count after a
// definite article ("the two countries") names a set the reader already
// knows, not a new figure.
func (f figure) detail() bool {
	return f.q.Step > 0 && f.q.Noun != "" && !f.known && len(f.events) > 0 && !attributiveMeasure(f.q.Text)
}

// afterDefinite reports whether the last word of text is a definite
// article.
func afterDefinite(text string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && definiteArticles.Has(strings.ToLower(f[len(f)-1]))
}

// attributiveMeasure reports whether a quantity is written as a compound
// modifier: its number and unit joined by a hyphen ("152-mm", "12-story").
func attributiveMeasure(text string) bool {
	i := strings.IndexFunc(text, func(r rune) bool { return r != '.' && r != ',' && !unicode.IsDigit(r) })
	return i > 0 && text[i] == '-'
}

// figuresOf is figuresIn of unit u, read once (a claim of n members asks
// it n² times).
func (k *statedCheck) figuresOf(u int) []figure {
	f, ok := k.figures[u]
	if !ok {
		f = k.figuresIn(u)
		k.figures[u] = f
	}
	return f
}

// figure is a number of a unit with the words around it and the event
// words of the clause that holds it.
type figure struct {
	q             nlp.Quantity
	before, after string
	events        map[string]bool
	// known is whether a definite article stands right before the
	// figure ("the two countries").
	known bool
}

// figuresIn returns the numbers within unit u's span, numbers nested in
// a longer one and misread ones left out.
func (k *statedCheck) figuresIn(u int) []figure {
	un := &k.units[u]
	d := &k.docs[un.input]
	sp := un.clause.Span
	var out []figure
	for i, q := range d.Quantities {
		if q.Sentence != un.sentence || q.Span.Start < sp.Start || q.Span.End > sp.End || nested(d.Quantities, i) || misread(d.Text, q) {
			continue
		}
		if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
			continue
		}
		b, a := neighbours(d.Text, d.Sentences[q.Sentence], q.Span)
		out = append(out, figure{q: q, before: b, after: a, events: k.clauseEvents(u, q.Span), known: afterDefinite(d.Text[d.Sentences[q.Sentence].Start:q.Span.Start])})
	}
	return out
}

// clauseEvents returns the event words of the narrowest clause of unit
// u's sentence that holds span (a clause nested inside another is not
// part of it).
func (k *statedCheck) clauseEvents(u int, span nlp.Span) map[string]bool {
	whole := sentenceOf(k.units, u)
	best, size := whole, k.units[whole].clause.Span.End-k.units[whole].clause.Span.Start
	for _, c := range k.clauses[whole] {
		cl := k.units[c].clause
		if cl.Span.Start > span.Start || span.End > cl.Span.End || cl.Span.End-cl.Span.Start >= size ||
			cl.Inner != (nlp.Span{}) && cl.Inner.Start <= span.Start && span.End <= cl.Inner.End {
			continue
		}
		best, size = c, cl.Span.End-cl.Span.Start
	}
	out := map[string]bool{}
	for _, p := range k.units[best].preds {
		if p.concept != "" {
			out[p.concept] = true
		}
	}
	return out
}

// sameSlot reports whether two figures may count or measure one thing of
// one happening: their clauses share an event word ("Vladivostok, which
// is 129 kilometers from the border" describes the place, whatever
// "would meet in Vladivostok, less than 100 miles from the border"
// tells), and they are counts of the same noun, or of people, or
// measures of one dimension next to the same word ("35 percent of",
// "won 35 percent").
func sameSlot(a, b figure) bool {
	if !shareKey(a.events, b.events) {
		return false
	}
	if a.q.Noun != "" || b.q.Noun != "" {
		return sameCounted(a.q, b.q)
	}
	return convertible(a.q, b.q) && (a.before != "" && a.before == b.before || a.after != "" && a.after == b.after)
}

// sameCounted reports whether two quantities count the same noun, or
// people.
func sameCounted(a, b nlp.Quantity) bool {
	return a.Noun != "" && b.Noun != "" && (concept(a.Noun) == concept(b.Noun) || a.Unit == b.Unit && a.Unit == peopleUnit)
}

// peopleUnit is the unit of every count of people.
const peopleUnit = "people"

// sameFigure reports whether two quantities are one figure as written:
// the same bound ("more than 5,000" is not "5,383"; a hedge, "about 240",
// bounds nothing), and values, converted, within their rounding and
// creditTolerance of each other.
func sameFigure(a, b nlp.Quantity) bool {
	if bound(a) != bound(b) || !convertible(a, b) {
		return false
	}
	loA, hiA := figureBounds(a)
	loB, hiB := figureBounds(b)
	_, loA, hiA = inBase(a, loA, hiA)
	_, loB, hiB = inBase(b, loB, hiB)
	return loA <= hiB && loB <= hiA
}

// bound is a quantity's qualifier when it bounds the figure (more than,
// less than), else "".
func bound(q nlp.Quantity) string {
	if q.Qualifier == nlp.QualAbout {
		return nlp.QualExact
	}
	return q.Qualifier
}

// figureBounds is the interval a figure's text allows: give or take half
// the step it is written to, but no more than creditTolerance of it, and
// half a percent for rounding in conversions.
func figureBounds(q nlp.Quantity) (float64, float64) {
	const slack = 0.005
	lo := q.Value - min(q.Step/2, creditTolerance*math.Abs(q.Value))
	hi := q.ValueMax + min(q.Step/2, creditTolerance*math.Abs(q.ValueMax))
	return lo - slack*math.Abs(lo), hi + slack*math.Abs(hi)
}

// apartByFigure takes out of each claim the members whose sentence gives
// another figure than the claim's representative for what it counts or
// measures: each whole sentence becomes a claim of its own, after all
// the claims, credited with no doubt (its sentence is the fact); a
// clause is dropped (its sentence is elsewhere). moved tells whether any
// left.
func (k *statedCheck) apartByFigure(claims [][]member) (out [][]member, moved bool) {
	out = make([][]member, len(claims))
	var alone [][]member
	for i, ms := range claims {
		rep := slices.IndexFunc(ms, func(m member) bool { return m.rep })
		if len(ms) < 2 || rep < 0 {
			out[i] = ms
			continue
		}
		for j, m := range ms {
			if j == rep || !k.figureDiffers(ms[rep].unit, sentenceOf(k.units, m.unit)) {
				out[i] = append(out[i], m)
				continue
			}
			moved = true
			if !m.contains && k.units[m.unit].parent < 0 {
				// Its own claim's fact is its own sentence, which it
				// states by construction: the doubt markUncertain had
				// about its credit with the representative's fact
				// goes with that fact.
				m.uncertain = ""
				alone = append(alone, []member{m})
			}
		}
	}
	return append(out, alone...), moved
}

// shareKey reports whether two sets share a member.
func shareKey(a, b map[string]bool) bool {
	for x := range a {
		if b[x] {
			return true
		}
	}
	return false
}
