package nlp

import (
	"strings"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// Days of the month written in words: "March first", "the fourth of
// July", "on the twenty-first of May". They resolve as the same day in
// digits does.

// dayOrdinals map the ordinal words of days of the month to their day.
var dayOrdinals = en.Map(lang.DayOrdinalWords)

// dayOrdinal returns the day an ordinal word names, as the digits the
// day patterns' resolvers read.
func dayOrdinal(w string) string {
	return dayOrdinals[strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(w, "-", " ")), " "))]
}

func resolveMonthDayWord(m []string, c timeContext) (timeValue, bool) {
	d := dayOrdinal(m[2])
	if d == "" {
		return timeValue{}, false
	}
	return singleDay(atoi(m[3]), englishTime.monthNum(m[1]), atoi(d), c)
}

func resolveDayWordMonth(m []string, c timeContext) (timeValue, bool) {
	d := dayOrdinal(m[1])
	if d == "" {
		return timeValue{}, false
	}
	return singleDay(atoi(m[3]), englishTime.monthNum(m[2]), atoi(d), c)
}

// refuseMonthOrdinal turns down "March first" where the ordinal goes on
// to a noun of its own: "the March second round", "in March first-time
// voters". With no year after it, a day in words ends its phrase: the
// word after it, if any, is a function word ("on March first the team").
func refuseMonthOrdinal(m []string, _, rest string) bool {
	if m[3] != "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); r == '-' || r == '‑' {
		return true
	}
	w := nextWord(rest)
	return w != "" && !IsStopword(w)
}
