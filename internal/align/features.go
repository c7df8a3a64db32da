package align

import (
	"cmp"
	"crosscheck/internal/lang"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// unit is one sentence or one clause of a sentence being aligned.
type unit struct {
	input    int // index into the inputs
	sentence int
	clause   nlp.Clause
	terms    map[string]float64 // term → weight, L2-normalised after weighting
	// vec is terms as a list in the order of the terms, for dot products
	// that look nothing up; framedVec is framed likewise.
	vec, framedVec []termWeight
	// parent is the unit of the clause's whole sentence; -1 for a unit
	// that is a whole sentence.
	parent int
	// framed is terms with those of the reported-speech frame that
	// reports the clause: what the clause says and who says it.
	framed map[string]float64
	// frame holds, for a whole sentence, the terms of its reported-speech
	// frames: who says it, not what is said.
	frame map[string]bool
	// era is -1 for a clause about the past (it dates itself well before
	// the article: "first met in 2019"), +1 for one about what will or may
	// happen ("would meet", "plans to visit"), 0 when it does not say.
	era int
	// transfers are the transfer frames a whole sentence states (see
	// transfer.go).
	transfers []transfer
	// preds are the event words the unit states, each with its mood
	// (predicate.go).
	preds []predicate
	// wheres are the story entities the unit places what it states at.
	wheres []int
	// whens are the times the unit states, normalised (whensIn).
	whens []string
	// years are the unit's times coarser than a day (yearsIn).
	years []nlp.TimeExpr
	// spans are those of whens that tell a stretch of time ("over the
	// past 20 years", "since 2015"), not a moment (spansIn).
	spans []string
}

// eraOf tells whether a clause is about the past or the future; see
// unit.era. A date more than a month before the article's publication
// makes it past; a future or modal auxiliary, or a verb of planning, makes
// it future, unless it is also past.
func eraOf(text string, c nlp.Clause, times []nlp.TimeExpr, published time.Time) int {
	return eraWith(datedPast(c, times, published), saysFuture(text, c))
}

// eraWith is unit.era of a clause that dates itself in the past or not
// (datedPast) and says the future or not (saysFuture): past wins.
func eraWith(past, future bool) int {
	switch {
	case past:
		return -1
	case future:
		return 1
	}
	return 0
}

// datedPast reports whether a time of the clause dates it more than a
// month before the article's publication.
func datedPast(c nlp.Clause, times []nlp.TimeExpr, published time.Time) bool {
	for _, t := range times {
		if t.Span.Start >= c.Span.Start && t.Span.End <= c.Span.End && t.Resolved && !t.Dateline && !published.IsZero() && t.End.Before(published.AddDate(0, -1, 0)) {
			return true
		}
	}
	return false
}

// saysFuture reports whether the clause has a future or modal auxiliary
// or a verb of planning: read from its words alone.
func saysFuture(text string, c nlp.Clause) bool {
	for _, t := range nlp.Tokenize(text[c.Span.Start:c.Span.End], 0) {
		if futureWord[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

var futureWord = english.Set(lang.FutureWords)

// clauseTerms returns the raw terms of a clause: content-word concepts
// (folded spelling, stem, paraphrase group), story entity ids (which make
// "Kim Jong-un" and "the North Korean leader" the same term) and
// quantities. A nested clause's words are left to it. Resolved dates are
// no terms of their own (the words of a time expression stay): dates are
// where outlets disagree ("Monday", "Sunday night"), and on the seeds and
// ECB+ day and weekday terms linked sentences about different facts.
func clauseTerms(x *nlp.Index, c nlp.Clause, docIndex int, ents *nlp.StoryEntities, quantities []nlp.Quantity) map[string]bool {
	out := map[string]bool{}
	clauseTermsOf(x, c, quantities).addTo(out, docIndex, ents)
	return out
}

// articleTerms are a clause's raw terms as its article alone tells them:
// the words and quantities as terms, the story entities by the article's
// own entity numbers (which story entity each is depends on the story's
// other articles).
type articleTerms struct {
	words []string
	ents  []int
}

// size is at most how many terms addTo adds: two entities of the
// article may be one story entity.
func (t articleTerms) size() int { return len(t.ents) + len(t.words) }

// addTo adds the terms to set, the entities as the story entities of
// document doc.
func (t articleTerms) addTo(set map[string]bool, doc int, ents *nlp.StoryEntities) {
	for _, e := range t.ents {
		set["E:"+strconv.Itoa(ents.Lookup(doc, e))] = true
	}
	for _, w := range t.words {
		set[w] = true
	}
}

// clauseTermsOf returns what clauseTerms returns, with the entities by the
// article's numbers.
func clauseTermsOf(x *nlp.Index, c nlp.Clause, quantities []nlp.Quantity) articleTerms {
	d := x.Doc
	in := func(sp nlp.Span) bool {
		return sp.Start >= c.Span.Start && sp.End <= c.Span.End && (sp.End <= c.Inner.Start || sp.Start >= c.Inner.End)
	}
	var out articleTerms
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out.words = append(out.words, w)
		}
	}
	covered := map[int]bool{} // token starts inside mentions, numbers or dates
	cover := func(sp nlp.Span) {
		for _, t := range nlp.Tokenize(d.Text[sp.Start:sp.End], sp.Start) {
			covered[t.Span.Start] = true
		}
	}
	for _, m := range x.MentionsIn(c.Span.Start, c.Span.End) {
		if in(m.Span) {
			if !slices.Contains(out.ents, m.Entity) {
				out.ents = append(out.ents, m.Entity)
			}
			cover(m.Span)
		}
	}
	for _, q := range quantities {
		if !in(q.Span) {
			continue
		}
		// A count is a term with what it counts: "two sailors" and "two
		// people" in unrelated sentences are not alike.
		unit := cmp.Or(q.Noun, q.Unit)
		add("Q:" + unit + ":" + strconv.FormatFloat(roundSig(q.Value), 'g', -1, 64))
	}
	for _, t := range nlp.Tokenize(d.Text[c.Span.Start:c.Span.End], c.Span.Start) {
		if covered[t.Span.Start] || !in(t.Span) {
			continue
		}
		w := strings.ToLower(t.Text)
		if len(w) < 2 || nlp.IsStopword(w) {
			continue
		}
		add("W:" + concept(w))
	}
	return out
}

// roundSig rounds v to two significant digits so that near-equal quantities
// ("120.7 km", "129 km") share a term.
func roundSig(v float64) float64 {
	if v == 0 {
		return 0
	}
	mag := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-1)
	return math.Round(v/mag) * mag
}

// weigh turns each unit's term sets, raw and framed, given as the term
// numbers of its terms ascending (the place of the term among names, the
// story's terms in sorted order), into L2-normalised tf-idf vectors, with
// inverse document frequency counted over the units counted says (the
// whole sentences of the counted articles, frozen.go: a clause's terms
// are its sentence's too): as maps by term, and as term numbers
// ascending. A unit whose framed set is its raw set (own false) shares
// its raw vectors as framed ones: a whole sentence's framed set is its
// raw set, so the framed sets' counts are the raw sets' and each of
// those vectors would be made again to the bit.
func weigh(raw, framed [][]int32, own []bool, counted func(i int) bool, names []string) (terms, framedTerms []map[string]float64, vecs, framedVecs [][]termWeight) {
	idf := idfOf(raw, counted, names)
	framedIdf, sameIdf := idf, true
	for i := range raw {
		if own[i] && counted(i) {
			framedIdf, sameIdf = idfOf(framed, counted, names), false
			break
		}
	}
	terms, framedTerms = make([]map[string]float64, len(raw)), make([]map[string]float64, len(raw))
	vecs, framedVecs = make([][]termWeight, len(raw)), make([][]termWeight, len(raw))
	for i := range raw {
		terms[i], vecs[i] = weighed(raw[i], idf, names)
		if own[i] || !sameIdf {
			framedTerms[i], framedVecs[i] = weighed(framed[i], framedIdf, names)
		} else {
			framedTerms[i], framedVecs[i] = terms[i], vecs[i]
		}
	}
	return terms, framedTerms, vecs, framedVecs
}

// idfOf is each term's weight before the norm, the same for every unit:
// made once, by the same operations.
func idfOf(sets [][]int32, counted func(i int) bool, names []string) []float64 {
	df := make([]int, len(names))
	n := 0.0
	for i, set := range sets {
		if !counted(i) {
			continue
		}
		n++
		for _, t := range set {
			df[t]++
		}
	}
	idf := make([]float64, len(names))
	for t, name := range names {
		w := math.Log(1 + n/float64(max(df[t], 1)))
		if name[0] == 'E' || name[0] == 'Q' {
			w *= 1.5 // names and numbers say more about a fact than words
		}
		idf[t] = w
	}
	return idf
}

// weighed is the vector of one term set under idf.
func weighed(set []int32, idf []float64, names []string) (map[string]float64, []termWeight) {
	// In sorted order: the same sum, to the bit, on every run.
	vec := make([]termWeight, len(set))
	var norm float64
	for k, t := range set {
		w := idf[t]
		vec[k] = termWeight{term: t, w: w}
		norm += w * w
	}
	norm = math.Sqrt(norm)
	v := make(map[string]float64, len(vec))
	for k := range vec {
		vec[k].w /= norm
		v[names[vec[k].term]] = vec[k].w
	}
	return v, vec
}
