package align

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// buildUnits makes the units to align: every sentence whole, followed by
// its clauses when it has more than one that is not a reported-speech
// frame. Each unit gets its weighted terms and its era. What an article
// alone decides of its units (sketch) is taken from kept when the
// article's analysis is the one it was made of (its docSum), and returned
// for every article, to be kept for the next alignment (nil without
// unique article ids). The units' vectors number their terms by their
// place among the names returned (the story's terms, sorted).
func buildUnits(inputs []Input, docs []nlp.Doc, indexes []*nlp.Index, ents *nlp.StoryEntities, kept map[int64]keptArticle, held map[int64]*articlePlaces, analysis *analysisSums) ([]unit, []string, map[int64]keptArticle, map[int64]*articlePlaces) {
	// Articles of unknown date are placed by the latest known one.
	var storyDate time.Time
	for _, in := range inputs {
		if in.Published.After(storyDate) {
			storyDate = in.Published
		}
	}
	var next map[int64]keptArticle
	var places map[int64]*articlePlaces
	if uniqueArticles(inputs) {
		next = make(map[int64]keptArticle, len(inputs))
		places = make(map[int64]*articlePlaces, len(inputs))
	} else {
		kept, held = nil, nil
	}
	// The sketches first, so that the units are made in slices of
	// their size (appending a unit at a time copied them over and over:
	// a quarter of buildUnits on a 1,000-article story).
	sketches := make([][]sketch, len(docs))
	n := 0
	for i := range docs {
		d := &docs[i]
		sum := docSum(d)
		if ka, ok := kept[inputs[i].ArticleID]; ok && ka.sum == sum && sketchesFit(ka.units, d) {
			sketches[i] = ka.units
		} else {
			sketches[i] = sketchArticle(d, indexes[i])
		}
		if next != nil {
			next[inputs[i].ArticleID] = keptArticle{sum: sum, units: sketches[i]}
		}
		n += len(sketches[i])
	}
	units := make([]unit, 0, n)
	raw, framed := make([]map[string]bool, 0, n), make([]map[string]bool, 0, n)
	ownFramed := make([]bool, 0, n) // whether a unit's framed terms are a set of their own, not its raw ones
	for i := range docs {
		d := &docs[i]
		times := make([][]nlp.TimeExpr, len(d.Sentences))
		for _, t := range d.Times {
			if t.Sentence >= 0 && t.Sentence < len(times) {
				times[t.Sentence] = append(times[t.Sentence], t)
			}
		}
		sk := sketches[i]
		// What the units read of the article alone, held while its
		// analysis is the one read (places_kept.go).
		pl := placesOf(held, inputs[i], indexes[i], sk, analysis.of(i))
		if places != nil {
			places[inputs[i].ArticleID] = pl
		}
		published := cmp.Or(inputs[i].Published, storyDate)
		base := len(units)
		for n, k := range sk {
			p := &pl.units[n]
			u := unit{input: i, sentence: k.sentence, clause: k.clause, parent: -1,
				era:   eraWith(datedPast(k.clause, times[k.sentence], published), k.future),
				preds: k.preds, wheres: wheresOf(p.wheres, i, ents), whens: p.whens, years: p.years, spans: p.spans}
			if k.parent >= 0 {
				u.parent = base + k.parent
			}
			if k.transferWord {
				u.transfers = transfersOf(p.transfers, i, ents)
			}
			// Each set is made at its size: growing them was most of
			// the sets' cost.
			if k.frame != nil {
				u.frame = make(map[string]bool, k.frame.size())
				k.frame.addTo(u.frame, i, ents)
			}
			r := make(map[string]bool, k.raw.size())
			k.raw.addTo(r, i, ents)
			f := r
			if k.framed != nil {
				f = make(map[string]bool, k.framed.size())
				k.framed.addTo(f, i, ents)
			}
			units = append(units, u)
			raw, framed = append(raw, r), append(framed, f)
			ownFramed = append(ownFramed, k.framed != nil)
		}
	}
	counted := countedInputs(inputs)
	whole := func(i int) bool { return units[i].parent < 0 && counted[units[i].input] }
	names, rawSets, framedSets := numberTerms(raw, framed, ownFramed)
	terms, framedTerms, vecs, framedVecs := weigh(rawSets, framedSets, ownFramed, whole, names)
	for i := range units {
		units[i].terms, units[i].vec = terms[i], vecs[i]
		units[i].framed, units[i].framedVec = framedTerms[i], framedVecs[i]
	}
	return units, names, next, places
}

// uniqueArticles reports whether no two inputs share an ArticleID, so that
// an article's id names it across alignments.
func uniqueArticles(inputs []Input) bool {
	ids := make(map[int64]bool, len(inputs))
	for _, in := range inputs {
		ids[in.ArticleID] = true
	}
	return len(ids) == len(inputs)
}

// framesOf returns the indexes of the reported-speech frames that report
// clause k: the nearest frame before it, else the nearest after it
// (", officials said").
func framesOf(clauses []nlp.Clause, k int) []int {
	var out []int
	for j := k - 1; j >= 0 && len(out) == 0; j-- {
		if clauses[j].Frame {
			out = append(out, j)
		}
	}
	for j := k + 1; j < len(clauses) && len(out) == 0; j++ {
		if clauses[j].Frame {
			out = append(out, j)
		}
	}
	return out
}

// termWeight is one term of a unit's vector: the term's number (its place
// among the story's terms in sorted order) and its weight.
type termWeight struct {
	term int32
	w    float64
}

// numberTerms numbers the terms of the units' term sets in sorted order,
// so that a product of two units' vectors (vec, framedVec) sums in the
// same order on every run: the terms in that order, and each unit's raw
// and framed terms as their numbers, ascending (a unit's framed numbers
// are its raw ones unless own says it has a framed set of its own). Each
// term is looked up once where it occurs: numbered first as met, then
// renumbered by its place in the sorted names.
func numberTerms(raw, framed []map[string]bool, own []bool) ([]string, [][]int32, [][]int32) {
	met := map[string]int32{}
	var byMet []string
	number := func(set map[string]bool) []int32 {
		out := make([]int32, 0, len(set))
		for t := range set {
			id, ok := met[t]
			if !ok {
				id = int32(len(byMet))
				met[t] = id
				byMet = append(byMet, t)
			}
			out = append(out, id)
		}
		return out
	}
	rawSets, framedSets := make([][]int32, len(raw)), make([][]int32, len(raw))
	for i := range raw {
		rawSets[i] = number(raw[i])
		framedSets[i] = rawSets[i]
		if own[i] {
			framedSets[i] = number(framed[i])
		}
	}
	order := make([]int32, len(byMet))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(byMet[a], byMet[b]) })
	names := make([]string, len(byMet))
	place := make([]int32, len(byMet))
	for p, m := range order {
		names[p], place[m] = byMet[m], int32(p)
	}
	renumber := func(set []int32) {
		for k, m := range set {
			set[k] = place[m]
		}
		slices.Sort(set)
	}
	for i := range raw {
		renumber(rawSets[i])
		if own[i] {
			renumber(framedSets[i])
		}
	}
	return names, rawSets, framedSets
}
