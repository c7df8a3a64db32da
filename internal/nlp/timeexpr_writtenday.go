package nlp

import (
	"strings"
	"time"
)

// UnresolvedWrittenDayBefore is why a narrated "today" told in the past
// is left undated beside a full date of the day before the page's.
const UnresolvedWrittenDayBefore = "\"today\" told in the past beside the full date of the day before the page's date: the day the report was written or the page's"

// writtenDayBeforeToday leaves undated a narrated day of the telling
// ("today") in a past clause when, earlier in its paragraph, the
// narration writes out the full date, year and all, of the day before the
// page's date and the text writes out no date of the page's own day. A
// page is dated when it was put out, which may be the day after a report
// written on the day of the happening ("Atlantis announced its arrival
// in the early morning hours of 21 July 2011 … this era ended today" on
// a page dated 22 July): "today" is then the day of writing, which the
// text does not give, and a writer who spells out the happening's date
// in full has no reason to add "today" of a happening a day later. A
// day counted from the telling elsewhere keeps the page's date. past
// tells whether the clause of out[i] is in the past tense.
func writtenDayBeforeToday(d *Doc, out []TimeExpr, ref time.Time, past func(i int) bool) {
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	dayBefore := refDay.AddDate(0, 0, -1)
	written := func(te TimeExpr) bool {
		return te.Resolved && !te.Relative && !te.RefYear && te.Granularity == GranDay && te.Open == ""
	}
	for _, te := range out {
		if written(te) && te.Start.Equal(refDay) {
			return
		}
	}
	var quotes []Span
	for i, te := range out {
		off, ok := englishTime.days[strings.ToLower(te.Text)]
		if !ok || off != 0 || !te.Resolved || !te.Start.Equal(refDay) {
			continue
		}
		if quotes == nil {
			quotes = speechSpans(d.Text)
		}
		if _, quoted := spanAround(quotes, te.Span); quoted || !past(i) {
			continue
		}
		for _, w := range out[:i] {
			if !written(w) || !w.Start.Equal(dayBefore) || strings.Contains(d.Text[w.Span.End:te.Span.Start], "\n") {
				continue
			}
			if _, quoted := spanAround(quotes, w.Span); quoted {
				continue
			}
			out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
			out[i].Unresolved = UnresolvedWrittenDayBefore
			break
		}
	}
}
