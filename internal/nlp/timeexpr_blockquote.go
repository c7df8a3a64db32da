package nlp

import (
	"strings"
	"unicode"
)

// A page sets a statement it reproduces in full apart as a paragraph of
// its own, without quotation marks, after the paragraph that introduces
// it with a verb of saying and a colon: "Fyre Festival staff posted an
// apology to the event’s web site …, saying:" and then the apology, whose
// "We are working to place everyone on complimentary charters back to
// Miami today" is the day the statement was made, not the page's. Such a
// paragraph is a quotation for the days it names (speechSpans).

// blockQuotes returns the spans of the paragraphs of text so introduced
// that hold no quotation mark of their own (one that does is read as
// quoted already, or is narration quoting words).
func blockQuotes(text string) []Span {
	var out []Span
	paras := paragraphs(text)
	for k := 0; k+1 < len(paras); k++ {
		intro := strings.TrimRightFunc(text[paras[k].Start:paras[k].End], unicode.IsSpace)
		if !strings.HasSuffix(intro, ":") {
			continue
		}
		fields := strings.Fields(strings.TrimSuffix(intro, ":"))
		if len(fields) == 0 || !englishTime.report.Has(strings.ToLower(strings.Trim(fields[len(fields)-1], ",;"))) {
			continue
		}
		next := paras[k+1]
		if strings.ContainsAny(text[next.Start:next.End], "\"“”") {
			continue
		}
		out = append(out, next)
	}
	return out
}
