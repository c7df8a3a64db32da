package nlp

import (
	"strings"
	"time"
)

// A page that repeats in its narration the day words of a statement it
// quotes, with the words before them ("“Over the course of this
// afternoon, the condition of the Prime Minister has worsened …”" and,
// later, "his condition was seen to be worsening during the course of
// this afternoon"), tells the statement's happening on the day its own
// narration counts those words from: the statement was made that day.

// echoWords is how many words before the day words both must share.
const echoWords = 2

// echoedDay returns the day of the narration's own use of quoted day
// out[i]'s words, outside any quotation and with the same echoWords words
// before them; false when none, or two such uses of different days.
func echoedDay(d *Doc, out []TimeExpr, quotes []Span, i int) (time.Time, bool) {
	lead := wordsBefore(d.Text, out[i].Span.Start, echoWords)
	if lead == "" {
		return time.Time{}, false
	}
	var at time.Time
	for j, t := range out {
		if j == i || !t.Resolved || !strings.EqualFold(t.Text, out[i].Text) || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in || wordsBefore(d.Text, t.Span.Start, echoWords) != lead {
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

// wordsBefore returns the n words right before offset at, lower case and
// joined by spaces, with no punctuation among them; "" when there are
// fewer.
func wordsBefore(text string, at, n int) string {
	toks := Tokenize(text[max(0, at-200):at], 0)
	if len(toks) < n {
		return ""
	}
	var ws []string
	for _, tk := range toks[len(toks)-n:] {
		if !isWordToken(tk.Text) {
			return ""
		}
		ws = append(ws, strings.ToLower(tk.Text))
	}
	return strings.Join(ws, " ")
}
