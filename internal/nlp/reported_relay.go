package nlp

import "strings"

// closingRelay returns where what was said ends before an attribution
// to the outlet that relays it, set after a comma at the sentence's end
// with the verb first ("…, reports CBS News", "…, reported The
// Associated Press"), or -1. The outlet's name is capitalised words,
// perhaps after "the", up to the end; the comma is left to trim.
func closingRelay(rest string) int {
	toks := Tokenize(rest, 0)
	for k := len(toks) - 2; k > 0; k-- {
		t := toks[k]
		if t.Text != strings.ToLower(t.Text) || phraseDeterminers[t.Text] {
			continue
		}
		if !indirectCues[t.Text] || !strings.Contains(rest[toks[k-1].Span.End:t.Span.Start], ",") || insideQuotation(rest[:t.Span.Start]) {
			return -1
		}
		for j, n := range toks[k+1:] {
			if !isCapitalised(n.Text) && !(j == 0 && phraseDeterminers[n.Text]) {
				return -1
			}
			if j > 0 && strings.TrimSpace(rest[toks[k+j].Span.End:n.Span.Start]) != "" {
				return -1
			}
		}
		return toks[k-1].Span.End
	}
	return -1
}
