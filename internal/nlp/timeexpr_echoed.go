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
	return oneNarrationDay(out, quotes, i, func(t TimeExpr) bool {
		return strings.EqualFold(t.Text, out[i].Text) && wordsBefore(d.Text, t.Span.Start, echoWords) == lead
	})
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
