package nlp

import "strings"

// An outlet that cites someone as saying relays, it does not speak:
// "He joined the Jaish in 2018, PTI cited unnamed officials as saying."
// The words before such a closing attribution are the cited one's; when
// the speaker search lands on the relaying outlet, the speaker is
// cleared (unnamed beats wrong).

// dropClosingRelayers clears the speaker of each reported quote of doc
// whose sentence closes with "<speaker> <relaying verb> … as <cue>".
func dropClosingRelayers(doc *Doc) {
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Direct || q.Speaker == "" || q.Sentence < 0 || q.Sentence >= len(doc.Sentences) {
			continue
		}
		if closingRelayer(doc.Sentences[q.Sentence].Text, q.Speaker, q.Cue) {
			q.Speaker, q.SpeakerEntity = "", -1
		}
	}
}

// closingRelayer reports whether sentence ends in speaker, a relaying
// verb, its object, a word of "as" and cue ("PTI cited unnamed officials
// as saying.").
func closingRelayer(sentence, speaker, cue string) bool {
	toks := Tokenize(strings.TrimRight(sentence, ".!?… "), 0)
	n := len(toks)
	if n < 4 || toks[n-1].Text != cue || !quotedAsWords[strings.ToLower(toks[n-2].Text)] {
		return false
	}
	for k := n - 3; k >= 1 && k >= n-14; k-- {
		if relayObjectVerbs[toks[k].Text] {
			return strings.HasSuffix(strings.TrimSpace(sentence[:toks[k].Span.Start]), speaker)
		}
	}
	return false
}
