package nlp

import (
	"time"

	"crosscheck/internal/lang"
)

// eastOffset is how far east of UTC a dateline's place must lie for its
// calendar to run a day ahead of the page's date: a publisher in Europe
// or the Americas dates its evening pages by its own day, which there is
// already the next.
const eastOffset = 5 * 3600

// datelineZones maps dateline places to their offsets from UTC.
var datelineZones = en.Map(lang.DatelineZones)

// eastDatelineDays moves a bare weekday placed six days before the page's
// date to the day after it when the article is filed from a place far
// east of UTC ("SINGAPORE — Trump concluded a meeting with Kim on
// Tuesday" on a page of Monday): news names the days of the week just
// gone and the day itself by their names, and there the writer's day is
// often the day after the page's. A weekday with "last", "this" or
// "next", or with a date written beside it, keeps its place.
func eastDatelineDays(d *Doc, out []TimeExpr, ref time.Time) {
	if !eastDateline(d) {
		return
	}
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	for i, te := range out {
		if !bareWeekday(te) || !te.Start.Equal(refDay.AddDate(0, 0, -6)) {
			continue
		}
		out[i].Start, out[i].End = te.Start.AddDate(0, 0, 7), te.End.AddDate(0, 0, 7)
	}
}

// eastDateline reports whether the article opens (in its first or second
// sentence, after a headline) with a dateline of a place far east of UTC.
func eastDateline(d *Doc) bool {
	for _, s := range d.Sentences[:min(2, len(d.Sentences))] {
		place := ReadDateline(d.Text[s.Start:]).Place
		if place == "" {
			continue
		}
		off, ok := lang.ZoneOffset(datelineZones[place])
		return ok && off >= eastOffset
	}
	return false
}
