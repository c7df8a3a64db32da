package nlp

import "time"

// UnresolvedGlossOff is why a day word is left undated when the date
// glossing it is not the day it counts to from the article's date.
const UnresolvedGlossOff = "glossed by a date that is not the day it counts to from the article's date"

// A day word glossed by the date it names, set off in brackets or between
// commas ("the strike will go ahead tomorrow (19 Apr)", "today, Sept. 12,
// the company"), is that date: the writer states it, so it holds inside a
// quotation, whose day words otherwise count from a telling the text may
// not date, and in an article whose own date is not known. A gloss whose
// weekday is not the day word's ("Friday (19 Apr)" when 19 April is a
// Wednesday) contradicts it and dates nothing. So does a gloss that is
// not the day the word counts to from the article's date ("today (Sept.
// 12)" on a page dated 13 September): the page's date or the gloss is
// not the writer's day, and which one the text does not tell.
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
		if g.Span.Start < t.Span.End || !glossBetween(text[t.Span.End:g.Span.Start], text[g.Span.End:]) {
			continue
		}
		if hasWeekday(t.Text) && t.Weekday != isoWeekday(g.Start) {
			continue
		}
		if t.Resolved && !t.Start.Equal(g.Start) {
			t.Start, t.End, t.Resolved, t.Unresolved = time.Time{}, time.Time{}, false, UnresolvedGlossOff
			continue
		}
		t.Start, t.End, t.Resolved, t.Unresolved = g.Start, g.End, true, ""
		t.Relative, t.RefYear = false, g.RefYear
	}
}
