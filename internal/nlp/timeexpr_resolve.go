package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

func loc(ref time.Time) *time.Location {
	if ref.IsZero() {
		return time.UTC
	}
	return ref.Location()
}

func day(y int, m time.Month, d int, l *time.Location) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, l)
}

// yearSlack is how far past the reference date a day told in the past
// may lie (or before it a day told in the future): a page's date may be
// a day off the writer's, across time zones.
const yearSlack = 36 * time.Hour

// nearestYear picks the year for a month and day given without one. The
// tense of the clause gives the direction: in the past, the last such day
// up to the reference date ("was arrested Jan. 14" in a September text is
// this January); in the future, the next one from it ("the trial begins
// Jan. 14" is next January). With no tense, or when only a verb of saying
// some words before marks it, the occurrence closest to the reference
// date.
// A range of days (d1 to d2) is ahead while its last day is, and past
// once its first day is.
func nearestYear(m time.Month, d1, d2 int, c timeContext) (int, bool) {
	d := d1
	if c.ref.IsZero() {
		return 0, false
	}
	l := loc(c.ref)
	if c.tensed && !c.reported {
		if c.future {
			for y := c.ref.Year() - 1; y <= c.ref.Year()+1; y++ {
				if day(y, m, d2, l).Add(yearSlack).After(c.ref) {
					return y, true
				}
			}
		} else if c.until {
			return untilDayYear(c), true
		} else {
			for y := c.ref.Year() + 1; y >= c.ref.Year()-1; y-- {
				if !day(y, m, d, l).After(c.ref.Add(yearSlack)) {
					return y, true
				}
			}
		}
	}
	best, bestDiff := 0, time.Duration(1<<62)
	for y := c.ref.Year() - 1; y <= c.ref.Year()+1; y++ {
		diff := day(y, m, d, l).Sub(c.ref)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best, true
}

func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= day(y, m+1, 0, time.UTC).Day()
}

func dateRange(y int, m time.Month, d1, d2 int, c timeContext) (timeValue, bool) {
	if d2 < d1 || !validDay(2000, m, d1) || !validDay(2000, m, d2) {
		return timeValue{}, false
	}
	refYear := y == 0
	if y == 0 {
		var ok bool
		if y, ok = nearestYear(m, d1, d2, c); !ok {
			return timeValue{gran: GranRange, unresolved: true, refYear: true}, true
		}
	}
	l := loc(c.ref)
	return timeValue{start: day(y, m, d1, l), end: day(y, m, d2+1, l), gran: GranRange, refYear: refYear}, true
}

func resolveMonthDayRange(m []string, c timeContext) (timeValue, bool) {
	return dateRange(atoi(m[4]), englishTime.monthNum(m[1]), atoi(m[2]), atoi(m[3]), c)
}

func resolveDayMonthRange(m []string, c timeContext) (timeValue, bool) {
	return dateRange(atoi(m[4]), englishTime.monthNum(m[3]), atoi(m[1]), atoi(m[2]), c)
}

// resolveMonthRange resolves "from January to March 2009": the first
// month takes the second's year unless it gives its own, and a first
// month after the second is of the year before ("December 2008 to
// February 2009" written as "December to February 2009").
func resolveMonthRange(m []string, c timeContext) (timeValue, bool) {
	m1, y1, m2, y2 := englishTime.monthNum(m[1]), atoi(m[2]), englishTime.monthNum(m[3]), atoi(m[4])
	if m1 == 0 || m2 == 0 {
		return timeValue{}, false
	}
	if y1 == 0 {
		y1 = y2
		if m1 > m2 {
			y1--
		}
	}
	l := loc(c.ref)
	v := timeValue{start: day(y1, m1, 1, l), end: day(y2, m2+1, 1, l), gran: GranRange}
	return v, v.start.Before(v.end)
}

// resolveCrossMonthRange resolves "October 16 to November 14": the year
// written after the second day is the end's; a first month after the
// second is of the year before. Without a year, the first day's year is
// chosen as a lone day's would be.
func resolveCrossMonthRange(m []string, c timeContext) (timeValue, bool) {
	m1, d1, m2, d2, y := englishTime.monthNum(m[1]), atoi(m[2]), englishTime.monthNum(m[3]), atoi(m[4]), atoi(m[5])
	if m1 == 0 || m2 == 0 || m1 == m2 || !validDay(2000, m1, d1) || !validDay(2000, m2, d2) {
		return timeValue{}, false
	}
	v := timeValue{gran: GranRange, refYear: y == 0}
	y1 := y
	switch {
	case y != 0 && m1 > m2:
		y1 = y - 1
	case y == 0:
		var ok bool
		if y1, ok = nearestYear(m1, d1, 31+d2, c); !ok {
			v.unresolved = true
			return v, true
		}
		y = y1
		if m1 > m2 {
			y++
		}
	}
	l := loc(c.ref)
	v.start, v.end = day(y1, m1, d1, l), day(y, m2, d2+1, l)
	return v, v.start.Before(v.end)
}

func singleDay(y int, mo time.Month, d int, c timeContext) (timeValue, bool) {
	if !validDay(2000, mo, d) {
		return timeValue{}, false
	}
	v, ok := dateRange(y, mo, d, d, c)
	if v.gran == GranRange {
		v.gran = GranDay
	}
	if ok && !v.unresolved {
		v.weekday = isoWeekday(v.start)
	}
	return v, ok
}

func resolveMonthDay(m []string, c timeContext) (timeValue, bool) {
	return singleDay(dateYear(m[3], m[4]), englishTime.monthNum(m[1]), atoi(m[2]), c)
}

func resolveDayMonth(m []string, c timeContext) (timeValue, bool) {
	return singleDay(dateYear(m[3], m[4]), englishTime.monthNum(m[2]), atoi(m[1]), c)
}

// dateYear is the year a date writes in full (whole) or cut to two
// digits after an apostrophe (short), 0 when it writes none.
func dateYear(whole, short string) int {
	if short != "" {
		return twoDigitYear(atoi(short))
	}
	return atoi(whole)
}

// twoDigitYear is the year a two-digit one stands for: of this century
// up to the middle of it, as news writes it.
func twoDigitYear(y int) int {
	if y < 50 {
		return y + 2000
	}
	return y + 1900
}

func resolveISO(m []string, c timeContext) (timeValue, bool) {
	y := atoi(m[1])
	if y == 0 {
		return timeValue{}, false
	}
	return singleDay(y, time.Month(atoi(m[2])), atoi(m[3]), c)
}

func monthValue(y int, mo time.Month, l *time.Location) timeValue {
	return timeValue{start: day(y, mo, 1, l), end: day(y, mo+1, 1, l), gran: GranMonth}
}

func resolveMonthYear(m []string, c timeContext) (timeValue, bool) {
	return monthValue(atoi(m[2]), englishTime.monthNum(m[1]), loc(c.ref)), true
}

// resolveMonth resolves a month named without its year: the last one
// before the reference date in a past clause, the next one in a future
// clause, the one of "last" or "next" when written.
func resolveMonth(m []string, c timeContext) (timeValue, bool) {
	mo := englishTime.monthNum(m[2])
	if c.ref.IsZero() {
		return timeValue{gran: GranMonth, unresolved: true, refYear: true}, true
	}
	prep := strings.ToLower(strings.TrimSpace(m[1]))
	// The pattern's only step words are "last", "next" and "this".
	last, next := englishTime.steps[prep] < 0, englishTime.steps[prep] > 0
	y := c.ref.Year()
	bound := monthBounds[prep]
	switch {
	case !c.tensed && !last && !next && bound != "from" && bound != "until":
		// No tense to go by: the nearest such month, the past one
		// when both are half a year away.
		switch diff := int(mo) - int(c.ref.Month()); {
		case diff > 5:
			y--
		case diff < -6:
			y++
		}
	case last || bound == "from" || (mo > c.ref.Month() && !c.future && !next && bound != "until"):
		if mo >= c.ref.Month() {
			y--
		}
	case next || (mo < c.ref.Month() && c.future):
		if mo <= c.ref.Month() {
			y++
		}
	}
	v := monthValue(y, mo, loc(c.ref))
	v.refYear = true
	return v, true
}

func yearValue(y1, y2 int, l *time.Location) timeValue {
	return timeValue{start: day(y1, 1, 1, l), end: day(y2+1, 1, 1, l), gran: GranYear}
}

func resolveYear(m []string, c timeContext) (timeValue, bool) {
	y := atoi(m[1])
	return yearValue(y, y, loc(c.ref)), true
}

// resolveYearRange resolves "1950-53", "1939 to 1945" and "between 2001
// and 2003": a two-digit end takes the start's century.
func resolveYearRange(m []string, c timeContext) (timeValue, bool) {
	y1, y2 := atoi(m[1]), atoi(m[2])
	if len(m[2]) == 2 {
		y2 += y1 / 100 * 100
	}
	if y2 <= y1 {
		return timeValue{}, false
	}
	v := yearValue(y1, y2, loc(c.ref))
	v.gran = GranRange
	return v, true
}

// resolveDecades resolves "the 1940s and 1950s" to 1940–1959 when the
// decades touch; two decades apart are two periods, not one.
func resolveDecades(m []string, c timeContext) (timeValue, bool) {
	y1, y2 := atoi(m[1]), atoi(m[2])
	if y2 != y1+10 {
		return timeValue{}, false
	}
	v := yearValue(y1, y2+9, loc(c.ref))
	v.gran = GranRange
	return v, true
}

// resolveDecade resolves "the 1990s" to 1990–1999, and a part of it to
// that part's years: "the early 1990s" 1990–1993, "the mid-1990s"
// 1994–1996, "the late 1990s" 1997–1999, as news writes them of the
// decade's first years, its middle and its last.
func resolveDecade(m []string, c timeContext) (timeValue, bool) {
	y := atoi(m[1])
	first, last := y, y+9
	// "the early 1900s" is mostly the century's first years, not the
	// decade's: the part of a decade that starts a past century is left
	// whole.
	if third, ok := decadePart(m[0]); ok && (y%100 != 0 || y >= 2000) {
		first, last = y+decadePartYears[third][0], y+decadePartYears[third][1]
	}
	v := yearValue(first, last, loc(c.ref))
	v.gran = GranRange
	return v, true
}

// decadePartYears are the first and last year, counted from the
// decade's first, of each third of a decade (periodPartThirds).
var decadePartYears = [3][2]int{{0, 3}, {4, 6}, {7, 9}}

// decadePart returns which third of a decade the words of a decade
// expression name ("the late 1970s", "the mid-1990s"), if any.
func decadePart(expr string) (int, bool) {
	for _, w := range strings.Fields(strings.ToLower(expr)) {
		for k, third := range periodPartThirds {
			if w == k || strings.HasSuffix(k, "-") && strings.HasPrefix(w, k) && len(w) > len(k) {
				return third, true
			}
		}
	}
	return 0, false
}

func isoWeekdayOf(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

func isoWeekday(t time.Time) int { return isoWeekdayOf(t.Weekday()) }

// weekdayDate resolves a named weekday: in a past clause the most recent
// one on or before the reference date, in a future clause the next one
// on or after it; "last" and "next" step over the reference day itself.
func weekdayDate(wd int, mod string, c timeContext) time.Time {
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), loc(c.ref))
	diff := wd - isoWeekday(refDay)
	step := englishTime.steps[strings.ToLower(mod)]
	future := c.future
	switch {
	case step > 0:
		future = true
	case step < 0:
		future = false
	}
	switch {
	case future && diff < 0:
		diff += 7
	case !future && diff > 0:
		diff -= 7
	}
	if step != 0 && diff == 0 {
		diff = map[bool]int{true: 7, false: -7}[future]
	}
	return refDay.AddDate(0, 0, diff)
}

func resolveWeekday(m []string, c timeContext) (timeValue, bool) {
	wd := englishTime.weekdayNum(m[2])
	v := timeValue{gran: GranDay, weekday: wd, partOfDay: strings.ToLower(m[3]), needsRef: true}
	if v.partOfDay != "" {
		v.gran = GranPart
	}
	if !c.ref.IsZero() {
		v.start = weekdayDate(wd, m[1], c)
		v.end = v.start.AddDate(0, 0, 1)
	}
	return v, true
}

func resolveWeekdayPair(m []string, c timeContext) (timeValue, bool) {
	a, b := englishTime.weekdayNum(m[1]), englishTime.weekdayNum(m[2])
	v := timeValue{gran: GranRange, needsRef: true}
	if !c.ref.IsZero() {
		v.start = weekdayDate(a, "", c)
		end := weekdayDate(b, "", c)
		if end.Before(v.start) {
			end = end.AddDate(0, 0, 7)
		}
		v.end = end.AddDate(0, 0, 1)
	}
	return v, true
}

func resolveDeictic(m []string, c timeContext) (timeValue, bool) {
	v := timeValue{gran: GranDay, needsRef: true}
	w := strings.ToLower(m[1])
	offset := englishTime.days[w]
	if n, ok := englishTime.nights[w]; ok {
		offset, v.gran, v.partOfDay = n, GranPart, "night"
	}
	if !c.ref.IsZero() {
		v.start = day(c.ref.Year(), c.ref.Month(), c.ref.Day()+offset, loc(c.ref))
		v.end = v.start.AddDate(0, 0, 1)
		v.weekday = isoWeekday(v.start)
	}
	return v, true
}

func resolveRelative(m []string, c timeContext) (timeValue, bool) {
	part, side, which, unit := strings.ToLower(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), englishTime.units[strings.ToLower(m[4])]
	v := timeValue{needsRef: true}
	if c.ref.IsZero() {
		v.gran = map[string]string{"week": GranWeek, "weekend": GranRange, "month": GranMonth, "year": GranYear}[unit]
		return v, true
	}
	step := englishTime.steps[which]
	l := loc(c.ref)
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), l)
	switch unit {
	case "week", "weekend":
		monday := refDay.AddDate(0, 0, 1-isoWeekday(refDay)+7*step)
		// "this weekend" told in the past is the one just gone, as far
		// into the week as the reference day lies ("Starting this
		// weekend, his wife has joined him" on a Monday); otherwise the
		// weekend of the reference day's week.
		if unit == "weekend" && step == 0 && part == "" && side == "" && c.tensed && !c.future && !c.reported {
			sat := refDay.AddDate(0, 0, -((isoWeekday(refDay) + 1) % 7))
			v.start, v.end, v.gran = sat, sat.AddDate(0, 0, 2), GranRange
			return v, true
		}
		// On a Sunday, the last day of the week that ends, "this week"
		// in a clause not in the past is the one that starts ("Congress
		// returns this week"); told in the past, the one that ends.
		if step == 0 && side == "" && isoWeekday(refDay) == 7 && englishTime.sundayWeeks.Has(unit) && (c.future || !c.tensed) {
			monday = refDay.AddDate(0, 0, 1)
		}
		v.start, v.end, v.gran = monday, monday.AddDate(0, 0, 7), GranWeek
		if unit == "weekend" {
			v.start, v.gran = monday.AddDate(0, 0, 5), GranRange
		}
	case "month":
		first := day(c.ref.Year(), c.ref.Month()+time.Month(step), 1, l)
		v.start, v.end, v.gran = first, first.AddDate(0, 1, 0), GranMonth
	case "year":
		first := day(c.ref.Year()+step, 1, 1, l)
		v.start, v.end, v.gran = first, first.AddDate(1, 0, 0), GranYear
	}
	// "the end of last month", "earlier this week": narrow to the part
	// written, and to before or after the reference day for earlier/later.
	span := v.end.Sub(v.start)
	if third, ok := englishTime.thirds[part]; ok {
		switch third {
		case 0:
			v.end = v.start.Add(span / 3)
		case 1:
			v.start, v.end = v.start.Add(span/3), v.end.Add(-span/3)
		case 2:
			v.start = v.end.Add(-span / 3)
		}
		v.start = day(v.start.Year(), v.start.Month(), v.start.Day(), l)
		v.end = day(v.end.Year(), v.end.Month(), v.end.Day(), l)
		v.gran = GranRange
	}
	switch englishTime.sides[side] {
	case -1:
		if refDay.Before(v.end) {
			v.end = refDay
		}
		v.gran = GranRange
	case 1:
		if refDay.After(v.start) {
			v.start = refDay.AddDate(0, 0, 1)
		}
		v.gran = GranRange
	}
	if !v.start.Before(v.end) {
		return v, false
	}
	return v, true
}

func resolvePartOfDay(m []string, c timeContext) (timeValue, bool) {
	v := timeValue{gran: GranPart, partOfDay: strings.ToLower(m[2]), needsRef: true}
	offset := englishTime.days[strings.ToLower(m[1])]
	if !c.ref.IsZero() {
		v.start = day(c.ref.Year(), c.ref.Month(), c.ref.Day()+offset, loc(c.ref))
		v.end = v.start.AddDate(0, 0, 1)
		v.weekday = isoWeekday(v.start)
	}
	return v, true
}

// nextSeason is the season that follows each, by its name.
func nextSeason(season string) string {
	start := englishTime.seasons[season]
	best, bestKey := "", 1<<30
	for name, s := range englishTime.seasons {
		k := (s[0]*100 + s[1] - start[0]*100 - start[1] + 1200) % 1200
		if k > 0 && k < bestKey {
			best, bestKey = name, k
		}
	}
	return best
}

// resolveSeason resolves "last summer" to the most recent summer that has
// ended (or the previous one, if it is summer now), "this summer" to the
// one of the reference year and "next summer" to the coming one.
func resolveSeason(m []string, c timeContext) (timeValue, bool) {
	v := timeValue{gran: GranRange, needsRef: true}
	if c.ref.IsZero() {
		return v, true
	}
	which, season := strings.ToLower(m[1]), strings.ToLower(m[2])
	l := loc(c.ref)
	startOf := func(y int) time.Time { s := englishTime.seasons[season]; return day(y, time.Month(s[0]), s[1], l) }
	next := nextSeason(season)
	endOf := func(y int) time.Time { // the next season's start
		s := englishTime.seasons[next]
		if s[0] < englishTime.seasons[season][0] {
			y++
		}
		return day(y, time.Month(s[0]), s[1], l)
	}
	y := c.ref.Year()
	switch englishTime.steps[which] {
	case -1:
		for !endOf(y).Before(c.ref) && y > c.ref.Year()-2 {
			y--
		}
	case 1:
		for !startOf(y).After(c.ref) {
			y++
		}
	default: // this: the one running now, else the one of this year
		wraps := englishTime.seasons[next][0] < englishTime.seasons[season][0]
		if wraps && c.ref.Before(endOf(y-1)) {
			y--
		}
	}
	v.start, v.end = startOf(y), endOf(y)
	return v, true
}

func resolveAgo(m []string, c timeContext) (timeValue, bool) {
	n, _, ok := parseNumber(m[1])
	if indefiniteArticles[strings.ToLower(m[1])] {
		n, ok = 1, true
	}
	if !ok || n > 1000 {
		return timeValue{}, false
	}
	k := int(n)
	unit := englishTime.units[strings.ToLower(m[2])]
	v := timeValue{needsRef: true, gran: map[string]string{"day": GranDay, "week": GranWeek, "month": GranMonth, "year": GranYear}[unit]}
	if c.ref.IsZero() {
		return v, true
	}
	l := loc(c.ref)
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), l)
	switch unit {
	case "day":
		v.start = refDay.AddDate(0, 0, -k)
		v.end = v.start.AddDate(0, 0, 1)
	case "week":
		v.start, v.end = refDay.AddDate(0, 0, -7*k-3), refDay.AddDate(0, 0, -7*k+4)
	case "month":
		v.start = day(c.ref.Year(), c.ref.Month()-time.Month(k), 1, l)
		v.end = v.start.AddDate(0, 1, 0)
	case "year":
		v.start = day(c.ref.Year()-k, 1, 1, l)
		v.end = v.start.AddDate(1, 0, 0)
	}
	return v, true
}

// monthBounds maps the prepositions before a month that bound the time
// to their kind of time-bounds ("since" is from).
var monthBounds = en.Map(lang.MonthBoundPrepositions)
