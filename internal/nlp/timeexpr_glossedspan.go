package nlp

import (
	"strings"
	"unicode"
)

// A span counted from the page's day may be glossed by the dates it runs
// over: "over the next two weeks, from 23 September to 6 October". The
// writer states both ends, and an end so written is inclusive: the span
// is from the first date through the second, whatever counting "the
// next two weeks" from the page's day would give (it takes in the page's
// day and the fourteenth day after it).

// glossedSpans gives a relative span followed by "from" a day and a word
// closing the range and another day (OpenIntervalFrom, OpenFromClosers),
// set off by a comma or a bracket, the dates of those days.
func glossedSpans(text string, out []TimeExpr) {
	for i := 0; i+2 < len(out); i++ {
		t, a, b := &out[i], out[i+1], out[i+2]
		if !t.Relative || !t.Resolved || t.Open != "" || t.Granularity != GranRange ||
			a.Sentence != t.Sentence || b.Sentence != t.Sentence {
			continue
		}
		if !glossDay(a) || !glossDay(b) || b.Start.Before(a.Start) || a.Span.Start < t.Span.End || b.Span.Start < a.Span.End {
			continue
		}
		between := strings.TrimLeftFunc(text[t.Span.End:a.Span.Start], unicode.IsSpace)
		if !strings.HasPrefix(between, ",") && !strings.HasPrefix(between, "(") {
			continue
		}
		if !oneWordOf(text[t.Span.End:a.Span.Start], openFromWords) || !oneWordOf(text[a.Span.End:b.Span.Start], openFromClose) {
			continue
		}
		t.Start, t.End = a.Start, b.End
		t.Relative, t.RefYear = a.Relative || b.Relative, a.RefYear || b.RefYear
	}
}

// glossDay reports whether te is a resolved closed day.
func glossDay(te TimeExpr) bool {
	return te.Resolved && te.Open == "" && te.Unresolved == "" && te.Granularity == GranDay && !te.Start.IsZero()
}

// oneWordOf reports whether s holds exactly one word, and it is in set.
func oneWordOf(s string, set interface{ Has(string) bool }) bool {
	toks := Tokenize(s, 0)
	return len(toks) == 1 && set.Has(strings.ToLower(toks[0].Text))
}
