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
// such day, the day the text tells the same happening at outside the
// quotation is taken ("Castro died late Friday … “He died at 22:29
// hours this evening,” the president announced": the evening of that
// Friday); in a story of the article's own day, a quotation that says
// "today" is of that day (timeexpr_sameday.go); a past weekday the
// narration dates too is its day (timeexpr_quotedweekday.go); a day the
// narration repeats with the quotation's words is the narration's
// (timeexpr_echoed.go). With none
// of these the quoted day is left undated, with the reason, rather than
// counted from the article's date.

// quotedDays re-dates or leaves undated the relative days of out that lie
// inside a direct quotation of d, whose date is ref; resolve dates out[i]
// again counting from the day at; tensed tells whether out[i]'s clause
// shows its tense.
func quotedDays(d *Doc, out []TimeExpr, ref time.Time, resolve func(i int, at time.Time) (timeValue, bool), tensed func(i int) bool) {
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
			at, ok = sameHappeningDay(d, out, quotes, i)
		}
		if !ok {
			at, ok = echoedDay(d, out, quotes, i)
		}
		if !ok {
			at, ok = quotedRunDay(d, out, quotes, q)
		}
		if !ok {
			at, ok = afterwardDay(d, out, quotes, q, ref)
		}
		if !ok {
			at, ok = sameDayStoryDay(d, out, quotes, i, q, ref, tensed)
		}
		if !ok {
			at, ok = narratedWeekdayDay(out, quotes, i, ref, tensed)
		}
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
// more, no title ("Crocodile Dundee"), as the quote finder takes them;
// and the statements a page sets apart after "saying:" (blockQuotes).
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
	return append(out, blockQuotes(text)...)
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
// Tuesday", "Obama said Sunday evening"): when its words were said.
func attributionDay(d *Doc, out []TimeExpr, quotes []Span, q Span) (time.Time, bool) {
	first, last := d.SentenceAt(q.Start), d.SentenceAt(max(q.Start, q.End-1))
	var day time.Time
	found, dist := false, 0
	for _, t := range out {
		if t.Sentence < first || t.Sentence > last || !t.Resolved || t.Granularity != GranDay && t.Granularity != GranPart || t.End.Sub(t.Start) > 24*time.Hour {
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

// happeningWindow is how many tokens before a time expression are read
// for the verb of the happening it dates ("died at 22:29 hours this
// evening"): as many as for its clause's tense, since adverbials of place
// and manner may stand between ("died peacefully at his home in Cambridge
// in the early hours of this morning").
const happeningWindow = tenseWindow

// sameHappeningDay returns the day of the happening quoted day out[i]
// dates, when the text tells that happening outside any quotation too: the
// verb nearest before out[i] (a past form) is the verb nearest before a
// day of the narration ("died late Friday"), and every such day of the
// narration is the same. The quoted words were said that day, or the
// narration would not date the happening so.
func sameHappeningDay(d *Doc, out []TimeExpr, quotes []Span, i int) (time.Time, bool) {
	verb := happeningVerb(d, out[i])
	if verb == "" {
		return time.Time{}, false
	}
	return oneNarrationDay(out, quotes, i, func(t TimeExpr) bool {
		return (t.Granularity == GranDay || t.Granularity == GranPart) && happeningVerb(d, t) == verb
	})
}

// oneNarrationDay returns the one day of the resolved expressions of out,
// other than out[i], that span a day at most, stand outside every
// quotation and are kept by tells; false when none, or two of different
// days.
func oneNarrationDay(out []TimeExpr, quotes []Span, i int, tells func(TimeExpr) bool) (time.Time, bool) {
	var at time.Time
	for j, t := range out {
		if j == i || !t.Resolved || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in || !tells(t) {
			continue
		}
		day := day(t.Start.Year(), t.Start.Month(), t.Start.Day(), t.Start.Location())
		if !at.IsZero() && !at.Equal(day) {
			return time.Time{}, false
		}
		at = day
	}
	return at, !at.IsZero()
}

// sameHappeningVerb returns the verb at toks[k], lower case, as the one
// verb the lexicon gives for its happening ("passed away" is "died"), a
// phrasal verb read with the word after it.
func sameHappeningVerb(toks []Token, k int) string {
	w := strings.ToLower(toks[k].Text)
	if k+1 < len(toks) {
		if v, ok := englishTime.happening[w+" "+strings.ToLower(toks[k+1].Text)]; ok {
			return v
		}
	}
	if v, ok := englishTime.happening[w]; ok {
		return v
	}
	return w
}

// happeningVerb returns, lower case, the past form nearest before t
// within happeningWindow tokens of its sentence, with no punctuation
// between, as sameHappeningVerb names it; "" when there is none.
func happeningVerb(d *Doc, t TimeExpr) string {
	if t.Sentence < 0 || t.Sentence >= len(d.Sentences) {
		return ""
	}
	from := d.Sentences[t.Sentence].Start
	toks := Tokenize(d.Text[from:t.Span.Start], from)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-happeningWindow; k-- {
		if strings.ContainsAny(toks[k].Text, ",;\"“”") {
			return ""
		}
		if future, ok := tenseAt(toks, k); ok {
			// An auxiliary ("was", "had") or a verb of saying names no
			// happening of its own.
			w := strings.ToLower(toks[k].Text)
			if future || !isWordToken(w) || auxiliary[w] || englishTime.report.Has(w) {
				return ""
			}
			return sameHappeningVerb(toks, k)
		}
	}
	return ""
}
