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
	words := strings.Fields(d.Text[start:end])
	for len(words) > 1 && (cueAuxiliaries[strings.ToLower(words[len(words)-1])] || adverb(words[len(words)-1]) || notNouns[strings.ToLower(words[len(words)-1])]) {
		words = words[:len(words)-1]
	}
	return evidenceNouns[phraseHead(words)]
}
