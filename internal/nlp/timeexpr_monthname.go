package nlp

import (
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// English names a ruler by a name and an epithet after "the" ("August the
// Strong", "Peter the Great", "Charles the Bald"), and some of those names
// are month words. A month is never followed so: after "the" a date takes
// a day ("August the 5th", "May the fifth"), not an epithet. Only a listed
// epithet tells the name: a month may stand before its verb's object
// ("Remember in November the Democrats who filibustered").

// nameEpithetArticles stand between a name and its epithet ("the"),
// rulerEpithets are the epithets ("Strong"), as written.
var (
	nameEpithetArticles = en.Set(lang.NameEpithetArticles)
	rulerEpithets       = en.Set(lang.RulerEpithets)
)

// refuseMonthEpithet refuses a month placed by a preposition ("by
// August") that is a name followed by its epithet ("by August the Strong,
// the Saxon elector"). rest is the sentence after the match.
func refuseMonthEpithet(_ []string, _, rest string) bool {
	art := nextWord(rest)
	if !nameEpithetArticles.Has(art) {
		return false
	}
	after := strings.TrimLeft(rest, " ")[len(art):]
	t := strings.TrimLeft(after, " ")
	if len(t) == len(after) {
		return false
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(t)
	}
	return rulerEpithets.Has(t[:end])
}

// A month word may also begin a hyphenated name ("Mar-a-Lago", "Lee
// Jun-seok"). A date joins a hyphen after its month only to another month
// ("May-June", a range) or to a part of the month ("by March-end"); any
// other word after the hyphen makes the month a part of that word.

// monthCompoundParts are the parts of a month written after it with a
// hyphen ("March-end").
var monthCompoundParts = en.Set(lang.MonthCompoundParts)

// monthInCompound reports whether the expression at [start, end) ends in
// a month word that a hyphen joins to a following word that is neither a
// month nor a part of one.
func monthInCompound(text string, start, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], "-")
	if !ok {
		return false
	}
	words := strings.FieldsFunc(text[start:end], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || englishTime.monthNum(words[len(words)-1]) == 0 {
		return false
	}
	next := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
	return next != "" && englishTime.monthNum(next) == 0 && !monthCompoundParts.Has(strings.ToLower(next))
}
