package nlp

import (
	"strings"
	"time"
)

// numericDateRe is a date written in numbers with slashes and a year of
// two or four digits ("12/21/12", "Friday, 21/12/2012"), after the
// weekday that may gloss it. Which of the first two numbers is the month
// differs by country (month first in the United States, day first in
// most of the world), so numericDay reads one only when the numbers
// allow a single order or the weekday agrees with a single one.
func numericDateRe(weekday string) string {
	return `\b(?:` + weekday + `,?\s+)?(\d{1,2})/(\d{1,2})/(\d\d(?:\d\d)?)\b`
}

// numericDay returns the day a numeric date match (numericDateRe) writes,
// or false when no single order of month and day fits: neither, or both
// to different days the weekday, if written, does not tell apart.
func numericDay(m []string) (time.Time, bool) {
	y := atoi(m[4])
	if len(m[4]) == 2 {
		y = twoDigitYear(y)
	}
	wd := englishTime.weekdayNum(m[1])
	var days []time.Time
	for _, md := range [][2]int{{atoi(m[2]), atoi(m[3])}, {atoi(m[3]), atoi(m[2])}} {
		mo, d := time.Month(md[0]), md[1]
		if !validDay(y, mo, d) {
			continue
		}
		at := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if wd != 0 && isoWeekday(at) != wd || len(days) == 1 && days[0].Equal(at) {
			continue
		}
		days = append(days, at)
	}
	if len(days) != 1 {
		return time.Time{}, false
	}
	return days[0], true
}

// refuseNumericDate turns down a numeric date no single order reads
// (numericDay) and numbers that run on into a path, a version or a
// longer number ("/2012/12/21/", "1.12/21/12").
func refuseNumericDate(m []string, before, rest string) bool {
	if _, ok := numericDay(m); !ok {
		return true
	}
	return strings.HasSuffix(before, "/") || strings.HasSuffix(before, ".") ||
		strings.HasPrefix(rest, "/") || len(rest) > 1 && (rest[0] == '.' || rest[0] == '-') && rest[1] >= '0' && rest[1] <= '9'
}

func resolveNumericDate(m []string, c timeContext) (timeValue, bool) {
	at, ok := numericDay(m)
	if !ok {
		return timeValue{}, false
	}
	v, ok := singleDay(at.Year(), at.Month(), at.Day(), c)
	if ok && m[1] != "" {
		v.weekday = englishTime.weekdayNum(m[1])
	}
	return v, ok
}
