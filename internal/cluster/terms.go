package cluster

import (
	"crosscheck/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a text: lower-cased and lightly stemmed, with
// whether it was written capitalised in mid-sentence.
type word struct {
	text string
	// raw is the token as written, at text[at:at+len(raw)].
	raw  string
	at   int
	name bool
	// cap is true for any capitalised word, sentence-initial or not.
	cap bool
	// start is true for the first word of a sentence, whose capital says
	// nothing about it being a name.
	start bool
}

// words splits text into content words, leaving out stop words and lone
// characters. Hyphens split ("Jong-un" is "jong", "un",
// as "Jong Un" is), apostrophes join ("don't"), and the possessive "'s" is
// dropped.
func words(text string) []word {
	var out []word
	start := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', '\n', ':', ';', '"', '“', '”':
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
				continue
			}
			if (r2 == '\'' || r2 == '’') && j+s2 < len(text) {
				if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(r3) {
					j += s2
					continue
				}
			}
			break
		}
		tok := text[i:j]
		first, _ := utf8.DecodeRuneInString(tok)
		if lower := strings.ToLower(tok); !stopWords[lower] && len(lower) > 1 {
			out = append(out, word{text: stem(tok), raw: tok, at: i, name: unicode.IsUpper(first) && !start, cap: unicode.IsUpper(first), start: start})
		}
		start = false
		i = j
	}
	return out
}

// stem lower-cases a token, drops a possessive and folds simple plurals,
// so "shells" meets "shell" and "Reid's" meets "Reid". Anything more
// aggressive merges words that tell stories apart.
func stem(tok string) string {
	s := strings.ToLower(tok)
	s = strings.ReplaceAll(s, "’", "'")
	s = trimPossessive(s)
	if strings.ContainsRune(s, '\'') {
		s = strings.ReplaceAll(s, "'", "")
	}
	return pluralRules.Strip(s)
}

// pluralRules are the English lexicon's cluster-stem-suffix-rules.
var pluralRules = lang.English().Suffixes(lang.ClusterStemSuffixRules)

// stopWords are function words and the pieces of web addresses, which
// say nothing about a story.
var stopWords = lang.English().Union(lang.FunctionWords, lang.ClusterStopWords)

// possessiveEndings are "'s" and "’s", sorted: trimmed one after the other.
var possessiveEndings = lang.English().List(lang.PossessiveEndings)

// trimPossessive removes a possessive ending ("Reid's" is "Reid").
func trimPossessive(w string) string { return lang.TrimEndings(w, possessiveEndings) }
