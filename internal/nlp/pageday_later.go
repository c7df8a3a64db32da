package nlp

import (
	"strings"
	"time"
)

// A page keeps the date it was first given when it is updated, in its
// address or its metadata, while its text is rewritten for a later day:
// a story given 22 July tells of "the Oslo blast yesterday" under a
// photograph of people laying flowers "on July 23, 2011". No picture or
// text of a day yet to come is in a page made before it, as a file photo
// of an earlier day may be; so a day the page writes in full after the
// date it was given, told as past or present, is a day it was made on,
// and its "today" and "yesterday" count from the latest such day.

// LaterPageDay returns the day a page given the date published was made
// on when its text, or dropped (the lines the extractor kept out of the
// text that write a full date: captions, stamps), writes a full date
// after published, at most maxPageDaySpread days after, outside
// quotations and in no clause that looks ahead (a funeral "to take
// place on July 25" is no day of the page's); no other date may lie
// after it, and the narration must count from a day of its own ("today",
// a bare weekday of that day), as for PageDay. The page's update stamp is
// not read: an update may add a line to a text still of its first day.
func LaterPageDay(d *Doc, published time.Time, dropped []string) (time.Time, bool) {
	first := dayOf(published)
	docs := []*Doc{d}
	if len(dropped) > 0 {
		fd := Analyze(strings.Join(dropped, "\n\n"), published)
		docs = append(docs, &fd)
	}
	var day time.Time
	for _, doc := range docs {
		quotes := speechSpans(doc.Text)
		for _, te := range doc.Times {
			if !te.Resolved || te.Relative || te.RefYear || te.Open != "" || te.Granularity != GranDay || te.Start.IsZero() {
				continue
			}
			at := dayOf(te.Start)
			if !at.After(first) {
				continue
			}
			if _, quoted := spanAround(quotes, te.Span); quoted || futureClause(doc, te.Sentence, te.Span.Start, te.Span.End).future {
				continue
			}
			if at.After(first.AddDate(0, 0, maxPageDaySpread)) {
				return time.Time{}, false
			}
			if at.After(day) {
				day = at
			}
		}
	}
	if day.IsZero() || !namesOwnDay(d, published, day) {
		return time.Time{}, false
	}
	return day.Add(12 * time.Hour), true
}
