package nlp

import (
	"strings"
	"time"
)

// UnresolvedPossessiveDay is why a weekday in the possessive is left
// undated: "Monday's debate" names the day of the debate, and nothing in
// the phrase says whether that Monday is past or ahead.
const UnresolvedPossessiveDay = "a weekday in the possessive, whose week the clause does not tell"

// A weekday in the possessive ("Monday's debate", "Tuesday's Florida
// primary") dates the thing it owns, not the clause it stands in, and has
// no tense of its own: "Trump will try to recover from Monday's debate" is
// told in the future about a debate already held, "Rubio campaigned ahead
// of Tuesday's primary" in the past about one to come. The clause's tense
// dates the weekday only when the words before it place the owned thing
// in step with it: at the same time ("struggled in Monday's debate", "won
// Tuesday's primary", "Monday's debate was"), before a clause told in the
// past ("reeling from Monday's debate"), after one told in the future
// ("will campaign ahead of Tuesday's primary"). Otherwise, and with no
// tense at all, it is left undated rather than placed by default. A verb
// that acts only on a thing already done ("her client will appeal
// Wednesday's verdict") places it before the telling whatever its tense:
// the weekday is the last one up to the reference day.

// possessiveDay reports whether the expression text[start:end] is a
// weekday named alone (no "last", "next", "this" before it in the
// expression), followed by a possessive ending.
func possessiveDay(text string, start, end int) bool {
	if possessiveAt(text[end:]) == "" {
		return false
	}
	first, _, _ := strings.Cut(text[start:end], " ")
	return englishTime.weekdayNum(first) != 0
}

// possessiveDayDated reports whether the tense ct of the clause around
// the weekday in the possessive starting at start dates it.
func possessiveDayDated(text string, start int, ct clauseTense) bool {
	rel := possessiveRelation(text, start)
	if rel == "done" {
		return true
	}
	if !ct.known || ct.reported {
		return false
	}
	switch rel {
	case "earlier":
		return !ct.future
	case "later":
		return ct.future
	case "same":
		return true
	}
	return false
}

// possessiveRelation returns where the words right before start place
// the thing a weekday in the possessive owns (a value of the lexicon's
// PossessiveTimeRelations), "same" when no preposition stands before it
// (the subject or the object of its clause's verb: "won Tuesday's
// primary"), or "" after a preposition that tells nothing of its time
// ("questions about Monday's debate").
func possessiveRelation(text string, start int) string {
	from := max(0, start-40)
	toks := Tokenize(text[from:start], from)
	n := len(toks)
	if n == 0 || strings.TrimSpace(text[toks[n-1].Span.End:start]) != "" {
		return "same"
	}
	last := strings.ToLower(toks[n-1].Text)
	if n >= 2 {
		if r, ok := englishTime.possessiveRelations[strings.ToLower(toks[n-2].Text)+" "+last]; ok {
			return r
		}
	}
	if r, ok := englishTime.possessiveRelations[last]; ok {
		return r
	}
	if headPrepositions[last] || phraseOpeners[last] || englishTime.placing.Has(last) {
		return ""
	}
	return "same"
}

// possessiveDone reports whether the expression text[start:end] is a
// weekday in the possessive owned by a thing the words before it say is
// already done ("will appeal Wednesday's verdict"), so that it is read
// in the past whatever its clause's tense.
func possessiveDone(text string, start, end int) bool {
	return possessiveDay(text, start, end) && possessiveRelation(text, start) == "done"
}

// possessiveOwnDay reports whether a weekday in the possessive starting
// at start is the weekday of the reference day ref, told in the
// narration: "Monday's disclosure" on a page of a Monday. Read in the
// past it is the last Monday up to the page's day, read ahead the next
// one from it, and both are the page's own day: news names a day a week
// away or a week gone "next Monday's" or "last Monday's". The tense the
// clause leaves open then changes nothing. A quoted weekday counts from
// the day it was said, which need not be the page's (quotedDays), and
// is left as it was.
func possessiveOwnDay(text string, start, weekday int, ref time.Time) bool {
	if ref.IsZero() || weekday != isoWeekday(ref) {
		return false
	}
	_, quoted := spanAround(speechSpans(text), Span{start, start})
	return !quoted
}
