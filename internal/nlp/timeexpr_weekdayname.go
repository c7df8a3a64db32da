package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// A weekday may stand inside a name: a football club ("Sheffield
// Wednesday"), a church or a street. English writes such a name as a run
// of capitalised words with nothing between them, and uses it like any
// name: in the possessive ("Sheffield Wednesday's ground") or before the
// head of the thing it names ("Sheffield Wednesday Football Club"). A
// day is never written so: a weekday after a bare name is an adverb
// ("Biden Wednesday signed"), which takes no possessive and no such head.

// weekdayNameHeads are the heads a weekday's name stands before.
var weekdayNameHeads = en.Keys(lang.WeekdayNameHeads)

// weekdayPlacers place a weekday ("last", "on"): capitalised at a
// sentence's start they are no name.
var weekdayPlacers = en.Set(lang.WeekdayPreceders)

// weekdayInName reports whether the bare weekday at [start, end) of
// sentence s follows a capitalised word, with one space between, and is
// followed by a possessive or a name's head.
func weekdayInName(text string, s Sentence, start, end int) bool {
	if englishTime.weekdayNum(text[start:end]) == 0 {
		return false
	}
	before := text[s.Start:start]
	if !strings.HasSuffix(before, " ") || strings.HasSuffix(before, "  ") {
		return false
	}
	toks := Tokenize(before, s.Start)
	if len(toks) == 0 {
		return false
	}
	prev := toks[len(toks)-1]
	if prev.Span.End != start-1 || !isLetterWord(prev.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev.Text)
	lp := strings.ToLower(prev.Text)
	// "On Wednesday's vote", "Last Wednesday's": a word that places the
	// day, capitalised at the sentence's start, is no name.
	if !unicode.IsUpper(r) || IsStopword(lp) || englishTime.bounds[lp] != "" ||
		englishTime.weekdayNum(lp) != 0 || weekdayPlacers.Has(lp) {
		return false
	}
	after := text[end:s.End]
	if possessiveAt(after) != "" {
		return true
	}
	after = strings.TrimPrefix(after, " ")
	for _, h := range weekdayNameHeads {
		if strings.HasPrefix(after, h) {
			rest := after[len(h):]
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}
