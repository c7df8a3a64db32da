package nlp

import (
	"strings"
	"unicode"
)

// titledListener splits what follows a cue of telling whose listener is
// a name with lower-case words before it ("told new German Chancellor
// Olaf Scholz the two countries would …", "told the newspaper Ghosn did
// not believe …"): at most two lower-case words, perhaps after a
// determiner, then a run of capitalised words. When a determiner follows
// the run, the run belongs to the listener and the determiner opens what
// was told; when a finite verb follows it, the run is the subject of
// what was told and the lower-case words are the listener. A day or a
// month is no such name ("told the panel Monday …").
func titledListener(after string, toks []Token) (listener, rest string, ok bool) {
	k := 0
	if k < len(toks) && phraseDeterminers[strings.ToLower(toks[k].Text)] {
		k++
	}
	lower := 0
	for k < len(toks) && lower < 2 && plainLowerWord(toks[k].Text) {
		k++
		lower++
	}
	if lower == 0 || k >= len(toks) || calendarWord[strings.ToLower(toks[k].Text)] {
		return "", "", false
	}
	n := nameRunEnd(after[toks[k].Span.Start:], Tokenize(after[toks[k].Span.Start:], 0))
	if n == 0 || k+n >= len(toks)-1 {
		return "", "", false
	}
	next := toks[k+n]
	// A comma or a quotation mark ends the listener ("told a news
	// conference, “We …”").
	if strings.ContainsAny(after[:next.Span.Start], ",;:“”\"«»()—–") {
		return "", "", false
	}
	switch {
	case n >= 2 && phraseDeterminers[next.Text]:
		return strings.TrimSpace(after[:next.Span.Start]), strings.TrimSpace(after[next.Span.Start:]), true
	case hasFiniteVerb(toks[k+n-1:], 1):
		return strings.TrimSpace(after[:toks[k].Span.Start]), strings.TrimSpace(after[toks[k].Span.Start:]), true
	}
	return "", "", false
}

// plainLowerWord reports whether w is a lower-case word that may stand
// in a noun phrase before a name: no function word, verb or pronoun.
func plainLowerWord(w string) bool {
	if w != strings.ToLower(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return !headPrepositions[w] && !complementizers[w] && !subordinators[w] && !finiteWords[w] && !pronouns[w] && !additiveConjunctions[w] && !listConjunctions[w] && !phraseDeterminers[w] && !indirectCues[w]
}
