package nlp

import (
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
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
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

// Stem reduces a lower-case English word to a crude stem (plural, -ing, -ed
// endings), enough to match "visits"/"visited"/"visiting".
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return trimDouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return trimDouble(strings.TrimSuffix(w[:n-2], "e"))
	case n > 4 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxz", rune(w[n-3])):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	case n > 4 && strings.HasSuffix(w, "e"):
		return w[:n-1]
	}
	return w
}

func trimDouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return strings.TrimSuffix(w, "e")
}

// IsStopword reports whether the lower-case word w carries no content.
func IsStopword(w string) bool { return stopwords[w] }

var stopwords = setOf("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
	"for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being",
	"has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may",
	"might", "can", "must", "shall", "that", "this", "these", "those", "it", "its", "he",
	"she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me",
	"my", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so",
	"than", "then", "there", "also", "into", "about", "after", "before", "over", "under",
	"up", "down", "out", "if", "while", "said", "says", "say", "told", "according", "more",
	"most", "some", "any", "all", "such", "other", "own", "same", "just", "even", "very",
	"s", "t", "mr", "ms", "mrs", "would", "one", "two", "new", "via", "per", "him", "us",
	"only", "both", "each", "few", "many", "much", "well", "still", "yet", "already")
