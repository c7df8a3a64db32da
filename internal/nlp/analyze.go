package nlp

import "time"

// Analyze analyses text, an article body with paragraphs separated by line
// breaks. ref is the article's publication time, used to resolve relative
// time expressions ("on Tuesday", "last month"); pass a fallback date (the
// story's date, say) when the publication time is unknown, or the zero time
// to leave relative expressions unresolved.
func Analyze(text string, ref time.Time) Doc {
	d := Doc{Text: text, Sentences: SplitSentences(text)}
	markCut(&d)
	d.Entities = FindEntities(&d)
	d.Times = FindTimes(&d, ref)
	spans := make([]Span, len(d.Times))
	for i, t := range d.Times {
		spans[i] = t.Span
	}
	d.Quantities = FindQuantities(&d, spans)
	d.Attributions = FindAttributions(&d)
	typeCreditedOutlets(&d)
	d.Quotes = dropNamePhraseReports(dropCutReports(&d, FindQuotes(&d)))
	markJointSpeakers(&d)
	dropNonSpeakers(&d)
	trimLeadChrome(&d)
	dropClosingRelayers(&d)
	dropListenerColonReports(&d)
	wholeSpeakerNames(&d)
	dropImpostorSpeakers(&d)
	markSpeakerEvidence(&d, speakerPronouns)
	markCredits(&d)
	return d
}

// typeCreditedOutlets makes an organisation of a one-word name of no kind
// that a credit line names ("Northwire contributed to this report", "With
// Northwire.", "Read more at X"): staff are credited by their full names,
// which are taken for persons already.
func typeCreditedOutlets(d *Doc) {
	for _, a := range d.Attributions {
		if !creditKinds[a.Kind] || a.CitedEntity < 0 || a.CitedEntity >= len(d.Entities) {
			continue
		}
		if e := &d.Entities[a.CitedEntity]; e.Kind == KindOther && e.KindGuessed {
			e.Kind, e.KindGuessed = KindOrg, false
		}
	}
}
