package nlp

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NameKey is nameKey for other packages: a name as matching compares it.
func NameKey(name string) string { return nameKey(name) }

// nameKey normalises a name for matching: lower case, diacritics folded
// ("Aurélie" → "aurelie", since outlets drop accents a name is written
// with), hyphens and punctuation as spaces, single spaces ("Kim Jong-un"
// → "kim jong un").
func nameKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(foldRune(unicode.ToLower(r)))
		case unicode.Is(unicode.Mn, r):
			// a combining accent written apart from its letter
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien", "U.S." keep their letters together
		default:
			space = true
		}
	}
	return b.String()
}

// letterFolds are the Latin letters that do not decompose into a base
// letter and an accent but that writers without them replace all the same.
var letterFolds = map[rune]string{'ø': "o", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}

// foldRune returns a lower-case letter without its diacritics: the
// letter's canonical decomposition less the combining marks.
func foldRune(r rune) string {
	if r < 0x80 {
		return string(r)
	}
	if s, ok := letterFolds[r]; ok {
		return s
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	if b.Len() == 0 {
		return string(r)
	}
	return b.String()
}

// hasDiacritics reports whether name holds a letter nameKey would fold.
func hasDiacritics(name string) bool {
	for _, r := range name {
		if r >= 0x80 && unicode.IsLetter(r) && foldRune(unicode.ToLower(r)) != string(unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// betterSpelling reports whether alt, a spelling of the same name as
// name, should be shown instead: mixed case over a dateline's capitals,
// and the accented form over one that dropped the accents.
func betterSpelling(name, alt string) bool {
	if nameKey(name) != nameKey(alt) {
		return false
	}
	if allCaps(name) != allCaps(alt) {
		return !allCaps(alt)
	}
	return !hasDiacritics(name) && hasDiacritics(alt)
}
