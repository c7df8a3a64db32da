package nlp

import "time"

// Analyze analyses text, an article body with paragraphs separated by line
// breaks. ref is the article's publication time, used to resolve relative
// time expressions ("on Tuesday", "last month"); pass a fallback date (the
// story's date, say) when the publication time is unknown, or the zero time
// to leave relative expressions unresolved.
func Analyze(text string, ref time.Time) Doc {
	d := Doc{Text: text, Sentences: SplitSentences(text)}
	d.Entities = FindEntities(&d)
	d.Times = FindTimes(&d, ref)
	spans := make([]Span, len(d.Times))
	for i, t := range d.Times {
		spans[i] = t.Span
	}
	d.Quantities = FindQuantities(&d, spans)
	d.Attributions = FindAttributions(&d)
	d.Quotes = FindQuotes(&d)
	markCredits(&d)
	return d
}
