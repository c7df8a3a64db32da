package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a speaker said is a clause. Reported words that are only a name
// with its title, a role and a time ("Indian Space Research
// Organisation chief K. Sivan on Saturday", "Earlier on May 10, Prime
// Minister Najib Razak, the head of BN") are the attribution or the
// sentence's subject, cut out where the cue's frame was misread
// ("…, said ISRO chief K. Sivan on Saturday"): they report nothing.

// dropNamePhraseReports drops the reported quotes whose words are a name
// phrase (namePhrase).
func dropNamePhraseReports(quotes []Quote) []Quote {
	out := quotes[:0]
	for _, q := range quotes {
		if !q.Direct && namePhrase(q.Text) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// namePhrase reports whether text holds a capitalised name and, besides
// capitalised words and numbers, only determiners, prepositions,
// conjunctions, role heads and words of the calendar: no word that could
// be a clause's verb.
func namePhrase(text string) bool {
	named := false
	for _, tok := range Tokenize(text, 0) {
		w := strings.Trim(tok.Text, "()[],;:.\"'“”‘’")
		r, _ := utf8.DecodeRuneInString(w)
		switch lw := strings.ToLower(w); {
		case w == "" || !unicode.IsLetter(r):
		case unicode.IsUpper(r):
			if !calendarWord[lw] && !determiners[lw] && !headPrepositions[lw] {
				named = true
			}
		case determiners[lw] || headPrepositions[lw] || additiveConjunctions[lw] || roleHeads[lw] || calendarWord[lw]:
		default:
			return false
		}
	}
	return named
}
