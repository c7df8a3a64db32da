package nlp

import (
	"crosscheck/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or number of the text.
type Token struct {
	Text string
	Span Span
}

// Tokenize returns the words and numbers of s, with offsets relative to s
// plus base. A word keeps inner hyphens and apostrophes ("Kim's",
// "152-mm"); a number keeps its inner commas and decimal point ("1,099").
func Tokenize(s string, base int) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		run := runClass(r)
		for i < len(s) && run != runSingle {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) && runClass(r) == run {
				i += n
				continue
			}
			if isWordRune(r) {
				break
			}
			if strings.ContainsRune("-'’.,", r) && i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				joinsNumber := (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(r2)
				joinsWord := (r == '-' || r == '\'' || r == '’') && isWordRune(r2)
				if joinsNumber || joinsWord {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, Token{Text: s[start:i], Span: Span{base + start, base + i}})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Runs of word runes that make one token. Chinese and Japanese write no
// spaces between words, so each ideograph and each hiragana (mostly
// particles and endings) is a token of its own; a run of katakana is
// one word (a loan word or a foreign name).
const (
	runWord = iota
	runSingle
	runKatakana
)

func runClass(r rune) int {
	switch {
	case r < 0x2E80:
		return runWord
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r):
		return runSingle
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return runKatakana
	}
	return runWord
}

// Stem reduces a lower-case English word to a crude stem (plural, -ing, -ed
// endings), enough to match "visits"/"visited"/"visiting": the English
// lexicon's stem-suffix-rules after the possessive.
func Stem(w string) string {
	return stemRules.Strip(TrimPossessive(w))
}

var stemRules = en.Suffixes(lang.StemSuffixRules)

// IsStopword reports whether the lower-case word w carries no content.
func IsStopword(w string) bool { return stopwords[w] }

var stopwords = en.Set(lang.StopWords)

// WordCount counts the words of s: its space-separated words, where a
// word of Chinese or Japanese (written without spaces) counts as many
// words as it has ideographs and kana over two, the mean length of a word
// in those scripts. For text without them it is len(strings.Fields(s)).
func WordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		wide := 0
		for _, r := range f {
			if runClass(r) != runWord {
				wide++
			}
		}
		if wide < 2 {
			n++
			continue
		}
		n += (wide + 1) / 2
	}
	return n
}
