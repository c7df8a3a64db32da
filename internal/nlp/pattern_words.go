package nlp

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// wordsRe returns a non-capturing alternation of a lexicon class's words
// for a regular expression: each quoted, the spaces of a phrase written
// as sep (`\s+`, `[ \t]+`), longest first so that a word is tried before
// a shorter one it starts with ("sources" before "source"), then in byte
// order.
func wordsRe(words lang.Set, sep string) string {
	alts := make([]string, 0, len(words))
	for w := range words {
		alts = append(alts, w)
	}
	slices.SortFunc(alts, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	for i, w := range alts {
		alts[i] = strings.Join(quoteFields(w), sep)
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// quoteFields returns the words of phrase, each quoted for a regular
// expression.
func quoteFields(phrase string) []string {
	fs := strings.Fields(phrase)
	for i, f := range fs {
		fs[i] = regexp.QuoteMeta(f)
	}
	return fs
}

// eitherCase writes a lower-case word for a regular expression with its
// first letter in either case: "the" is `[Tt]he`.
func eitherCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || unicode.ToUpper(r) == r {
		return regexp.QuoteMeta(w)
	}
	return "[" + string(unicode.ToUpper(r)) + string(r) + "]" + regexp.QuoteMeta(w[n:])
}

// capitalRe writes a lower-case word capitalised, for a regular
// expression: "with" is `With`.
func capitalRe(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return regexp.QuoteMeta(string(unicode.ToUpper(r)) + w[n:])
}

// capitalsRe is wordsRe of the words capitalised ("With").
func capitalsRe(words lang.Set) string {
	caps := lang.Set{}
	for w := range words {
		r, n := utf8.DecodeRuneInString(w)
		caps[string(unicode.ToUpper(r))+w[n:]] = true
	}
	return wordsRe(caps, " ")
}

// dottedRe is an alternation of abbreviations whose letters may each be
// followed by a full stop: "am" is `a\.?m\.?`.
func dottedRe(words lang.Set) string {
	dotted := make([]string, 0, len(words))
	for w := range words {
		var b strings.Builder
		for _, r := range w {
			b.WriteString(regexp.QuoteMeta(string(r)) + `\.?`)
		}
		dotted = append(dotted, b.String())
	}
	slices.Sort(dotted)
	return "(?:" + strings.Join(dotted, "|") + ")"
}

// eitherCases is an alternation of the words with their first letters in
// either case ("[Tt]he").
func eitherCases(words lang.Set) string {
	alts := make([]string, 0, len(words))
	for w := range words {
		alts = append(alts, eitherCase(w))
	}
	slices.SortFunc(alts, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	return "(?:" + strings.Join(alts, "|") + ")"
}

// precedersRe is an alternation of the words before a time, in either
// case, each with the spaces after it; a word that ends in a hyphen
// ("mid-") is written joined to the time ("mid-February", "mid-2022").
func precedersRe(words lang.Set) string {
	spaced, joined := lang.Set{}, lang.Set{}
	for w := range words {
		if strings.HasSuffix(w, "-") {
			joined[w] = true
		} else {
			spaced[w] = true
		}
	}
	re := eitherCases(spaced) + `\s+`
	if len(joined) > 0 {
		re = `(?:` + re + `|` + eitherCases(joined) + `)`
	}
	return re
}
