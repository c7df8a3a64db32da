package lang

import (
	"strings"
	"sync"
	"unicode"
)

// detection holds, once loaded, what Detect reads from every lexicon.
type detection struct {
	// words maps each detection word to the languages that list it.
	words map[string][]string
	// letters maps each distinctive letter to its language.
	letters map[rune]string
}

var (
	detectOnce sync.Once
	detectData detection
)

func detectionData() detection {
	detectOnce.Do(func() {
		d := detection{words: map[string][]string{}, letters: map[rune]string{}}
		for _, code := range Codes() {
			l, _ := For(code)
			for _, w := range l.List(DetectionWords) {
				d.words[w] = append(d.words[w], code)
			}
			for _, s := range l.List(DetectionLetters) {
				for _, r := range s {
					d.letters[r] = code
				}
			}
		}
		detectData = d
	})
	return detectData
}

// IsDetectionWord reports whether the lower-case token w is a detection
// word of some language.
func IsDetectionWord(w string) bool {
	_, ok := detectionData().words[w]
	return ok
}

// HasDetectionWords reports whether the language lists detection words,
// so that a text's density of them says whether it is prose.
func HasDetectionWords(code string) bool {
	l, ok := For(code)
	return ok && l.Has(DetectionWords)
}

// Tokens splits s into lower-cased word tokens (runs of letters and
// digits), as Detect counts them.
func Tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Detect names the language of text (an ISO 639-1 code) by its script,
// then by which language's detection words it uses most; "" when it
// cannot tell. Languages that share the words most used ("на", "не" of
// Russian and Ukrainian) are told apart by their distinctive letters
// when the words are too few to.
func Detect(text string) string {
	var hangul, kana, han, cyrillic, arabic, greek, letters int
	d := detectionData()
	byLetter := map[string]int{}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Greek, r):
			greek++
		}
		if code, ok := d.letters[unicode.ToLower(r)]; ok {
			byLetter[code]++
		}
	}
	if letters == 0 {
		return ""
	}
	switch share := func(n int) bool { return n*3 > letters }; {
	case share(hangul):
		return "ko"
	case kana*10 > letters:
		return "ja"
	case share(han):
		return "zh"
	case share(arabic):
		return "ar"
	case share(greek):
		return "el"
	}
	counts := make(map[string]int)
	toks := Tokens(text)
	for _, t := range toks {
		for _, code := range d.words[t] {
			counts[code]++
		}
	}
	best, bestN := "", 0
	for code, n := range counts {
		if n > bestN || (n == bestN && code < best) {
			best, bestN = code, n
		}
	}
	// Too few function words means the text is in a language without a
	// list (or is not prose); say nothing rather than guess, unless the
	// script and its letters tell.
	if bestN*20 < len(toks) || bestN < 3 {
		if cyrillic*2 > letters {
			return cyrillicByLetters(byLetter)
		}
		return ""
	}
	return best
}

// cyrillicByLetters names a Cyrillic text's language by the distinctive
// letters it holds, Russian when it holds none.
func cyrillicByLetters(byLetter map[string]int) string {
	best, bestN := "ru", 0
	for code, n := range byLetter {
		if n > bestN || (n == bestN && code < best) {
			best, bestN = code, n
		}
	}
	return best
}
