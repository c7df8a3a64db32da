package align

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// value is a number or a time stated in one sentence, with the words around
// it that say what it measures (its slot: "distance from the border",
// "when the train left").
type value struct {
	input    int
	sentence int
	kind     string // "number", "time", "place" or "person"
	q        nlp.Quantity
	t        nlp.TimeExpr
	// at is the place of q or t in its article's Quantities or Times
	// (conflict_kept.go names them by it).
	at      int
	context map[string]bool
	// near weighs each context feature by closeness to the value
	// (1/(1+distance in words)), to prefer the value a word is next to
	// when a sentence holds two.
	near map[string]float64
	// For places and persons: the story entity (-1 if none), the text as
	// written and the canonical name.
	entity     int
	text, name string
	quoteWords map[string]bool // for persons: the words of the quote
	// nameWritten tells, for persons, whether a word of the speaker's
	// name stands in the quote's own sentences outside the quoted words:
	// "…," he said and "…," the president announced give the speaker by
	// a pronoun or a title, which coreference resolved.
	nameWritten bool
	governor    string // for places: the word before ("in", "from")
	// For numbers: the content word (stem) before and the word after,
	// which say what the number measures ("injured five people",
	// "75 miles from"), and the head of the phrase it is measured from
	// ("border" in "75 miles from North Korea's land border").
	before, after, landmark string
	// For numbers: the direction word right after the value ("off" in
	// "2 nautical miles off Port Ardlow"), and the story entities and
	// content words of its whole sentence.
	direction   string
	sentFeats   map[string]bool
	sentPlaces  map[int]bool // for places: every place of the sentence
	countryName string
	// earlier marks a number or time of an earlier event than the
	// article's main one; main marks the time of the main one (event.go).
	earlier, main bool
	// dayNamed marks a time whose text names a weekday (timeface.go).
	dayNamed bool
}

// link joins two values (a before b) that may be about the same thing,
// the stronger the higher its score.
type link struct {
	a, b  int
	score float64
	// joinOnly marks a link that may bring a value into a slot other
	// sources already share, but not make a slot of two lone values.
	joinOnly bool
}

// findConflicts pairs values of the same unit whose contexts are alike
// across articles (the same slot) and reports slots whose values disagree
// after normalisation, with every variant.
func findConflicts(claims []Claim, inputs []Input, indexes []*nlp.Index, ents *nlp.StoryEntities, roots []int64, opts Options, memo *conflictMemo) []Conflict {
	byID := map[int64][]int{} // article id → its inputs
	for ii, in := range inputs {
		byID[in.ArticleID] = append(byID[in.ArticleID], ii)
	}
	claimOf := map[[2]int]int{}
	for ci, c := range claims {
		for _, r := range c.Sentences {
			for _, ii := range byID[r.ArticleID] {
				// A sentence of several clauses is in several claims;
				// its values go with the best-supported one (claims
				// come most sources first).
				if _, ok := claimOf[[2]int{ii, r.Sentence}]; !ok {
					claimOf[[2]int{ii, r.Sentence}] = ci
				}
			}
		}
	}
	var storyDate time.Time
	for _, in := range inputs {
		if in.Published.After(storyDate) {
			storyDate = in.Published
		}
	}
	vals := memo.values(inputs, indexes, ents, storyDate)
	// Slots: values of the same kind and unit from different sources with
	// alike contexts, grouped transitively.
	// Link values that may be about the same thing, strongest links first,
	// and group them transitively, never putting two values of one source
	// in a group: an article states one value per slot, so a group that
	// would hold two has run into another slot. (Copies are not linked to
	// their original, but may join its group.)
	var links []link
	// What the pairs below compare of one value, read once per value
	// rather than once per pair: its claim, and which features its
	// context and quote hold (pairSigns).
	claimAt := make([]int, len(vals))
	signs := make([]pairSigns, len(vals))
	for i := range vals {
		v := &vals[i]
		claimAt[i] = -1
		if c, ok := claimOf[[2]int{v.input, v.sentence}]; ok {
			claimAt[i] = c
		}
		signs[i] = signsOf(v)
	}
	quotes := quoteWordIDs(vals)
	contexts := contextIDs(vals)
	// linkOf is the link of values a and b (a before b), if any.
	linkOf := func(a, b int) (link, bool) {
		va, vb := &vals[a], &vals[b]
		if roots[va.input] == roots[vb.input] || va.kind != vb.kind || (va.kind == "number" && !sameMeasure(va.q, vb.q)) {
			return link{}, false
		}
		// A value of an earlier event (a previous quake's magnitude)
		// is not the main event's.
		if va.earlier != vb.earlier {
			return link{}, false
		}
		sa, sb := &signs[a], &signs[b]
		score := 0.0
		switch va.kind {
		case "place":
			// Places are compared only within one claim: sentences
			// stating the same thing.
			if claimAt[a] >= 0 && claimAt[a] == claimAt[b] && va.governor == vb.governor && sa.mayShareWord(sb) && contexts.similar(a, b) {
				score = float64(sharedFeatures(va.context, vb.context))
			}
		case "person":
			if !sa.mayShareQuote(sb) || !overlapMayReach(len(va.quoteWords), len(vb.quoteWords), 3, 5) {
				return link{}, false // overlap below 0.6
			}
			if o := overlapSorted(quotes[a], quotes[b]); o >= 0.6 {
				score = 10 * o
			}
		case "number":
			// A unit narrows what a number can be about, so fewer
			// shared words are needed ("75 miles from North Korea's
			// border with Russia", "129 km from the Russia-Korea
			// border").
			// The words next to the number must match too: "13 miles
			// east of" and "2 miles southeast of" measure different
			// things.
			next := va.before != "" && va.before == vb.before || va.after != "" && va.after == vb.after
			// "13 miles east of Cloverdale" and "2 miles from The
			// Geysers" are measured from different places.
			sameLandmark := va.landmark == "" || vb.landmark == "" || va.landmark == vb.landmark
			// What a distance is measured from ("east of The
			// Geysers") does not say what is measured: those words
			// alone do not make two distances one slot.
			if next && sameLandmark && sa.mayShareWord(sb) && sharedFeatures(withoutPlacing(va.context, va, vb), vb.context) >= 2 {
				score = closeness(va, vb)
			} else if positionedAlike(va, vb) {
				score = positionalScore
			}
			// Sentences the claim alignment found to state the same
			// thing most likely give their numbers for the same slot:
			// their links go first.
			if score > 0 && sameClaim(claimOf, va, vb) {
				score += sameClaimBonus
			}
		default:
			if !sa.mayShareFeature(sb) {
				return link{}, false // neither test below can pass
			}
			if sa.mayShareWord(sb) && contexts.similar(a, b) {
				score = closeness(va, vb)
			} else if mainTimeLink(va, vb) {
				// Ranked last, so that a main time joins its
				// slot only when its article has no other value
				// there; and only a slot of two or more
				// sources, the story's main event.
				return link{a, b, positionalScore, true}, true
			}
		}
		return link{a, b, score, false}, score > 0
	}
	// Only values of one bucket pass the first two tests of linkOf:
	// pairs are taken within buckets, not all with all; and of the
	// pairs of two values linked as they were when kept, the links are
	// the kept ones (conflict_kept.go).
	buckets := byClaimForPlaces(vals, linkBuckets(vals), claimAt)
	kept, changed := memo.keptLinks(vals, claims, claimAt, inputs, ents, roots)
	links = append(links, kept...)
	for _, bucket := range buckets {
		if changed == nil {
			for a, b := range pairsIn(bucket) {
				if l, ok := linkOf(a, b); ok {
					links = append(links, l)
				}
			}
			continue
		}
		for a, b := range changedPairsIn(bucket, changed) {
			if l, ok := linkOf(a, b); ok {
				links = append(links, l)
			}
		}
	}
	memo.keepLinks(links, vals)
	// Days of the story's happening are linked whatever their words
	// (dayhappening.go); the happening is the story's and may change as
	// articles join it, so an article's days are held by it too
	// (conflict_scan.go).
	scans := memo.scans(inputs, indexes)
	dated, hlinks := happeningLinks(vals, inputs, indexes, roots, scans, memo)
	links = append(links, hlinks...)
	// So are days of what befell one person once (personday.go).
	j := newJudge(claims, inputs, indexes, ents)
	pdated, plinks := j.personDayLinks(vals, roots, scans, memo)
	links = append(links, plinks...)
	if dated == nil {
		dated = map[*value]happening{}
	}
	maps.Copy(dated, pdated)
	slots, order := groupLinks(vals, links)
	var out []Conflict
	// shown are the values of the slots reported: count links
	// (countlink.go) join only the others.
	var shown []int
	j.vals, j.tol, j.dated = vals, opts.NumberTolerance, dated
	for members, classes := range contested(vals, slots, order, opts.NumberTolerance) {
		var judged *verdict
		if !opts.WordsOnly {
			v := j.slotOf(vals, classes)
			if v.drop {
				continue
			}
			judged = &v
		}
		out = append(out, j.conflictOf(vals, classes, claimOf, judged))
		shown = append(shown, members...)
	}
	if !opts.WordsOnly {
		out = append(out, j.countConflicts(vals, shown, roots, claimOf)...)
		out = append(out, j.clockConflicts(scans, claimOf, roots)...)
		out = append(out, j.ageConflicts(claimOf, roots)...)
	}
	return out
}

// articleValues returns the values of input i (x its index): what
// findConflicts compares across articles. They read the article's
// analysis, its publication time (the story's date when it has none),
// its language and its entities as the story's (their numbers, names
// and countries), and nothing else of the story (conflict_kept.go keeps
// them by a sum of that).
func articleValues(x *nlp.Index, i int, in Input, ents *nlp.StoryEntities, storyDate time.Time) []value {
	var vals []value
	d := x
	main, hasMain := mainTime(x.Doc, cmp.Or(in.Published, storyDate))
	for qi, q := range d.Quantities {
		if q.Sentence >= 0 && !nested(d.Quantities, qi) && !misread(d.Text, q) && !conversionOf(d.Doc, qi) {
			s := d.Sentences[q.Sentence]
			b, a := neighbours(d.Text, s, q.Span)
			ctx, near := slotContextNear(x, i, q.Span, ents)
			addNoun(ctx, near, q.Noun)
			v := value{input: i, sentence: q.Sentence, kind: "number", q: q, at: qi, context: ctx, near: near, before: b, after: a,
				landmark: landmarkOf(x, i, s, q.Span, ents), earlier: earlierNumber(x.Doc, s, q.Span, main, hasMain)}
			if directionWord[a] {
				v.direction = a
				v.sentFeats = sentenceFeatures(x, i, s, ents)
				// The places distances are measured from say
				// nothing of what is measured: "Cobb" in "four
				// miles southwest of Cobb".
				for _, l := range sentenceLandmarks(x, i, s, ents) {
					delete(v.sentFeats, l)
				}
			}
			vals = append(vals, v)
		}
	}
	for ti, t := range d.Times {
		// "Tuesday" in an article of unknown date was counted from
		// the story's date, a guess: set against "next week" of
		// another article, the two disagree only through that
		// guess. Such a value is compared by its weekday alone, or
		// not at all.
		if t.Relative && in.Published.IsZero() {
			t.Resolved = false
		}
		// "the winner of Friday's semifinal": a time in the
		// possessive dates the noun after it, not what the
		// sentence tells happened (possessiveTime, possessiveWithin).
		if t.Sentence >= 0 && !t.Dateline && (t.Resolved || t.Weekday != 0) && !possessiveTime(x.Text, t.Span.End) && !possessiveWithin(t.Text) {
			ctx, near := slotContextNear(x, i, t.Span, ents)
			vals = append(vals, value{input: i, sentence: t.Sentence, kind: "time", t: t, at: ti, context: ctx, near: near,
				earlier: earlierTime(t, main, hasMain), main: hasMain && t.Span == main.Span,
				dayNamed: namesWeekday(t.Text, cmp.Or(in.Doc.Language.Code, english.Code))})
		}
	}
	vals = append(vals, placeValues(x, i, ents)...)
	vals = append(vals, personValues(x.Doc, i, ents)...)
	return vals
}

// slotWindow is how many words on each side of a value make its context.
const slotWindow = 8

// slotContext returns the content words (stems) and story entities within
// slotWindow words of span in its sentence, leaving out numbers and time
// words.
func slotContext(d *nlp.Index, doc int, span nlp.Span, ents *nlp.StoryEntities) map[string]bool {
	ctx, _ := slotContextNear(d, doc, span, ents)
	return ctx
}

// slotContextNear is slotContext with each feature's closeness weight.
func slotContextNear(d *nlp.Index, doc int, span nlp.Span, ents *nlp.StoryEntities) (map[string]bool, map[string]float64) {
	si := d.SentenceAt(span.Start)
	if si < 0 {
		return nil, nil
	}
	s := d.Sentences[si]
	// The value's clause: commas, semicolons, dashes and brackets end the
	// context, so that in "by Tuesday morning, hours after the ship ran
	// aground on Monday" the two days do not share their words.
	cs, ce := clauseAround(d.Text, s.Start, s.End, span)
	toks := nlp.Tokenize(d.Text[cs:ce], cs)
	at := 0
	for at < len(toks) && toks[at].Span.End <= span.Start {
		at++
	}
	after := at
	for after < len(toks) && toks[after].Span.Start < span.End {
		after++
	}
	out := map[string]bool{}
	near := map[string]float64{}
	add := func(f string, dist int) {
		out[f] = true
		near[f] = max(near[f], 1/float64(1+dist))
	}
	take := func(t nlp.Token, dist int) {
		if insideValue(d.Doc, t.Span.Start) {
			return // another number or date, and its unit
		}
		w := strings.ToLower(t.Text)
		if e := d.EntityAt(t.Span.Start); e >= 0 {
			id := ents.Lookup(doc, e)
			if c := countryOf(ents, id); c != "" {
				add("E:"+c, dist)
			}
			add("E:"+strconv.Itoa(id), dist)
			// "Ardlow General Hospital" is a hospital, as "in hospital"
			// elsewhere says.
			if facilityWord[w] {
				add("W:"+slotStem(w), dist)
			}
			return
		}
		if nlp.IsStopword(w) || timeWord[w] || (w[0] >= '0' && w[0] <= '9') {
			return
		}
		add("W:"+slotStem(w), dist)
	}
	for k := max(0, at-slotWindow); k < at; k++ {
		take(toks[k], at-k)
	}
	for k := after; k < min(len(toks), after+slotWindow); k++ {
		take(toks[k], k-after+1)
	}
	return out, near
}

// clauseAround returns the bounds of the clause holding span within the
// sentence [start, end).
func clauseAround(text string, start, end int, span nlp.Span) (int, int) {
	const marks = ",;()—–"
	cs := start
	if i := strings.LastIndexAny(text[start:span.Start], marks); i >= 0 {
		cs = start + i + 1
	}
	ce := end
	// A conversion in brackets right after the value is part of it.
	from := pastConversion(text, span.End, end)
	if i := strings.IndexAny(text[from:end], marks); i >= 0 {
		ce = from + i
	}
	return cs, ce
}

// closeness sums, over the features two values share, the lesser of their
// closeness weights.
func closeness(a, b *value) float64 {
	var s float64
	for f, w := range a.near {
		if v, ok := b.near[f]; ok {
			s += min(w, v)
		}
	}
	return settle(s)
}

// insideValue reports whether off lies in a quantity or time expression of
// d.
func insideValue(d *nlp.Doc, off int) bool {
	for _, q := range d.Quantities {
		if q.Span.Start <= off && off < q.Span.End {
			return true
		}
	}
	for _, t := range d.Times {
		if t.Span.Start <= off && off < t.Span.End {
			return true
		}
	}
	return false
}

// countryOf returns a key for the country a place entity lies in, so that
// "Pyongyang" and "the North Korean capital" share a feature.
func countryOf(ents *nlp.StoryEntities, id int) string {
	if id < 0 || id >= len(ents.Entities) {
		return ""
	}
	return ents.Entities[id].Country
}

var timeWord = english.Set(lang.TimeContextWords)

// sharedFeatures counts the features two contexts share, if at least one
// of them is a word; 0 otherwise.
func sharedFeatures(a, b map[string]bool) int {
	shared, words := 0, 0
	for f := range a {
		if b[f] {
			shared++
			if strings.HasPrefix(f, "W:") {
				words++
			}
		}
	}
	if words == 0 {
		return 0
	}
	return shared
}

// inside reports whether span lies within sentence s, so that slicing the
// text between them cannot go out of range.
func inside(s nlp.Sentence, span nlp.Span) bool {
	return s.Start <= span.Start && span.Start <= span.End && span.End <= s.End
}

// neighbours returns the stem of the content word before span in sentence
// s and the lower-case word right after it.
func neighbours(text string, s nlp.Sentence, span nlp.Span) (before, after string) {
	if !inside(s, span) {
		return "", ""
	}
	toks := nlp.Tokenize(text[s.Start:span.Start], s.Start)
	for i := len(toks) - 1; i >= 0; i-- {
		w := strings.ToLower(toks[i].Text)
		if !nlp.IsStopword(w) && !hedgeWord[w] {
			before = nlp.Stem(w)
			break
		}
	}
	from := pastConversion(text, span.End, s.End)
	if rest := nlp.Tokenize(text[from:s.End], from); len(rest) > 0 {
		after = strings.ToLower(rest[0].Text)
	}
	return before, after
}

// landmark returns the head word of the phrase a distance is measured from:
// after the number, past direction words and "of", "from", "off", the last
// word of the noun phrase that follows ("border" in "75 miles from North
// Korea's tiny land border with Russia", "geysers" in "two miles east of
// The Geysers"); "" if there is none.
func landmark(text string, s nlp.Sentence, span nlp.Span) string {
	head, _, _ := landmarkPhrase(text, s, span)
	return head
}

// landmarkPhrase is landmark with the offset of the head word and the
// offset just after the phrase (-1 when there is no landmark).
func landmarkPhrase(text string, s nlp.Sentence, span nlp.Span) (head string, headAt, end int) {
	headAt, end = -1, -1
	if !inside(s, span) {
		return "", headAt, end
	}
	rest := nlp.Tokenize(text[span.End:s.End], span.End)
	i := 0
	for i < len(rest) && directionWord[strings.ToLower(rest[i].Text)] {
		i++
	}
	if i == 0 {
		return "", headAt, end
	}
	for k := i; k < len(rest); k++ {
		if k > i && strings.ContainsAny(text[rest[k-1].Span.End:rest[k].Span.Start], ",;.()") {
			break
		}
		w := strings.ToLower(rest[k].Text)
		if nlp.IsStopword(w) && !definiteArticles.Has(w) {
			break
		}
		// "of heavy fuel oil spilled from": a verb before a preposition
		// ends the phrase; "the fishing town" goes on.
		if head != "" && (pastSuffixes.SuffixOf(w) || participleSuffixes.SuffixOf(w)) && (k+1 == len(rest) || nlp.IsStopword(strings.ToLower(rest[k+1].Text))) {
			break
		}
		if !definiteArticles.Has(w) {
			head = nlp.Stem(nlp.TrimPossessive(w))
			headAt, end = rest[k].Span.Start, rest[k].Span.End
		}
	}
	return head, headAt, end
}

// directionWord are the words between a distance and what it is measured
// from.
var directionWord = english.Set(lang.DirectionWords)

// hedgeWord are words around a number that say nothing of what it counts.
var hedgeWord = english.Set(lang.HedgeWords)

// wordBefore returns the lower-case word just before off.
func wordBefore(text string, off int) string {
	toks := nlp.Tokenize(text[max(0, off-30):off], 0)
	if len(toks) == 0 {
		return ""
	}
	return strings.ToLower(toks[len(toks)-1].Text)
}

// contextSimilar reports whether two slot contexts share at least two
// features and a third of the smaller one (Dice-like overlap).
func contextSimilar(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	shared, words := 0, 0
	for f := range a {
		if b[f] {
			shared++
			if strings.HasPrefix(f, "W:") {
				words++
			}
		}
	}
	return shared >= 2 && words >= 1 && 3*shared >= min(len(a), len(b))
}

// partition splits a slot's values into classes of agreeing values.
func partition(vals []value, members []int, tol float64) [][]int {
	// Open bounds ("less than 100 miles") are set aside first: they are
	// true of many values, and should not start a class of their own when
	// they agree with every stated value.
	var closed, open []int
	for _, m := range members {
		if v := vals[m]; v.kind == "number" && (v.q.Qualifier == nlp.QualLessThan || v.q.Qualifier == nlp.QualMoreThan) {
			open = append(open, m)
		} else {
			closed = append(closed, m)
		}
	}
	var classes [][]int
	place := func(m int) {
		for ci, cl := range classes {
			ok := true
			for _, o := range cl {
				if !agree(&vals[m], &vals[o], tol) {
					ok = false
					break
				}
			}
			if ok {
				classes[ci] = append(classes[ci], m)
				return
			}
		}
		classes = append(classes, []int{m})
	}
	for _, m := range closed {
		place(m)
	}
	for _, m := range open {
		if len(classes) > 0 && agreesWithAll(vals, m, classes, tol) {
			continue
		}
		place(m)
	}
	// Likewise a value that agrees with every class (a range, a hedged
	// figure, "this month" beside "Monday" and "Sunday night") takes no
	// side: it is not shown as backing the class it was first placed in,
	// and a class of such values alone makes no conflict.
	if len(classes) > 1 {
		var kept [][]int
		for _, cl := range classes {
			var sided []int
			for _, m := range cl {
				if !agreesWithAll(vals, m, classes, tol) {
					sided = append(sided, m)
				}
			}
			if len(sided) > 0 {
				kept = append(kept, sided)
			}
		}
		classes = kept
	}
	return classes
}

func agreesWithAll(vals []value, v int, classes [][]int, tol float64) bool {
	for _, cl := range classes {
		for _, o := range cl {
			if o != v && !agree(&vals[v], &vals[o], tol) {
				return false
			}
		}
	}
	return true
}

// agree reports whether two values can both be true: numbers within the
// tolerance (or on the right side of a bound), times whose intervals
// overlap, or — when a date is unknown — the same weekday.
func agree(a, b *value, tol float64) bool {
	switch a.kind {
	case "place":
		// The same place, a place and its country, or a sentence naming
		// the other's place too: no disagreement.
		return a.entity == b.entity || a.sentPlaces[b.entity] || b.sentPlaces[a.entity] || sameName(a.name, b.name) ||
			(a.countryName != "" && a.countryName == b.name) || (b.countryName != "" && b.countryName == a.name)
	case "person":
		if a.entity >= 0 && a.entity == b.entity {
			return true
		}
		ka, kb := strings.ToLower(a.name), strings.ToLower(b.name)
		return ka == "" || kb == "" || strings.Contains(ka, kb) || strings.Contains(kb, ka) || surnameAlike(a.name, b.name)
	}
	if a.kind == "time" {
		ta, tb := a.t, b.t
		if sameDeictic(a, b) || deicticWithinSlack(a, b) {
			return true
		}
		if ta.Resolved && tb.Resolved {
			return timeResolvedAlike(a, b)
		}
		if ta.Weekday != 0 && tb.Weekday != 0 {
			return ta.Weekday == tb.Weekday
		}
		return true
	}
	qa, qb := a.q, b.q
	if !convertible(qa, qb) {
		return false // litres and tonnes: no density to compare them by
	}
	loA, hiA := bounds(qa, tol)
	loB, hiB := bounds(qb, tol)
	_, loA, hiA = inBase(qa, loA, hiA)
	_, loB, hiB = inBase(qb, loB, hiB)
	return loA <= hiB && loB <= hiA
}

// bounds returns the interval of true values a quantity's text allows: the
// number give or take half the step it is written to, but no more than
// tol of it (so "75 miles" and "129 km" disagree, "4,000 miles" is a
// round figure, and "2 nautical miles" is not anything from 1.5 to 2.5);
// widened by tol for a hedge ("about"), open on one side for a bound
// ("less than"). A slack of half a percent covers rounding in unit
// conversions.
func bounds(q nlp.Quantity, tol float64) (float64, float64) {
	// Magnitudes, so that below-zero temperatures widen the same way.
	const slack = 0.005
	lo := q.Value - min(q.Step/2, tol*math.Abs(q.Value))
	hi := q.ValueMax + min(q.Step/2, tol*math.Abs(q.ValueMax))
	lo, hi = lo-slack*math.Abs(lo), hi+slack*math.Abs(hi)
	// "Thousands of people" is a lower bound as news writes it: the
	// same camp's "over 24,000 refugees" are thousands too.
	if vagueMagnitude(q) {
		hi = math.Inf(1)
	}
	switch q.Qualifier {
	case nlp.QualLessThan:
		lo = math.Inf(-1)
	case nlp.QualMoreThan:
		hi = math.Inf(1)
	case nlp.QualAbout:
		lo, hi = min(lo, q.Value-tol*math.Abs(q.Value)), max(hi, q.ValueMax+tol*math.Abs(q.ValueMax))
	}
	return lo, hi
}

// conflictOf makes the conflict of a slot whose values are split into
// classes of agreeing values, as the judge's verdict v found it (nil when
// no verdict is asked: Options.WordsOnly). Its fact is the claim of the
// first value's sentence unless the verdict names the one both values are
// in; a time slot of one happening shows only the values dating it.
func (j *judge) conflictOf(vals []value, classes [][]int, claimOf map[[2]int]int, v *verdict) Conflict {
	first := vals[classes[0][0]]
	c := Conflict{Kind: conflictKind(vals, classes), Claim: claimOf[[2]int{first.input, first.sentence}], Unconvertible: unconvertible(vals, classes)}
	if v != nil {
		c.Slot, c.Evidence, c.Uncertain, c.Update = v.slot, v.evidence, v.uncertain, v.update
		if v.claim >= 0 {
			c.Claim = v.claim
		}
		if v.dates != "" {
			classes = j.datingOnly(vals, classes)
		}
		if v.befell != "" {
			classes = j.befellOnly(vals, classes, v.befell)
		}
		if v.earlier != nil {
			classes = earlierFirst(vals, classes, v.earlier)
		}
	}
	for _, cl := range classes {
		c.Variants = append(c.Variants, variantOf(vals, cl, j.inputs, j.indexes))
	}
	return c
}

func conflictKind(vals []value, classes [][]int) string {
	v := vals[classes[0][0]]
	switch v.kind {
	case "number":
		return ConflictNumber
	case "place":
		return ConflictPlace
	case "person":
		return ConflictPerson
	}
	for _, cl := range classes {
		if !vals[cl[0]].t.Resolved {
			return ConflictWeekday
		}
	}
	return ConflictDate
}

func variantOf(vals []value, class []int, inputs []Input, docs []*nlp.Index) Variant {
	first := vals[class[0]]
	var v Variant
	switch first.kind {
	case "number":
		v.Value = first.q.Text
		v.Normalised = normalisedNumber(first.q)
	case "time":
		v.Value = first.t.Text
		v.Normalised = normalisedTime(first.t)
	default:
		v.Value, v.Normalised = first.text, first.name
	}
	for _, m := range class {
		v.addSource(&vals[m], inputs, docs)
	}
	return v
}

// addSource credits the variant to the value's outlet with its sentence;
// the variant is dated by its earliest page and names the first source
// its sentences cite.
func (v *Variant) addSource(x *value, inputs []Input, docs []*nlp.Index) {
	in := inputs[x.input]
	if !slices.Contains(v.Outlets, in.Outlet) {
		v.Outlets = append(v.Outlets, in.Outlet)
	}
	v.Refs = append(v.Refs, Ref{ArticleID: in.ArticleID, Outlet: in.Outlet, Sentence: x.sentence, Text: docs[x.input].Sentences[x.sentence].Text})
	if !in.Published.IsZero() && (v.Published.IsZero() || in.Published.Before(v.Published)) {
		v.Published = in.Published
	}
	if v.CitedSource == "" {
		v.CitedSource = citedIn(docs[x.input].Doc, x.sentence)
	}
}

func normalisedNumber(q nlp.Quantity) string {
	s := strconv.FormatFloat(math.Round(q.Value*10)/10, 'f', -1, 64)
	if q.ValueMax != q.Value {
		s += "-" + strconv.FormatFloat(math.Round(q.ValueMax*10)/10, 'f', -1, 64)
	}
	if q.Qualifier != "" {
		s = q.Qualifier + " " + s
	}
	return s + " " + q.Unit
}

func normalisedTime(t nlp.TimeExpr) string {
	if !t.Resolved {
		s := ""
		if t.Weekday > 0 {
			s = time.Weekday(t.Weekday % 7).String() // 1 is Monday, 7 Sunday
		}
		if t.PartOfDay != "" {
			s += " " + t.PartOfDay
		}
		return s
	}
	last := t.End.AddDate(0, 0, -1)
	s := t.Start.Format("2006-01-02")
	if !last.Equal(t.Start) {
		s = fmt.Sprintf("%s/%s", s, last.Format("2006-01-02"))
	}
	if t.PartOfDay != "" {
		s += " " + t.PartOfDay
	}
	return s
}

// citedIn returns whom sentence si attributes its content to.
func citedIn(d *nlp.Doc, si int) string {
	for _, a := range d.Attributions {
		if a.Sentence == si && a.Kind != nlp.AttrReadMore && a.Kind != nlp.AttrContributed {
			if a.Via != "" {
				return a.Cited + ", citing " + a.Via
			}
			return a.Cited
		}
	}
	for _, q := range d.Quotes {
		if q.Sentence == si && !q.Direct && q.Speaker != "" {
			return q.Speaker
		}
	}
	return ""
}

// placeValues returns the mentions of places below country level (cities,
// regions, sites) in d.
func placeValues(d *nlp.Index, doc int, ents *nlp.StoryEntities) []value {
	var out []value
	perSentence := map[int]map[int]bool{}
	for ei, e := range d.Entities {
		if e.Kind != nlp.KindPlace || e.Country == e.Name {
			continue
		}
		id := ents.Lookup(doc, ei)
		for _, m := range e.Mentions {
			si := d.SentenceAt(m.Start)
			if si < 0 {
				continue
			}
			if perSentence[si] == nil {
				perSentence[si] = map[int]bool{}
			}
			perSentence[si][id] = true
			out = append(out, value{input: doc, sentence: si, kind: "place", entity: id, text: d.Text[m.Start:m.End],
				name: ents.Entities[id].Name, countryName: e.Country, context: slotContext(d, doc, m, ents),
				governor: wordBefore(d.Text, m.Start)})
		}
	}
	// Countries count as places a sentence names, so that "in Russia" and
	// "in Vladivostok" are not set against each other.
	for ei, e := range d.Entities {
		if e.Kind == nlp.KindPlace && e.Country == e.Name {
			for _, m := range e.Mentions {
				if si := d.SentenceAt(m.Start); si >= 0 && perSentence[si] != nil {
					perSentence[si][ents.Lookup(doc, ei)] = true
				}
			}
		}
	}
	for i := range out {
		out[i].sentPlaces = perSentence[out[i].sentence]
	}
	return out
}

// personValues returns the speakers of d's direct quotes of at least five
// words, to compare who said the same words in different articles.
func personValues(d *nlp.Doc, doc int, ents *nlp.StoryEntities) []value {
	var out []value
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker == "" || q.Sentence < 0 {
			continue
		}
		words := map[string]bool{}
		for _, t := range nlp.Tokenize(q.Text, 0) {
			if len(t.Text) > 2 {
				words[strings.ToLower(t.Text)] = true
			}
		}
		if len(words) < 5 {
			continue
		}
		id, name := -1, q.Speaker
		if q.SpeakerEntity >= 0 {
			id = ents.Lookup(doc, q.SpeakerEntity)
			name = ents.Entities[id].Name
		}
		out = append(out, value{input: doc, sentence: q.Sentence, kind: "person", entity: id, text: q.Speaker, name: name, quoteWords: words, nameWritten: nameInAttribution(d, q, name)})
	}
	return out
}

// overlap is the Jaccard similarity of two word sets.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a // the same count, fewer lookups
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// quoteWordIDs returns each person value's quote words as numbers (one
// per word across vals), sorted, so that overlapSorted counts shared words
// by merging two lists instead of looking each up in a map.
func quoteWordIDs(vals []value) [][]int32 {
	return sortedIDs(vals, func(v *value) map[string]bool { return v.quoteWords }, nil)
}

// valueContexts are the values' contexts as sorted lists of feature
// numbers (one per feature across the values), with which numbers are of
// words ("W:"), for contextSimilar by merging lists.
type valueContexts struct {
	ids    [][]int32
	isWord []bool
}

func contextIDs(vals []value) valueContexts {
	var c valueContexts
	c.ids = sortedIDs(vals, func(v *value) map[string]bool { return v.context }, func(f string) {
		c.isWord = append(c.isWord, strings.HasPrefix(f, "W:"))
	})
	return c
}

// sortedIDs numbers the strings of one set of each value (one number per
// string across vals, in the order first met; added is told each new
// string) and returns each value's numbers sorted.
func sortedIDs(vals []value, set func(*value) map[string]bool, added func(string)) [][]int32 {
	ids := map[string]int32{}
	out := make([][]int32, len(vals))
	for i := range vals {
		s := set(&vals[i])
		if len(s) == 0 {
			continue
		}
		l := make([]int32, 0, len(s))
		for w := range s {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
				if added != nil {
					added(w)
				}
			}
			l = append(l, id)
		}
		slices.Sort(l)
		out[i] = l
	}
	return out
}

// similar is contextSimilar of the contexts of values x and y.
func (c valueContexts) similar(x, y int) bool {
	a, b := c.ids[x], c.ids[y]
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	shared, words := 0, 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			if c.isWord[a[i]] {
				words++
			}
			i++
			j++
		}
	}
	return shared >= 2 && words >= 1 && 3*shared >= min(len(a), len(b))
}

// overlapSorted is overlap of two sets given as sorted lists of distinct
// numbers (quoteWordIDs).
func overlapSorted(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// overlapMayReach reports whether two sets of sizes la and lb may have an
// overlap (Jaccard) of num/den or more: it is at most the smaller size
// over the larger.
func overlapMayReach(la, lb, num, den int) bool {
	return den*min(la, lb) >= num*max(la, lb)
}

// misread reports whether a quantity is likely read wrong, so that its
// value is no evidence: a number right after a slash is the end of a
// fraction or a ratio ("4 1/2 hours" read as 2 hours, "41/2 months"), and
// a number glued by a hyphen to a word that is neither its unit nor its
// noun has a unit the reader did not know ("15,800-square-metre building"
// counted as houses). Tokenised text spaces the marks apart ("41 / 2
// months"), and splits a thousands separator from the group after it
// ("$1, 199" read as $1; "$2, 199" for the other model, read as $2).
func misread(text string, q nlp.Quantity) bool {
	if q.Span.Start > 0 && q.Span.Start <= len(text) && strings.HasSuffix(strings.TrimRight(text[:q.Span.Start], " "), "/") {
		return true
	}
	if splitThousands(text, q) {
		return true
	}
	i := strings.IndexAny(q.Text, "0123456789")
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(q.Text[i:], "0123456789.,")
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	word, _, _ := strings.Cut(rest[1:], " ")
	first, _, _ := strings.Cut(word, "-")
	first = strings.ToLower(first)
	return q.Noun != "" && q.Unit == q.Noun && !strings.Contains(q.Noun, first) && strings.Contains(word, "-")
}

// linkBuckets sorts the values by what two values must share to be
// linked into a slot: their kind, whether they are of an earlier event,
// and for numbers the measure (sameMeasure: one dimension, or a mass and
// a volume). Each bucket lists its values in order.
func linkBuckets(vals []value) [][]int {
	index := map[string]int{}
	var out [][]int
	for i := range vals {
		v := &vals[i]
		k := v.kind + "\x00" + strconv.FormatBool(v.earlier)
		if v.kind == "number" {
			d, _, _ := inBase(v.q, 0, 0)
			if substanceDims[d] {
				d = "\x00substance"
			}
			k += "\x00" + d
		}
		b, ok := index[k]
		if !ok {
			b = len(out)
			index[k] = b
			out = append(out, nil)
		}
		out[b] = append(out[b], i)
	}
	return out
}

// byClaimForPlaces splits each bucket of places by the claim of the
// values, in bucket order, leaving out places in no claim: two places are
// compared only within one claim, so pairs across claims are not taken.
// Other buckets are as they are.
func byClaimForPlaces(vals []value, buckets [][]int, claimAt []int) [][]int {
	var out [][]int
	for _, b := range buckets {
		if len(b) == 0 || vals[b[0]].kind != "place" {
			out = append(out, b)
			continue
		}
		at := map[int]int{} // claim → its bucket in out
		for _, v := range b {
			c := claimAt[v]
			if c < 0 {
				continue
			}
			k, ok := at[c]
			if !ok {
				k = len(out)
				at[c] = k
				out = append(out, nil)
			}
			out[k] = append(out[k], v)
		}
	}
	return out
}

// changedPairsIn yields every two members of a bucket of which one or
// both are changed, each pair once, the earlier first.
func changedPairsIn(bucket []int, changed []bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for x, c := range bucket {
			if !changed[c] {
				continue
			}
			for y, m := range bucket {
				// A pair of two changed values is taken from the
				// earlier of them.
				if y == x || y < x && changed[m] {
					continue
				}
				if !yield(min(c, m), max(c, m)) {
					return
				}
			}
		}
	}
}

// pairsIn yields every two members of a bucket, the earlier first.
func pairsIn(bucket []int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for x, a := range bucket {
			for _, b := range bucket[x+1:] {
				if !yield(a, b) {
					return
				}
			}
		}
	}
}

// splitThousands reports whether a quantity written in one to three
// digits ends where a comma, a space and a group of three digits follow
// it: the rest of its own number, cut off at the separator ("$1, 199").
func splitThousands(text string, q nlp.Quantity) bool {
	if q.Span.End <= 0 || q.Span.End > len(text) {
		return false
	}
	digits := 0
	for i := q.Span.End - 1; i >= q.Span.Start && text[i] >= '0' && text[i] <= '9'; i-- {
		digits++
	}
	if digits == 0 || digits > 3 {
		return false
	}
	rest, ok := strings.CutPrefix(text[q.Span.End:], ", ")
	if !ok || len(rest) < 3 {
		return false
	}
	for k := range 3 {
		if rest[k] < '0' || rest[k] > '9' {
			return false
		}
	}
	return len(rest) == 3 || rest[3] < '0' || rest[3] > '9'
}

// vagueMagnitude reports whether a quantity is a magnitude word with no
// figure ("thousands", "dozens"), which the reader gives a range of its
// own.
func vagueMagnitude(q nlp.Quantity) bool {
	return q.Step == 0 && q.ValueMax > q.Value && !strings.ContainsAny(q.Text, "0123456789")
}

// contested yields, in order, each group of linked values (its members)
// whose values fall in two or more classes (partition): the slots where
// outlets may disagree.
func contested(vals []value, groups map[int][]int, order []int, tol float64) iter.Seq2[[]int, [][]int] {
	return func(yield func([]int, [][]int) bool) {
		for _, r := range order {
			members := groups[r]
			if len(members) < 2 {
				continue
			}
			classes := partition(vals, members, tol)
			if len(classes) < 2 {
				continue
			}
			if !yield(members, classes) {
				return
			}
		}
	}
}

// groupLinks groups values by links, strongest first, never putting two
// values of one source in a group; it returns the groups by their root
// and the roots in the order of their first value.
func groupLinks(vals []value, links []link) (map[int][]int, []int) {
	// Strongest first; ties in the order of the values.
	slices.SortFunc(links, func(x, y link) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	parent := make([]int, len(vals))
	sources := make([]map[int]bool, len(vals))
	for i := range parent {
		parent[i] = i
		sources[i] = map[int]bool{vals[i].input: true}
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, l := range links {
		ra, rb := find(l.a), find(l.b)
		if ra == rb || l.joinOnly && len(sources[ra]) < 2 && len(sources[rb]) < 2 {
			continue
		}
		clash := false
		for src := range sources[rb] {
			if sources[ra][src] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		parent[rb] = ra
		for src := range sources[rb] {
			sources[ra][src] = true
		}
	}
	slots := map[int][]int{}
	var order []int
	for i := range vals {
		r := find(i)
		if _, ok := slots[r]; !ok {
			order = append(order, r)
		}
		slots[r] = append(slots[r], i)
	}
	return slots, order
}
