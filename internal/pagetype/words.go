package pagetype

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// phrases holds one class of phrases of every language: a page's
// declared language is often wrong or missing, and these phrases do not
// mean anything else in another language.
type phrases []string

var (
	phrasesOnce sync.Once
	classes     map[lang.Class]phrases
)

func phrasesOf(c lang.Class) phrases {
	phrasesOnce.Do(func() {
		classes = map[lang.Class]phrases{}
		for _, cl := range []lang.Class{lang.ErrorPagePhrases, lang.ErrorPageNames, lang.BlockPagePhrases, lang.PaywallPhrases, lang.ListingTitlePhrases, lang.ListingPageNames, lang.HomePageNames, lang.FrontPageEndings, lang.ListIntroPhrases, lang.PlaceholderPagePhrases, lang.LoginPagePhrases, lang.SectionLabels} {
			seen := map[string]bool{}
			var ps phrases
			for _, code := range lang.Codes() {
				l, _ := lang.For(code)
				for w := range l.Set(cl) {
					if !seen[w] {
						seen[w] = true
						ps = append(ps, w)
					}
				}
			}
			// Longest first, so that a page's reason names the most
			// specific phrase, and the same on every run (map order).
			sort.Slice(ps, func(i, j int) bool {
				if len(ps[i]) != len(ps[j]) {
					return len(ps[i]) > len(ps[j])
				}
				return ps[i] < ps[j]
			})
			classes[cl] = ps
		}
	})
	return classes[c]
}

// find returns the first phrase that occurs in s as whole words (s is
// lower-cased here), or "".
func (ps phrases) find(s string) string {
	s = normalise(s)
	for _, p := range ps {
		if containsWords(s, p) {
			return p
		}
	}
	return ""
}

// normalise lower-cases s, folds typographic apostrophes, collapses
// space and drops a space before a colon: French typography sets one
// there ("Catégorie : X"), and so do some templates in any language
// ("Category : X"), which is the same label as "Category: X".
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), " :", ":")
}

// containsWords reports whether p occurs in s with no letter or digit
// just before or after it.
func containsWords(s, p string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(p)
		// A phrase of a script written without spaces begins and
		// ends where it does, whatever letters touch it.
		before := i == 0 || startsUnspaced(p) || !isWordByte(s, i-1, true)
		after := j == len(s) || endsUnspaced(p) || !isWordByte(s, j, false)
		if before && after {
			return true
		}
		off = i + 1
	}
}

func startsUnspaced(p string) bool {
	for _, r := range p {
		return isUnspaced(r)
	}
	return false
}

func endsUnspaced(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return isUnspaced(r)
}

// isWordByte tells whether the rune ending (before) or starting (after)
// at byte i of s is a letter or digit.
func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		j := i
		for j > 0 && s[j]&0xC0 == 0x80 {
			j--
		}
		r = []rune(s[j : i+1])[0]
	} else {
		for _, c := range s[i:] {
			r = c
			break
		}
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordCount counts the words of s: space-separated tokens, where a run
// of a script written without spaces between words (Chinese, Japanese,
// Thai, Lao, Khmer, Burmese) counts one word for every two characters,
// about the length of a word in those languages. Counting such a run as
// one word made a Chinese article a page of a few words, with no prose.
func wordCount(s string) int {
	n := 0
	for _, tok := range strings.Fields(s) {
		unspaced, other := 0, false
		for _, r := range tok {
			if isUnspaced(r) {
				unspaced++
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				other = true
			}
		}
		switch {
		case unspaced == 0:
			n++
		default:
			n += (unspaced + 1) / 2
			if other {
				n++
			}
		}
	}
	return n
}

// isUnspaced tells whether r belongs to a script written without spaces
// between words.
func isUnspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
