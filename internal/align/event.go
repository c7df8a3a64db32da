package align

import (
	"crosscheck/internal/lang"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// An article dates its main event in its first time expression that is not
// about the future (news puts when it happened in its opening lines:
// "A 5.6 magnitude earthquake hit an island off Iran's southern coast on
// Sunday"). A value tied to a time wholly before that, or to a noun marked
// as an earlier one ("the previous quake"), belongs to an earlier event —
// "A powerful quake with a magnitude of 6.1 struck southern Iran in
// September" — and is compared only with other outlets' values of earlier
// events, never with the main event's.

// mainTime returns the article's main event time: its first resolved time
// expression outside a dateline that does not start after published; ok is
// false if it has none.
// If that expression is a weekday the analyser could not date (no
// publication date), the main event is undated: ok is false.
func mainTime(d *nlp.Doc, published time.Time) (t nlp.TimeExpr, ok bool) {
	for _, t := range d.Times {
		if t.Dateline || t.Sentence < 0 || !t.Resolved && t.Weekday == 0 {
			continue
		}
		if t.Resolved && !published.IsZero() && t.Start.After(published) {
			continue
		}
		return t, t.Resolved
	}
	return nlp.TimeExpr{}, false
}

// leadSentences is how many of an article's first sentences make its lead,
// where news states its main event and when it happened.
const leadSentences = 2

// mainTimeLink reports whether two times may be linked as their
// articles' main event times: both are, both are stated in the lead, and
// their clauses share a name or a word. Outlets word the main event
// apart ("struck Gannet Ledge last night", "ran aground on Gannet Ledge
// late on Monday"), but a story is about one event, and its lead says
// when it happened.
func mainTimeLink(a, b *value) bool {
	if !a.main || !b.main || a.sentence >= leadSentences || b.sentence >= leadSentences {
		return false
	}
	for f := range a.context {
		if b.context[f] {
			return true
		}
	}
	return false
}

// before reports whether time t ends no later than main starts.
func before(t, main nlp.TimeExpr) bool {
	return t.Resolved && !t.End.After(main.Start)
}

// coarse reports whether a time is written at a precision coarser than a
// day ("in September", "last week", "in 2011").
func coarse(t nlp.TimeExpr) bool {
	switch t.Granularity {
	case nlp.GranWeek, nlp.GranMonth, nlp.GranYear:
		return true
	}
	return t.End.Sub(t.Start) > 48*time.Hour
}

// earlierTime reports whether a time value dates an earlier event than its
// article's main one: a week, month or year that ends before the main
// event's day. (A day before it may be a step of the main story — "the
// train left on Sunday night", arriving on Tuesday — so days are left to
// conflict.)
func earlierTime(t nlp.TimeExpr, main nlp.TimeExpr, ok bool) bool {
	return ok && t.Span != main.Span && coarse(t) && before(t, main)
}

// earlierNumber reports whether the number at span is tied to an earlier
// event than its article's main one: its clause holds a time that ends
// before the main event, or the noun phrase it is in calls its thing an
// earlier one ("the previous quake", "an earlier 4.4 tremor").
func earlierNumber(d *nlp.Doc, s nlp.Sentence, span nlp.Span, main nlp.TimeExpr, ok bool) bool {
	if !inside(s, span) {
		return false
	}
	cs, ce := clauseAround(d.Text, s.Start, s.End, span)
	if ok {
		for _, t := range d.Times {
			if t.Span.Start >= cs && t.Span.End <= ce && t.Span != main.Span && before(t, main) {
				return true
			}
		}
	}
	// The words from the phrase's determiner to the number, and the two
	// after it up to the counted thing.
	toks := nlp.Tokenize(d.Text[cs:ce], cs)
	at := 0
	for at < len(toks) && toks[at].Span.End <= span.Start {
		at++
	}
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		w := strings.ToLower(toks[k].Text)
		if earlierWord[w] && k > 0 && determiner[strings.ToLower(toks[k-1].Text)] {
			return true
		}
		if determiner[w] {
			break
		}
	}
	after := at
	for after < len(toks) && toks[after].Span.Start < span.End {
		after++
	}
	for k := after; k < min(len(toks), after+2); k++ {
		if w := strings.ToLower(toks[k].Text); earlierWord[w] {
			return true
		} else if nlp.IsStopword(w) {
			break
		}
	}
	return false
}

// earlierWord mark a noun's thing as one before the one the story is
// about.
var earlierWord = english.Set(lang.EarlierWords)

var determiner = english.Set(lang.EventDeterminers)
