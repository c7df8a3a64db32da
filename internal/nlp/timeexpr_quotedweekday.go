package nlp

import "time"

// A weekday past names one day for a whole week: "since Saturday" said on
// the Sunday, the Monday or any day up to the Friday after is the same
// Saturday. A quotation is said before the article that prints it and,
// when it counts back to a weekday the narration dates outside any
// quotation ("The slide … broke free about 10:45 a.m. Saturday" in a
// Monday's story; “We have not found anyone alive on this pile since
// Saturday,” he said), after that day: whatever day of that week it was
// said, the quoted weekday is the narration's day. So a quoted weekday
// written bare that, counted from the article's day, falls on a day of
// the six before it which the narration dates outside any quotation is
// that day. Its clause must show its tense: a weekday of no tense told
// may be a figure ("a president who says he's neutral on Monday,
// pro-Israel on Tuesday"), and one the quotation looks ahead to counts
// forward; neither is read so.

// narratedWeekdayDay returns the article's day ref as the day the quoted
// weekday out[i] counts from, when it names a past day the narration
// dates, as above.
func narratedWeekdayDay(out []TimeExpr, quotes []Span, i int, ref time.Time, tensed func(i int) bool) (time.Time, bool) {
	t := out[i]
	// The weekday must be written, bare: "yesterday" carries the
	// weekday of the day it was read as, and counts from the day it
	// was said; "last Saturday" counts by weeks.
	if t.Weekday == 0 || t.Start.IsZero() || !hasWeekday(t.Text) || stepped(t.Text) || !tensed(i) {
		return time.Time{}, false
	}
	back := dayOf(ref).Sub(dayOf(t.Start))
	if back < 24*time.Hour || back > 6*24*time.Hour {
		return time.Time{}, false
	}
	for j, n := range out {
		if j == i || n.Weekday != t.Weekday || !n.Resolved || !sameDay(n.Start, t.Start) {
			continue
		}
		if _, in := spanAround(quotes, n.Span); !in {
			return ref, true
		}
	}
	return time.Time{}, false
}
