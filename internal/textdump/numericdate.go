package textdump

import (
	"regexp"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

var (
	// numericDateLine is a line that is only a numeric date with a
	// two- or four-digit year, after at most a label ("Posted:"), as the
	// tokenised text prints it ("11 / 10 / 11").
	numericDateLine = regexp.MustCompile(`^\s*(?:(\pL+)\s*:?\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})\b(.*)$`)
	// numericDateRest is what may follow it: a clock time, after a
	// comma, "@" or a short connective, and time zones.
	numericDateRest = regexp.MustCompile(`^\s*,?\s*(?:@|\pL{1,2}\s)?\s*(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*\d{2})?\s*((?i:[ap]\.?\s?m\b\.?))?((?:\s*\(?[A-Z]{1,5}\)?)*)[\s|]*$`)
)

// parseNumericDateLine reads a date line such as "12/23/12 06:03 PM ET"
// or "Posted: 04/02/07, 9:00 PM PDT": the whole line is the date, with
// at most a dateline label before it and a clock time and zones after.
// The order of day and month is taken only when it is not in doubt: one
// part is above 12, both are the same, or the line's time zone is one of
// a place that writes the month first. Otherwise the line is refused:
// 05/02/2013 alone is 5 February in most of the world and 2 May in the
// United States.
func parseNumericDateLine(s string) (time.Time, bool) {
	m := numericDateLine.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	if m[1] != "" && !lang.English().Set(lang.DatelineLabels).Has(strings.ToLower(m[1])) {
		return time.Time{}, false
	}
	var h, mi int
	var zones []string
	if rest := m[5]; strings.TrimSpace(strings.Trim(rest, "|")) != "" {
		r := numericDateRest.FindStringSubmatch(rest)
		if r == nil {
			return time.Time{}, false
		}
		h, mi = atoiString(r[1]), atoiString(r[2])
		if r[3] != "" {
			if h < 1 || h > 12 {
				return time.Time{}, false
			}
			if h == 12 {
				h = 0
			}
			if strings.HasPrefix(strings.ToLower(r[3]), "p") {
				h += 12
			}
		}
		if h > 23 || mi > 59 {
			return time.Time{}, false
		}
		zones = strings.FieldsFunc(r[4], func(c rune) bool { return c == ' ' || c == '\t' || c == '(' || c == ')' })
	}
	a, b := atoiString(m[2]), atoiString(m[3])
	var d int
	var mo time.Month
	switch {
	case a > 12 && b <= 12:
		d, mo = a, time.Month(b)
	case b > 12 && a <= 12:
		d, mo = b, time.Month(a)
	case a == b || monthFirstZone(zones):
		d, mo = b, time.Month(a)
	default:
		return time.Time{}, false
	}
	y := atoiString(m[4])
	if len(m[4]) == 2 {
		// News archives of two-digit years start in the 1990s.
		y += 2000
		if y >= 2070 {
			y -= 100
		}
	}
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 {
		return time.Time{}, false
	}
	loc := time.UTC
	if len(zones) > 0 {
		if off, ok := lang.ZoneOffset(zones[0]); ok {
			loc = time.FixedZone(zones[0], off)
		}
	}
	t := time.Date(y, mo, d, h, mi, 0, 0, loc)
	if t.Day() != d {
		return time.Time{}, false // 31 February and the like
	}
	return t, true
}

// monthFirstZone reports whether the zones printed on a date line are
// all of places that write the month first, and there is one.
func monthFirstZone(zones []string) bool {
	set := lang.English().Set(lang.MonthFirstZones)
	for _, z := range zones {
		if !set.Has(z) {
			return false
		}
	}
	return len(zones) > 0
}

// parseDateLine reads the date of a line that may be a date line: a date
// parseDate finds, or a numeric one the whole line is.
func parseDateLine(s string) (time.Time, bool) {
	if t, ok := parseDate(s); ok {
		return t, true
	}
	return parseNumericDateLine(s)
}

func atoiString(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
