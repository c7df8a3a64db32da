package nlp

import "strings"

// subordinateStart returns where the clause of a cue at end starts when a
// subordinator after a comma opens it ("…, after Scotland Yard announced
// the death toll had risen"): the cue's subject is in that clause, not in
// the main clause before it. Else start.
func (d *Index) subordinateStart(start, end int) int {
	toks := Tokenize(d.Text[start:end], start)
	for i := len(toks) - 1; i > 0; i-- {
		between := d.Text[toks[i-1].Span.End:toks[i].Span.Start]
		if strings.ContainsAny(d.Text[toks[i].Span.End:end], ",;:") {
			return start
		}
		if subordinators[toks[i].Text] && strings.Contains(between, ",") && i+1 < len(toks) {
			return toks[i+1].Span.Start
		}
	}
	return start
}
