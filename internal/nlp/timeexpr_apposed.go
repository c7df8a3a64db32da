package nlp

import (
	"math"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// A weekday and a date set side by side by a comma name one day, in
// either order: "Sunday, February 22, 2009", "By Saturday night, Jan.
// 26, when authorities called off rescue efforts", "On February 3, 2023,
// a Friday evening, 38 train cars derailed". The weekday alone would be
// dated from the reference date, and wrongly when the date is more than a
// few days off it, or not at all in an article of unknown date.

// mergeWeekdayDates joins a weekday, with its part of the day, and the
// date written right after it into one expression with the date's value.
// A bound before the weekday ("by Saturday night") bounds the date: the
// weekday's open end moves by whole weeks onto it.
func mergeWeekdayDates(text string, ts []TimeExpr) []TimeExpr {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if i+1 < len(ts) && t.Weekday != 0 && (t.Granularity == GranDay || weekdayPart(t)) {
			next := ts[i+1]
			gap := text[t.Span.End:next.Span.Start]
			if (gap == ", " || gap == " ") && next.Granularity == GranDay && (next.Weekday == 0 || next.Weekday == t.Weekday) && !(weekdayPart(t) && hasWeekday(next.Text)) {
				out = append(out, weekdayWithDate(text, t, next))
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// weekdayPart reports whether t is a part of a written weekday ("Saturday
// night"), not of a day told otherwise ("this morning", which has a weekday
// once resolved): only a written weekday is the date's twin, and its date
// is a written one, not another weekday ("this morning, Friday").
func weekdayPart(t TimeExpr) bool {
	return t.Granularity == GranPart && hasWeekday(t.Text)
}

// weekdayWithDate is the expression of weekday w and date d written after
// it: d's value, w's weekday and part of the day, and w's bound.
func weekdayWithDate(text string, w, d TimeExpr) TimeExpr {
	m := d
	m.Text = text[w.Span.Start:d.Span.End]
	m.Span.Start = w.Span.Start
	m.Weekday = w.Weekday
	if w.Granularity == GranPart {
		m.Granularity, m.PartOfDay = GranPart, w.PartOfDay
	}
	bound := w.End
	if w.Open == OpenAfter {
		bound = w.Start
	}
	if w.Open == "" || !d.Resolved || bound.IsZero() {
		return m
	}
	weeks := int(math.Round(d.Start.Sub(bound).Hours() / 24 / 7))
	bound = bound.AddDate(0, 0, 7*weeks)
	m.Open, m.Resolved = w.Open, false
	if w.Open == OpenAfter {
		m.Start, m.End = bound, time.Time{}
	} else {
		m.Start, m.End = time.Time{}, bound
	}
	return m
}

var apposedArticles = en.Union(lang.IndefiniteArticles, lang.DefiniteArticles)

// apposedWeekdays dates a weekday written after a date as its appositive
// (", a Friday evening") with the date, when the date falls on it.
func apposedWeekdays(text string, ts []TimeExpr) {
	for i := 1; i < len(ts); i++ {
		d, w := ts[i-1], &ts[i]
		if !d.Resolved || d.Granularity != GranDay || w.Weekday == 0 || w.Open != "" ||
			w.Granularity != GranDay && w.Granularity != GranPart || isoWeekday(d.Start) != w.Weekday {
			continue
		}
		gap, ok := strings.CutPrefix(text[d.Span.End:w.Span.Start], ", ")
		if !ok {
			continue
		}
		if article, ok := strings.CutSuffix(gap, " "); gap != "" && (!ok || !apposedArticles.Has(strings.ToLower(article))) {
			continue
		}
		// The weekday is the date's: it counts from the reference date
		// no more than the date does, and an article of unknown date
		// still has it.
		w.Start, w.End, w.Resolved, w.Unresolved = d.Start, d.End, true, ""
		w.Relative, w.RefYear = d.Relative, d.RefYear
	}
}
