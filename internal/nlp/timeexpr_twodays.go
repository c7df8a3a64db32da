package nlp

import "regexp"

// A date written with a day number on each side of its month and a year
// after ("on 26 April 2 2016") is garbled: day-month and month-day orders
// are both English, and nothing tells which number is the day. Reading
// the month-day half alone would give 2 April. Such a date is kept, and
// left undated with this reason.

// UnresolvedTwoDays is why a date with two day numbers is left undated.
const UnresolvedTwoDays = "a day number on each side of the month; which is the day is not known"

// twoDaysPattern returns the pattern of such a date, read before every
// other so that neither half is read alone.
func twoDaysPattern(month string) timePattern {
	return timePattern{
		re: regexp.MustCompile(`\b` + dayNumRe + `\s+` + month + `\s+` + dayNumRe + `,?\s+` + yearRe + `\b`),
		resolve: func([]string, timeContext) (timeValue, bool) {
			return timeValue{gran: GranDay, unresolved: true, reason: UnresolvedTwoDays}, true
		},
		need: hasDigit,
	}
}
