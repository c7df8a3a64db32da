package nlp

import (
	"strings"
	"time"
)

// weekdayYears dates a day written with its weekday and without its year
// ("on Tuesday, May 28") by the weekday rather than by the reference
// date, which may be only the story's, borrowed for an article of
// unknown date: a day of the year falls on the same weekday only every
// five years or more, so of the latest year the text names, the year
// before it and the year after it, at most one agrees. The day takes
// that year when the text names it; otherwise it is left as it was.
func weekdayYears(text string, ts []TimeExpr) {
	latest := 0
	named := map[int]bool{}
	for _, t := range ts {
		if t.Resolved && !t.Relative && !t.RefYear && !t.Start.IsZero() {
			named[t.Start.Year()] = true
			latest = max(latest, t.Start.Year())
		}
	}
	if latest == 0 {
		return
	}
	for i := range ts {
		t := &ts[i]
		yearless := t.Unresolved == UnresolvedNoYear || t.RefYear && t.Resolved
		if !yearless || t.Weekday == 0 || t.Granularity != GranDay {
			continue
		}
		// The weekday must be written: a resolved day carries the
		// weekday of the date it was given.
		wd, mo, dd := weekdayMonthDay(text[t.Span.Start:t.Span.End])
		if mo == 0 || wd != t.Weekday {
			continue
		}
		agree := 0
		for y := latest - 1; y <= latest+1; y++ {
			at := time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC)
			if at.Day() == dd && isoWeekday(at) == t.Weekday {
				agree = y
			}
		}
		if agree == 0 || !named[agree] {
			continue
		}
		t.Start = time.Date(agree, mo, dd, 0, 0, 0, 0, time.UTC)
		t.End = t.Start.AddDate(0, 0, 1)
		t.Resolved, t.Unresolved, t.RefYear = true, "", false
	}
}

// weekdayMonthDay returns the weekday, the month and the day of the
// month written in expr ("Tuesday, May 28"), or zeros when it does not
// hold exactly one of each.
func weekdayMonthDay(expr string) (int, time.Month, int) {
	var mo time.Month
	dd, wd := 0, 0
	for _, f := range strings.Fields(expr) {
		f = strings.Trim(f, ",.")
		if w := englishTime.weekdayNum(f); w != 0 {
			if wd != 0 {
				return 0, 0, 0
			}
			wd = w
			continue
		}
		if m := englishTime.monthNum(f); m != 0 {
			if mo != 0 {
				return 0, 0, 0
			}
			mo = m
			continue
		}
		if n := monthDayNumber(f); n >= 1 && n <= 31 {
			if dd != 0 {
				return 0, 0, 0
			}
			dd = n
		}
	}
	if wd == 0 || mo == 0 || dd == 0 {
		return 0, 0, 0
	}
	return wd, mo, dd
}

// monthDayNumber is the day of the month a word of one or two digits
// writes, bare ("10") or as an ordinal ("10th", "1st": "between Monday
// 10th July and Wednesday 12th July 2017"), or 0.
func monthDayNumber(f string) int {
	if len(f) == 3 || len(f) == 4 {
		n := atoi(f[:len(f)-2])
		if n > 0 && ordinalSuffixFits(n, strings.ToLower(f[len(f)-2:])) {
			return n
		}
	}
	if len(f) > 2 {
		return 0
	}
	return atoi(f)
}
