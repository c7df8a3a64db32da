package nlp

import "strings"

// A verb that reports a speaker's suggestion or revelation ("Clinton
// suggested that …", "the ministry revealed that …") tells, with evidence
// as its subject, what the writer infers from that evidence: "The
// findings suggest that the destruction was deliberate", "the fact that
// SpaceX hasn't yet released an update suggests that it wasn't a happy
// ending". Evidence speaks for nobody, so no one's words are reported
// (issue 13: a speaker is a person, an organisation or a group, never a
// thing).

// evidenceSubject reports whether the subject text[start:end] of the
// inference cue is headed by a noun for evidence: its head is the last
// word before a preposition or a relative word ("the fact that …"), with
// auxiliaries and adverbs before the cue left out.
func (d *Index) evidenceSubject(start, end int, cue string) bool {
	if !inferenceCues[cue] {
		return false
	}
	// "… bigger than in 2014 - leads suggest the party will …": a
	// spaced hyphen standing for a dash opens the cue's clause.
	subject := d.Text[start:end]
	if k := strings.LastIndex(subject, " - "); k >= 0 {
		subject = subject[k+3:]
	}
	words := strings.Fields(subject)
	for len(words) > 1 && (cueAuxiliaries[strings.ToLower(words[len(words)-1])] || adverb(words[len(words)-1]) || notNouns[strings.ToLower(words[len(words)-1])]) {
		words = words[:len(words)-1]
	}
	h := phraseHead(words)
	return evidenceNouns[h] || silentRecords[h]
}

// recordSource reports whether the source words after "according to"
// are headed by a record noun (record-nouns), a time of the record's
// state ("the calendar as of this writing") left out.
func recordSource(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if recordTimeOpeners[strings.ToLower(words[k]+" "+words[k+1])] {
			words = words[:k]
			break
		}
	}
	return silentRecords[phraseHead(words)]
}

// inferenceAfterHappening reports whether the cue t of sentence s is an
// inference cue's "-ing" form right after a comma ("…, suggesting the
// possibility of a tunnel collapse") after a clause that holds no verb
// of saying, no quotation, no person or organisation and no noun for
// one ("the jury sent a note to the judge, suggesting …"): what the
// happening told before it suggests is the writer's reading of it. ("…,
// said Devine, suggesting that …" is Devine's suggestion.)
func (d *Index) inferenceAfterHappening(s Sentence, t Token) bool {
	before := d.Text[s.Start:t.Span.Start]
	if !inferenceCues[t.Text] || !participleSuffixes.SuffixOf(t.Text) || !strings.HasSuffix(strings.TrimSpace(before), ",") || quotationIn(before) {
		return false
	}
	for _, w := range Tokenize(before, 0) {
		lw := strings.ToLower(w.Text)
		if cueWords[w.Text] || indirectCues[w.Text] || speakerNouns[lw] || personRoleNouns[lw] {
			return false
		}
	}
	for _, m := range d.MentionsIn(s.Start, t.Span.Start) {
		if k := d.Entities[m.Entity].Kind; k == KindPerson || k == KindOrg {
			return false
		}
	}
	return true
}
