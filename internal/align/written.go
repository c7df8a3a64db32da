package align

import (
	"slices"
	"time"

	"crosscheck/internal/nlp"
)

// An article cannot report as done what happened after it was written:
// a preview of Tuesday's primaries ("Florida, 99 delegates, is
// winner-take-all") does not state that "Rubio suspended his campaign
// Tuesday night", however many words the two share. So when the fact
// asserts a happening as done and dates it, in the past of its own
// article, to a day after an outlet's article was published, that
// outlet's sentence does not state it (the issue's "will face a
// confidence vote" against "lost the vote by one vote").

// writtenBefore reports whether sentence unit s was published before
// the day fact unit r dates the happening it asserts as done.
func (k *statedCheck) writtenBefore(r, s int) bool {
	ri, si := k.units[r].input, k.units[s].input
	if ri >= len(k.published) || si >= len(k.published) {
		return false
	}
	factDay, sentDay := k.published[ri], k.published[si]
	mains := k.mainPredicates(r)
	if factDay.IsZero() || sentDay.IsZero() || !assertsFact(mains) {
		return false
	}
	// A sentence that tells the fact's happening as done itself shows
	// that the time dates something else ("Tuesday marks four weeks
	// since Trump won Indiana", "two days after Trump's win in
	// Indiana").
	su := &k.units[s]
	if slices.ContainsFunc(mains, func(m predicate) bool {
		return m.mood == moodFact && slices.ContainsFunc(su.preds, func(q predicate) bool { return q.concept == m.concept && q.mood == moodFact })
	}) {
		return false
	}
	// The outlet's article covers all of its own day.
	written := sentDay.Truncate(24 * time.Hour).Add(24 * time.Hour)
	sp := k.units[r].clause.Span
	for _, t := range k.docs[ri].Times {
		if !t.Resolved || t.Dateline || t.Span.Start < sp.Start || t.Span.End > sp.End {
			continue
		}
		if !t.Start.Before(written) && !t.Start.After(factDay) && k.datesDone(r, t) {
			return true
		}
	}
	return false
}

// datesDone reports whether time t of unit u dates a happening u asserts
// as done: the verb the time follows, nearest first, else the nearest
// after it, is one of u's main predicates, told as a fact, and not a verb
// of saying.
func (k *statedCheck) datesDone(u int, t nlp.TimeExpr) bool {
	text := k.docs[k.units[u].input].Text
	sp := k.units[u].clause.Span
	toks := nlp.Tokenize(text[sp.Start:sp.End], sp.Start)
	// A verb before the time is the one it dates ("clinched the
	// nomination on Monday night, when …"); one after it only when none
	// is before ("On Monday, Clinton clinched").
	concept, _ := timedVerb(toks, t.Span, nil, true)
	return concept != "" && slices.ContainsFunc(k.mainPredicates(u), func(p predicate) bool { return p.concept == concept && p.mood == moodFact })
}
