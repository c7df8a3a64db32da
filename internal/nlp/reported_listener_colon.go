package nlp

import "regexp"

// A listener and a colon before a quotation ("told AFP: “It’s a
// catastrophe inside.”") introduce direct speech: the words in the marks
// are the speaker's, and the listener's name before them no part of
// anything said. A reported reading that takes the name, the colon and
// the quotation for what was told repeats the direct quote with the
// listener shown as its first word; it goes.

// listenerColonLead matches a capitalised name of up to five words, a
// colon and an opening quotation mark.
var listenerColonLead = regexp.MustCompile(`^\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,4}:\s*["“‘]`)

// dropListenerColonReports drops each reported quote of doc whose words
// open with a listener's name, a colon and a quotation.
func dropListenerColonReports(doc *Doc) {
	kept := doc.Quotes[:0]
	for _, q := range doc.Quotes {
		if !q.Direct && listenerColonLead.MatchString(q.Text) {
			continue
		}
		kept = append(kept, q)
	}
	doc.Quotes = kept
}
