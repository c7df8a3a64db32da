package nlp

import "time"

// UnresolvedStalePage is why a day counted from the page's date is left
// undated on a page dated long after everything its text dates.
const UnresolvedStalePage = "counted from a page date more than a year after every date its text writes, whose weekdays are those of the dates it writes"

// stalePageGap is how long before the page's date every dated time of its
// text must lie for the page to be taken as told long before it was
// dated.
const stalePageGap = 365 * 24 * time.Hour

// staleWeekdays leaves undated the days a page counts from its date when
// the page was written long before that date: a story re-posted or
// archived years on ("Friday" of a report of 15 March 2019 on a page
// dated 2022). News tells a day of the week it reports on by its weekday
// and writes the whole date of a day long past; so a page is taken as
// told long before its date when (1) every time its text dates by a
// written year ends more than a year before the page's date, and (2) a
// bare weekday of it is the weekday of one of those written dates ("on
// Friday" beside "March 15, 2019", a Friday). A follow-up that tells an
// old date beside this week's news ("the shooting on Aug. 25, 2020"; "the
// jury's verdict on Friday") usually writes no such matching weekday, or
// dates something of this year; its days are left as they are.
func staleWeekdays(out []TimeExpr, ref time.Time) {
	if ref.IsZero() {
		return
	}
	old := map[int]bool{} // weekdays of the whole dates written
	for _, t := range out {
		// "since 2019" runs up to the page's day: it tells nothing old.
		if t.Relative || t.RefYear || t.Unresolved != "" || t.Open == OpenAfter || t.Start.IsZero() && t.End.IsZero() {
			continue
		}
		last := t.End
		if last.IsZero() {
			last = t.Start
		}
		if ref.Sub(last) <= stalePageGap {
			return // the text dates something near the page's date
		}
		if t.Resolved && t.Granularity == GranDay && t.Open == "" {
			old[isoWeekday(t.Start)] = true
		}
	}
	matched := false
	for _, t := range out {
		if t.Relative && t.Resolved && hasWeekday(t.Text) && old[t.Weekday] {
			matched = true
			break
		}
	}
	if !matched {
		return
	}
	for i, t := range out {
		if t.Relative && t.Resolved && (t.Granularity == GranDay || t.Granularity == GranPart || t.Granularity == GranWeek) {
			out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
			out[i].Unresolved = UnresolvedStalePage
		}
	}
}
