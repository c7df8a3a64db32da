package eval

import "slices"

// Citation verdicts (JudgeCitation).
const (
	CitationSupported   = "supported"   // the cited sentence mentions an event of the summary sentence
	CitationUnsupported = "unsupported" // both annotated, no event in common
	CitationUnjudged    = "unjudged"    // a sentence outside the annotation, or with no event in a chain
)

// ActionInstances returns the cross-document action instances mentioned
// in sentence si of d, in order of first mention.
func ActionInstances(d *ECBDoc, si int) []string {
	var out []string
	for _, m := range d.Mentions {
		if m.Component == ComponentAction && m.CrossDoc && m.Sentence == si && !slices.Contains(out, m.Chain) {
			out = append(out, m.Chain)
		}
	}
	return out
}

// JudgeCitation judges the citation of sentence sb of b for a summary
// sentence, sentence sa of a, by the ECB+ event coreference: it supports
// the summary sentence when both sentences are annotated and the cited one
// mentions an event instance the summary sentence mentions, i.e. it
// states that event (ECB+ links mentions of one event across articles,
// not sentences sharing a word). Sentences outside the annotation, or a
// summary sentence with no event in a cross-document chain, are not
// judged.
func JudgeCitation(a *ECBDoc, sa int, b *ECBDoc, sb int) string {
	if !annotated(a, sa) || !annotated(b, sb) {
		return CitationUnjudged
	}
	want := ActionInstances(a, sa)
	if len(want) == 0 {
		return CitationUnjudged
	}
	for _, c := range ActionInstances(b, sb) {
		if slices.Contains(want, c) {
			return CitationSupported
		}
	}
	return CitationUnsupported
}

func annotated(d *ECBDoc, si int) bool {
	return si >= 0 && si < len(d.Sentences) && d.Sentences[si].Annotated
}
