package nlp

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// UnresolvedSouthernSeason is why a season is left undated in a text that
// names a place of the southern hemisphere.
const UnresolvedSouthernSeason = "a season in a text about a place of the southern hemisphere, where it falls in other months"

// The seasons of the lexicon begin on their northern dates: "this summer"
// is June to September. South of the equator the same word is December
// to March ("This summer, I had hoped to find a way to prepare", said in
// New Zealand in January). Which hemisphere a text is about cannot be
// told for sure, so a text that names a southern place at all leaves its
// seasons undated, with the reason, rather than give the northern months.

// southernSeasons leaves undated each season of out when text names a
// place of the southern hemisphere.
func southernSeasons(text string, out []TimeExpr) {
	checked, southern := false, false
	for i, t := range out {
		if !t.Resolved || !namesSeason(t.Text, text[t.Span.End:]) {
			continue
		}
		if !checked {
			checked, southern = true, namesSouthernPlace(text)
		}
		if !southern {
			return
		}
		out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
		out[i].Unresolved = UnresolvedSouthernSeason
	}
}

// seasonNamedGames are the words that after a season name a games.
var seasonNamedGames = en.Set(lang.SeasonNamedGames)

// namesSeason reports whether an expression's words hold a season's name
// that is a season: in "the 2024 summer Olympic Games" it names the
// Games, of the year written whatever the hemisphere. after is the text
// after the expression, whose first word may be the games'.
func namesSeason(expr, after string) bool {
	words := strings.FieldsFunc(strings.ToLower(expr), func(r rune) bool { return !unicode.IsLetter(r) })
	words = append(words, nextWord(after))
	for i, w := range words[:len(words)-1] {
		if _, ok := englishTime.seasons[w]; ok && !seasonNamedGames.Has(words[i+1]) {
			return true
		}
	}
	return false
}

// namesSouthernPlace reports whether text names a place of the southern
// hemisphere as a whole word ("Perth", not "Perthshire").
func namesSouthernPlace(text string) bool {
	for _, place := range englishTime.southern {
		for from := 0; ; {
			j := strings.Index(text[from:], place)
			if j < 0 {
				break
			}
			at, end := from+j, from+j+len(place)
			if wordEdge(text, at, end) {
				return true
			}
			from = end
		}
	}
	return false
}

// wordEdge reports whether text[at:end] has no letter right before or
// after it.
func wordEdge(text string, at, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && unicode.IsLetter(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && unicode.IsLetter(r) {
		return false
	}
	return true
}
