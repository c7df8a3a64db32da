package nlp

import (
	"regexp"
	"time"
)

// numericGlossRe is a date in numbers set in brackets right after a day
// word: " (06/03/2012)", " (12/6)". The numbers alone are no date (which
// is the month differs by country, and a bare "12/6" may be a score or a
// ratio); the day word they gloss tells them apart.
var numericGlossRe = regexp.MustCompile(`^\s?\(\s?(\d{1,2})/(\d{1,2})(?:/(\d\d(?:\d\d)?))?\s?\)`)

// A day word glossed in brackets by its date in numbers ("crashed … on
// Sunday (06/03/2012)", "“Today (12/6) at 08:03 JST, the helicopter …”")
// is that date, as a gloss in words is (glossedDays): the writer states
// it. Of the two orders of month and day, the one date that fits is
// taken:
//   - a weekday must be the date's own: 3 June 2012 was a Sunday, 6 March
//     a Tuesday;
//   - a gloss without its year takes one near the day the word counts to
//     from the article's date, and must lie within maxGlossShift of it;
//     it stays a day of the reference's year (RefYear), which an
//     article of unknown date does not date;
//   - any other day word ("today", "yesterday") needs the day it counts
//     to, and the gloss within maxGlossShift of it.
//
// Two dates that fit, or none, date nothing. It runs before the quoted
// days are re-dated: a quotation that glosses its own "today" dates it,
// whoever said it and whenever.
func numericGlossDays(text string, out []TimeExpr) {
	for i := range out {
		t := &out[i]
		if !t.Relative || t.Open != "" || t.Granularity != GranDay {
			continue
		}
		m := numericGlossRe.FindStringSubmatch(text[t.Span.End:])
		if m == nil {
			continue
		}
		weekday := hasWeekday(t.Text) && t.Weekday != 0
		if !weekday && !t.Resolved {
			continue
		}
		var years []int
		switch {
		case m[3] != "":
			y := atoi(m[3])
			if len(m[3]) == 2 {
				y = twoDigitYear(y)
			}
			years = []int{y}
		case t.Resolved:
			years = []int{t.Start.Year() - 1, t.Start.Year(), t.Start.Year() + 1}
		default:
			continue
		}
		l := time.UTC
		if t.Resolved {
			l = t.Start.Location()
		}
		var found []time.Time
		for _, md := range [][2]int{{atoi(m[1]), atoi(m[2])}, {atoi(m[2]), atoi(m[1])}} {
			mo, dd := time.Month(md[0]), md[1]
			for _, y := range years {
				if !validDay(y, mo, dd) {
					continue
				}
				at := day(y, mo, dd, l)
				if weekday && isoWeekday(at) != t.Weekday {
					continue
				}
				if (!weekday || m[3] == "") && (!t.Resolved || absDuration(at.Sub(t.Start)) > maxGlossShift) {
					continue
				}
				if len(found) == 1 && found[0].Equal(at) {
					continue
				}
				found = append(found, at)
			}
		}
		if len(found) != 1 {
			continue
		}
		t.Start, t.End, t.Resolved, t.Unresolved = found[0], found[0].AddDate(0, 0, 1), true, ""
		t.Relative, t.RefYear = false, m[3] == ""
	}
}

// absDuration is d without its sign.
func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
