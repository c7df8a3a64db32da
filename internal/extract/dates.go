package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// parseDate reads a machine-written date: ISO 8601 and its common
// variants, RFC 1123, and the numeric forms CMSs put in meta tags. It does
// not guess at prose; textDate does that.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return withZoneName(t), plausibleDate(t)
		}
	}
	// Unix seconds or milliseconds, as some CMSs write them.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if len(s) >= 12 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return t, plausibleDate(t)
	}
	return textDate(s)
}

// withZoneName gives a time parsed with a zone abbreviation ("Fri Mar 13
// 21:30:09 EST 2015") that abbreviation's offset: the time package knows
// only the local zone's names and reads the rest as UTC.
func withZoneName(t time.Time) time.Time {
	name, off := t.Zone()
	if off != 0 || name == "" || name == "UTC" {
		return t
	}
	if o, ok := lang.ZoneOffset(name); ok && o != 0 {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, o))
	}
	return t
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon Jan 02 2006 15:04:05 GMT-0700", // JavaScript's Date.toString
}

// plausibleDate rejects dates no news page was published on: before the
// web, or in the future (a countdown, an event listing, a parse error).
func plausibleDate(t time.Time) bool {
	return t.Year() >= 1991 && t.Before(time.Now().Add(48*time.Hour))
}

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

const (
	monthRE   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekdayRE = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
	clockRE   = `(?:,?\s*(?:at\s+|-\s+|\|\s+)?(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?` + zoneRE + `)?`
	// zoneRE is a time zone after a clock time: "IST", "(EDT)", "GMT+2",
	// "+05:30"; capitals only, so that a word after the time is not one.
	zoneRE = `(?:\s*\(?((?-i:[A-Z]{1,5})(?:[+\-−]\d{1,2}(?::?\d{2})?)?|[+\-−]\d{2}:?\d{2})\b\)?)?`
)

var (
	// "Monday, 4 September 2023, 21:43", "4th Sept. 2023"
	dayMonthYear = regexp.MustCompile(`(?i)\b` + weekdayRE + `(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b` + clockRE)
	// "September 4, 2023 at 9:43 p.m.", "Sept. 4 2023"
	monthDayYear = regexp.MustCompile(`(?i)\b` + weekdayRE + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` + clockRE)
	// "2023-09-04 21:43", "2023/09/04"
	isoDay = regexp.MustCompile(`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b(?:[T ](\d{1,2}):(\d{2}))?`)
	// "04.09.2023 21:43", day first as everywhere that writes dots.
	dottedDay = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b` + clockRE)
)

// textDate finds the first full date (day, month and year) written in
// prose. A bare year or month, as copyright lines and archives print, is
// not a date.
func textDate(s string) (time.Time, bool) {
	type match struct {
		at int
		t  time.Time
	}
	var best *match
	try := func(at int, t time.Time) {
		if !t.IsZero() && plausibleDate(t) && (best == nil || at < best.at) {
			best = &match{at, t}
		}
	}
	if m := dayMonthYear.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		try(m[0], makeDate(g[3], months[strings.ToLower(g[2])[:3]], g[1], g[4], g[5], g[6], g[7]))
	}
	if m := monthDayYear.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		try(m[0], makeDate(g[3], months[strings.ToLower(g[1])[:3]], g[2], g[4], g[5], g[6], g[7]))
	}
	if m := isoDay.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		mon, _ := strconv.Atoi(g[2])
		try(m[0], makeDate(g[1], time.Month(mon), g[3], g[4], g[5], "", ""))
	}
	if m := dottedDay.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		mon, _ := strconv.Atoi(g[2])
		try(m[0], makeDate(g[3], time.Month(mon), g[1], g[4], g[5], g[6], g[7]))
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

// makeDate builds a time from matched parts, in the zone printed after
// the time when there is one ("9:21am IST" is 03:51 UTC) and in UTC
// otherwise; zero when the parts are not a date.
func makeDate(year string, month time.Month, day, hour, minute, ampm, zone string) time.Time {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	h, _ := strconv.Atoi(hour)
	mi, _ := strconv.Atoi(minute)
	if p := strings.ToLower(strings.ReplaceAll(ampm, ".", "")); p != "" {
		switch {
		case p == "pm" && h < 12:
			h += 12
		case p == "am" && h == 12:
			h = 0
		}
	}
	if h > 23 || mi > 59 {
		h, mi = 0, 0
	}
	loc := time.UTC
	if off, ok := lang.ZoneOffset(zone); ok && hour != "" {
		loc = time.FixedZone(zone, off)
	}
	t := time.Date(y, month, d, h, mi, 0, 0, loc)
	if t.Day() != d {
		return time.Time{} // 31 February
	}
	return t
}

var urlDate = regexp.MustCompile(`[/_-]((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)`)

// urlPathDate reads a date from a URL path such as /2023/09/04/slug,
// /20230904-slug or /slug-2023-09-04/.
func urlPathDate(u string) (time.Time, bool) {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	mon, _ := strconv.Atoi(m[2])
	t := makeDate(m[1], time.Month(mon), m[3], "", "", "", "")
	return t, !t.IsZero() && plausibleDate(t)
}
