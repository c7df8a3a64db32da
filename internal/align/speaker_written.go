package align

import (
	"strings"
	"unicode"

	"crosscheck/internal/nlp"
)

// nameInAttribution reports whether a capitalised word of name (the
// speaker's resolved name) is written in the sentences q runs over,
// outside its quoted words. Where it is not, the text gave the speaker
// as a pronoun or a title ("he said", "the president announced") and
// only coreference tied the words to the name: two outlets' speakers of
// the same words may then be one person under two readings.
func nameInAttribution(d *nlp.Doc, q nlp.Quote, name string) bool {
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return false
	}
	start := d.Sentences[q.Sentence].Start
	last := d.SentenceAt(max(q.Span.End-1, start))
	if last < q.Sentence {
		last = q.Sentence
	}
	end := d.Sentences[last].End
	if start < 0 || end > len(d.Text) || start >= end {
		return false
	}
	text := []byte(d.Text[start:end])
	for _, p := range q.Parts {
		for i := max(p.Start, start); i < min(p.End, end); i++ {
			text[i-start] = ' '
		}
	}
	written := map[string]bool{}
	for _, t := range nlp.Tokenize(string(text), 0) {
		written[t.Text] = true
	}
	for _, t := range nlp.Tokenize(name, 0) {
		r := []rune(t.Text)
		// A name word is capitalised where the script has case.
		nameWord := unicode.IsLetter(r[0]) && !unicode.IsLower(r[0])
		if len(r) >= 2 && nameWord && written[t.Text] {
			return true
		}
	}
	return false
}

// speakerReading is why a conflict over who said the same words is
// uncertain when a speaker was read through a pronoun or a title, ""
// when both are named in their attributions.
func speakerReading(a, b *value) string {
	for _, v := range []*value{a, b} {
		if !v.nameWritten {
			return "the speaker " + strings.TrimSpace(v.text) + " is given by a pronoun or a title, which may be the other outlet's speaker"
		}
	}
	return ""
}

// surnameAlike reports whether two speakers' names of two words or more
// end in the same word: news names one person by given names that vary
// ("Bob Iger", "Robert A Iger"), and the same quoted words are not told
// of two kin.
func surnameAlike(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	return len(wa) >= 2 && len(wb) >= 2 && wa[len(wa)-1] == wb[len(wb)-1]
}
