package nlp

import (
	"regexp"
	"time"
)

// textYearWindow is how near the full dates of a text a yearless day must
// lie, and how near each other they must all lie, for the text to give
// it their year.
const textYearWindow = 45 * 24 * time.Hour

// writtenYear matches a year written out in an expression.
var writtenYear = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)

// TextYearDays returns times with the yearless days of an article of
// unknown date given the year its own full dates fix: "On July 11,
// Branson flew" after the launch is dated "July 20, 2021" is 11 July
// 2021. News writes a year at a date's first mention and drops it after,
// so only the full dates written before the day count; they fix its year
// when they all lie within textYearWindow of each other and the day lies
// that near them in one year only. A text that also wrote "July 20,
// 1969" fixes nothing, nor does a birth date written after the day
// ("released on Bowie's birthday, January 8" … "born … on January 8,
// 1947"). A day with a weekday, an open bound or a relative count keeps
// its own rules. The caller passes the expressions of an article whose
// date is not known; with a date known, the year is the reference's
// (FindTimes).
//
// A text that counts weeks, months or years from its own telling ("last
// month's failed coup") is of a time its full dates need not be near:
// "the coup attempt July 15" in a text whose full dates are of 2014 was
// of the telling's July (PolNeAR train). Such a text fixes no year.
func TextYearDays(times []TimeExpr) []TimeExpr {
	for _, t := range times {
		if t.Relative && (t.Granularity == GranWeek || t.Granularity == GranMonth || t.Granularity == GranYear) {
			return times
		}
	}
	out := append([]TimeExpr(nil), times...)
	for i := range out {
		t := &out[i]
		if !t.RefYear || !t.Resolved || t.Open != "" || t.Granularity != GranDay || hasWeekday(t.Text) {
			continue
		}
		if day, ok := textYearDay(times, *t); ok {
			years := day.Year() - t.Start.Year()
			t.Start, t.End, t.RefYear = day, t.End.AddDate(years, 0, 0), false
		}
	}
	return out
}

// textYearDay is the day t falls on in the year the full dates written
// before it fix, if they fix one.
func textYearDay(times []TimeExpr, t TimeExpr) (time.Time, bool) {
	var lo, hi time.Time
	for _, f := range times {
		if f.Span.Start >= t.Span.Start || !f.Resolved || f.Relative || f.RefYear || f.Open != "" || f.Granularity != GranDay || !writtenYear.MatchString(f.Text) {
			continue
		}
		if lo.IsZero() || f.Start.Before(lo) {
			lo = f.Start
		}
		if hi.IsZero() || f.Start.After(hi) {
			hi = f.Start
		}
	}
	if lo.IsZero() || hi.Sub(lo) > textYearWindow {
		return time.Time{}, false
	}
	var found []time.Time
	for y := lo.Year() - 1; y <= hi.Year()+1; y++ {
		d := t.Start.AddDate(y-t.Start.Year(), 0, 0)
		if d.Day() == t.Start.Day() && d.Sub(hi) <= textYearWindow && lo.Sub(d) <= textYearWindow {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		return time.Time{}, false
	}
	return found[0], true
}
