package nlp

import (
	"strings"
	"time"
)

// UnresolvedQuotedDay is why a relative day inside a direct quotation is
// left undated.
const UnresolvedQuotedDay = "inside a quotation, relative to when it was said, which the text does not date"

// A "today", "yesterday" or weekday inside a direct quotation counts from
// the day the words were said, not from the article's date: "“We will win
// today,” she said on primary night" may stand in the next day's story.
// News dates a quotation by its attribution ("said Tuesday", "told
// reporters on Monday"): a day named there, outside the quotation, is the
// day the quoted day counts from — the article's day or another. With no
// such day the quoted day is left undated, with the reason, rather than
// counted from the article's date.

// quotedDays re-dates or leaves undated the relative days of out that lie
// inside a direct quotation of d, whose date is ref; resolve dates out[i]
// again counting from the day at.
func quotedDays(d *Doc, out []TimeExpr, ref time.Time, resolve func(i int, at time.Time) (timeValue, bool)) {
	var quotes []Span
	for i, t := range out {
		if !t.Resolved || !t.Relative || t.Granularity != GranDay && t.Granularity != GranPart {
			continue
		}
		if quotes == nil {
			quotes = speechSpans(d.Text)
		}
		q, ok := spanAround(quotes, t.Span)
		if !ok {
			continue
		}
		at, ok := attributionDay(d, out, quotes, q)
		if !ok {
			out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
			out[i].Unresolved = UnresolvedQuotedDay
			continue
		}
		if sameDay(at, ref) {
			continue // said on the article's day
		}
		v, ok := resolve(i, at)
		if !ok {
			out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
			out[i].Unresolved = UnresolvedQuotedDay
			continue
		}
		out[i].Start, out[i].End = v.start, v.end
	}
}

// speechSpans returns the spans of text's direct quotations: two words or
// more, no title ("Crocodile Dundee"), as the quote finder takes them.
func speechSpans(text string) []Span {
	out := []Span{}
	for _, rq := range findQuotedSpans(text, paragraphs(text)) {
		var words []string
		for _, p := range rq.parts {
			words = append(words, strings.Fields(text[p.Start:p.End])...)
		}
		if len(words) < 2 || titleCase(strings.Join(words, " ")) {
			continue
		}
		out = append(out, rq.span)
	}
	return out
}

// spanAround returns the span of spans that holds s.
func spanAround(spans []Span, s Span) (Span, bool) {
	for _, q := range spans {
		if q.Start <= s.Start && s.End <= q.End {
			return q, true
		}
	}
	return Span{}, false
}

// attributionDay returns the day named outside any quotation in the
// sentences quotation q runs over, nearest its end ("…,” he said
// Tuesday"): when its words were said.
func attributionDay(d *Doc, out []TimeExpr, quotes []Span, q Span) (time.Time, bool) {
	first, last := d.SentenceAt(q.Start), d.SentenceAt(max(q.Start, q.End-1))
	var day time.Time
	found, dist := false, 0
	for _, t := range out {
		if t.Sentence < first || t.Sentence > last || !t.Resolved || t.Granularity != GranDay || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in {
			continue
		}
		k := t.Span.Start - q.End
		if k < 0 {
			k = q.Start - t.Span.End
		}
		if !found || k < dist {
			day, found, dist = t.Start, true, k
		}
	}
	return day, found
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
