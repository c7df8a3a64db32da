package nlp

import (
	"strings"
	"time"
)

// statedDayProbe is the reference a text's yearless dates are read
// against to learn their month and day: no year of it is kept.
var statedDayProbe = time.Date(2001, 7, 1, 12, 0, 0, 0, time.UTC)

// StatedDay is the day an article of no known date gives as its own:
// "today" glossed by its date ("hosted a special event today (Sept. 12)",
// "today, Sept. 12, the company"), the year taken from the same day
// written whole elsewhere in the text ("an event on Sept. 12, 2017", a
// caption). A writer who glosses "today" names the day of writing; the
// whole date of that month and day gives its year. Without that whole
// date, or with two of different years, or with two glosses of different
// days, no day is stated. Only the narration counts: a quoted "today"
// is the speaker's.
func StatedDay(text string) (time.Time, bool) {
	d := Doc{Text: text, Sentences: SplitSentences(text)}
	times := FindTimes(&d, statedDayProbe)
	quotes := speechSpans(text)
	var glossed []time.Time
	for i := 0; i+1 < len(times); i++ {
		today, date := times[i], times[i+1]
		if !ownDayWord(today) || !date.RefYear || date.Granularity != GranDay || !date.Resolved {
			continue
		}
		if _, quoted := spanAround(quotes, today.Span); quoted {
			continue
		}
		if today.Span.End > date.Span.Start || !glossBetween(text[today.Span.End:date.Span.Start], text[date.Span.End:]) {
			continue
		}
		glossed = append(glossed, date.Start)
	}
	if len(glossed) == 0 {
		return time.Time{}, false
	}
	var found time.Time
	for _, g := range glossed {
		if g.Month() != glossed[0].Month() || g.Day() != glossed[0].Day() {
			return time.Time{}, false
		}
	}
	for _, t := range times {
		if t.Relative || t.RefYear || !t.Resolved || t.Granularity != GranDay || t.Start.Month() != glossed[0].Month() || t.Start.Day() != glossed[0].Day() {
			continue
		}
		if !found.IsZero() && found.Year() != t.Start.Year() {
			return time.Time{}, false
		}
		found = t.Start
	}
	if found.IsZero() {
		return time.Time{}, false
	}
	return time.Date(found.Year(), found.Month(), found.Day(), 0, 0, 0, 0, time.UTC), true
}

// ownDayWord reports whether te is a bare word naming the day of writing
// ("today", "tonight": a relative day of offset 0).
func ownDayWord(te TimeExpr) bool {
	off, ok := englishTime.days[strings.ToLower(strings.TrimSpace(te.Text))]
	return ok && off == 0 && te.Relative
}

// glossBetween reports whether a date set off after a day word glosses
// it: in brackets ("today (Sept. 12)") or between commas ("today, Sept.
// 12, the").
func glossBetween(between, after string) bool {
	b := strings.TrimSpace(between)
	a := strings.TrimLeft(after, " ")
	switch b {
	case "(":
		return strings.HasPrefix(a, ")")
	case ",":
		return strings.HasPrefix(a, ",")
	}
	return false
}
