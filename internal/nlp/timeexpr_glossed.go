package nlp

import (
	"strings"
	"time"
)

// UnresolvedGlossOff is why a day word is left undated when the date
// glossing it is not the day it counts to from the article's date.
const UnresolvedGlossOff = "glossed by a date that is not the day it counts to from the article's date"

// maxGlossShift is how far a glossed day may lie from the day its word
// counts to from the article's date and still date it: a week, as "last
// Thursday" written on a Thursday is.
const maxGlossShift = 7 * 24 * time.Hour

// A day word glossed by the date it names, set off in brackets or between
// commas ("the strike will go ahead tomorrow (19 Apr)", "today, Sept. 12,
// the company"), is that date: the writer states it, so it holds inside a
// quotation, whose day words otherwise count from a telling the text may
// not date, and in an article whose own date is not known. A gloss whose
// weekday is not the day word's ("Friday (19 Apr)" when 19 April is a
// Wednesday) contradicts it and dates nothing. A gloss that is not the
// day the word counts to from the article's date ("last Thursday
// afternoon (June 25, US time zone)" on a page dated that Thursday) tells
// that the page's date is not the writer's day: a page is dated where
// it is published, and may be posted a day or more after it was
// written; the writer's own date decides. A gloss more than a week off
// the day word is no such shift but a misreading (of the day word or
// of the page's date), and dates nothing.
func glossedDays(text string, out []TimeExpr) {
	for i := 0; i+1 < len(out); i++ {
		t, g := &out[i], out[i+1]
		if !t.Relative || t.Open != "" || t.Granularity != GranDay && t.Granularity != GranPart {
			continue
		}
		if g.Sentence != t.Sentence || !g.Resolved || g.Open != "" || g.Relative || g.Granularity != GranDay {
			continue
		}
		// A date inside the day word's span ("Sunday’s Sept. 11" read
		// as one weekday date and its date) glosses nothing.
		if g.Span.Start < t.Span.End || !glossBetween(text[t.Span.End:g.Span.Start], text[g.Span.End:]) && !endGloss(text[t.Span.End:g.Span.Start], text[g.Span.End:]) {
			continue
		}
		if hasWeekday(t.Text) && t.Weekday != isoWeekday(g.Start) {
			continue
		}
		if d := t.Start.Sub(g.Start); t.Resolved && (d > maxGlossShift || d < -maxGlossShift) {
			t.Start, t.End, t.Resolved, t.Unresolved = time.Time{}, time.Time{}, false, UnresolvedGlossOff
			continue
		}
		t.Start, t.End, t.Resolved, t.Unresolved = g.Start, g.End, true, ""
		t.Relative, t.RefYear = false, g.RefYear
	}
}

// A day word glossed by a bare weekday in brackets ("died peacefully
// today (Sunday)") is the day of that weekday: the writer names it, and
// the weekday is read by its clause's tense from the article's date. A
// telling posted overnight counts "today" from the day it was written,
// which may be the day before the page's; so the weekday's date is taken
// when it lies at most a day from the day word's, and a gloss further
// off dates nothing (the page's date or the gloss is not the writer's
// day, and which the text does not tell).
func glossedWeekdays(text string, out []TimeExpr) {
	for i := 0; i+1 < len(out); i++ {
		t, g := &out[i], out[i+1]
		if !t.Relative || t.Open != "" || hasWeekday(t.Text) || t.Granularity != GranDay && t.Granularity != GranPart {
			continue
		}
		if g.Sentence != t.Sentence || !g.Relative || g.Weekday == 0 || g.Open != "" || g.Granularity != GranDay || !hasWeekday(g.Text) {
			continue
		}
		if g.Span.Start < t.Span.End || strings.TrimSpace(text[t.Span.End:g.Span.Start]) != "(" || !strings.HasPrefix(text[g.Span.End:], ")") {
			continue
		}
		if len(strings.Fields(g.Text)) != 1 || !t.Resolved || !g.Resolved {
			continue
		}
		if d := t.Start.Sub(g.Start); d > 24*time.Hour || d < -24*time.Hour {
			t.Start, t.End, t.Resolved, t.Unresolved = time.Time{}, time.Time{}, false, UnresolvedGlossOff
			continue
		}
		t.Start, t.End, t.Weekday = g.Start, g.End, g.Weekday
	}
}

// endGloss reports whether a date set off by a comma after a day word
// closes the sentence: an apposition at a sentence's end is closed by
// its stop, not by a second comma ("before the end of the day tomorrow,
// Oct. 1, 2013."). It dates the day word, not the page: StatedDay, which
// sets an article's own day, keeps to glosses closed on both sides.
func endGloss(between, after string) bool {
	return strings.TrimSpace(between) == "," && closesSentence(after)
}

// closesSentence reports whether after, the text right after a
// phrase, ends its sentence there: a stop, or a closing quotation mark
// or bracket before one, or the text's end.
func closesSentence(after string) bool {
	a := strings.TrimLeft(after, "\"”’)] ")
	if a == "" {
		return true
	}
	switch a[0] {
	case '.', '!', '?', ';', '\n':
		return true
	}
	return false
}
