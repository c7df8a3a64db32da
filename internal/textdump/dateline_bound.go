package textdump

import (
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// A dateline prints the page's day, alone or after a label ("Updated 1
// January 2019"). A line that bounds its clause by the date ("Michel
// Temer … will serve out Ms Rousseff's term until 1 January 2019", a
// standfirst without its full stop) tells a time of the story, often one
// still to come, not the day the page was written: a bound word (since,
// after, before, until, by) right before the date says so.

// timeBoundWords are the words that make the date after them a bound of
// its clause's time (the time-bounds class).
var timeBoundWords = lang.English().Map(lang.TimeBounds)

// dateStarts are the date forms parseDate reads, in its order, with the
// group where the date itself starts (after any separator the pattern
// takes before it).
var dateStarts = []struct {
	re    *regexp.Regexp
	group int
}{{isoDate, 0}, {dayMonth, 1}, {monthDay, 1}, {ymdDate, 0}, {dmyDotted, 0}, {dmySlash, 0}}

// boundDate reports whether the first date of s, as parseDate reads it,
// follows a bound word.
func boundDate(s string) bool {
	low := strings.ToLower(s)
	for _, f := range dateStarts {
		m := f.re.FindStringSubmatchIndex(low)
		if m == nil {
			continue
		}
		before := strings.Fields(low[:m[2*f.group]])
		for n := 1; n <= min(3, len(before)); n++ {
			if _, ok := timeBoundWords[strings.Join(before[len(before)-n:], " ")]; ok {
				return true
			}
		}
		return false
	}
	return false
}
