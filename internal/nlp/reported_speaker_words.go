package nlp

import "strings"

// What a cue reports is a clause ("said the port was closed") or, after a
// verb that takes an object, a noun phrase ("announced her resignation").
// The speaker of an inverted attribution that was not read as one
// ("…, said Capt. Bill Urban of US Central Command") is no such words.

// speakerAsWords reports whether rest, what follows the cue t right after
// a comma, holds no verb and names someone who can speak: the inverted
// attribution's speaker, not what was said.
func (d *Index) speakerAsWords(s Sentence, t Token, rest string) bool {
	// The comma may stand inside a closing quotation mark (",” says").
	before := strings.TrimRight(d.Text[s.Start:t.Span.Start], " ”\"’'")
	if !strings.HasSuffix(before, ",") || participleSuffixes.SuffixOf(t.Text) {
		return false
	}
	toks := Tokenize(rest, 0)
	if len(toks) == 0 || hasFiniteVerb(toks, len(toks)) {
		return false
	}
	// A speaker after the cue opens with a name or a determiner ("the
	// Vishakapatnam District Collector", "one Reddit poster"); a pronoun
	// opens the clause said ("says he's open to running").
	first := strings.ToLower(stripPossessive(toks[0].Text))
	if pronouns[first] || subjectPronouns[first] || !isCapitalised(toks[0].Text) && !determiners[first] && !pronounLikeWords[first] {
		return false
	}
	k := strings.Index(d.Text[t.Span.End:s.End], rest)
	if k < 0 {
		return false
	}
	from := t.Span.End + k
	_, ok := d.speakerIn(from, from+len(rest), false)
	return ok
}
