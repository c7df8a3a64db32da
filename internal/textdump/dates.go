package textdump

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// monthNames maps month names and common abbreviations in the sources'
// languages (Russian in the genitive that dates use) to month numbers.
var monthNames = func() map[string]time.Month {
	m := make(map[string]time.Month)
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"ene feb mar abr may jun jul ago sept oct nov dic",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"jänner feb mär apr mai jun jul aug sept okt nov dez",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"janv févr mars avr mai juin juil août sept oct nov déc",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	}
	for _, list := range lists {
		for i, name := range strings.Fields(list) {
			if _, taken := m[name]; !taken {
				m[name] = time.Month(i + 1)
			}
		}
	}
	m["sept"] = time.September
	m["setiembre"] = time.September
	return m
}()

var monthAlt = func() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longer names first so that "september" wins over "sep".
	sortByLenDesc(names)
	return strings.Join(names, "|")
}()

var (
	isoDate   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2}))?`)
	ymdDate   = regexp.MustCompile(`\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b`)
	dmyDotted = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	dmySlash  = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	dayMonth  = regexp.MustCompile(`(?:^|[^\pL\d])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(` + monthAlt + `)\.?,?\s+(?:de\s+)?(\d{4})\b`)
	monthDay  = regexp.MustCompile(`(?:^|[^\pL])(` + monthAlt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	clock     = regexp.MustCompile(`\b(\d{1,2})(?:[.h]|:\s?)(\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?)?`)
)

// parseDate finds the first date in s and returns it, with the time of day
// when one follows the date. Ambiguous numeric dates (3/4/2023) are
// refused: unknown is better than wrong.
func parseDate(s string) (time.Time, bool) {
	// Every accepted form has a four-digit year.
	if !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false
	}
	low := strings.ToLower(s)
	var y, d int
	var mo time.Month
	restAt := -1
	if m := isoDate.FindStringSubmatchIndex(low); m != nil {
		y, mo, d = atoi(low, m, 1), time.Month(atoi(low, m, 2)), atoi(low, m, 3)
		if m[6] < 0 {
			restAt = m[1]
		} else {
			restAt = m[6]
		}
	} else if m := dayMonth.FindStringSubmatchIndex(low); m != nil {
		d, mo, y = atoi(low, m, 1), monthNames[low[m[4]:m[5]]], atoi(low, m, 3)
		restAt = m[1]
	} else if m := monthDay.FindStringSubmatchIndex(low); m != nil {
		mo, d, y = monthNames[low[m[2]:m[3]]], atoi(low, m, 2), atoi(low, m, 3)
		restAt = m[1]
	} else if m := ymdDate.FindStringSubmatchIndex(low); m != nil {
		y, mo, d = atoi(low, m, 1), time.Month(atoi(low, m, 2)), atoi(low, m, 3)
		restAt = m[1]
	} else if m := dmyDotted.FindStringSubmatchIndex(low); m != nil {
		d, mo, y = atoi(low, m, 1), time.Month(atoi(low, m, 2)), atoi(low, m, 3)
		restAt = m[1]
	} else if m := dmySlash.FindStringSubmatchIndex(low); m != nil {
		a, b := atoi(low, m, 1), atoi(low, m, 2)
		switch {
		case a > 12 && b <= 12:
			d, mo = a, time.Month(b)
		case b > 12 && a <= 12:
			d, mo = b, time.Month(a)
		default:
			return time.Time{}, false
		}
		y = atoi(low, m, 3)
		restAt = m[1]
	} else {
		return time.Time{}, false
	}
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 February and the like
	}
	rest := low[restAt:]
	if m := clock.FindStringSubmatchIndex(rest); m != nil && m[0] <= 8 {
		h, mi := atoi(rest, m, 1), atoi(rest, m, 2)
		if m[6] >= 0 {
			pm := strings.HasPrefix(rest[m[6]:m[7]], "p")
			if h == 12 {
				h = 0
			}
			if pm {
				h += 12
			}
		}
		if h < 24 && mi < 60 {
			t = t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
			// The zone printed after the time, read in the original
			// capitals ("9:21am IST"); lower-casing kept the offsets.
			if len(low) == len(s) {
				if z := zoneAfter.FindStringSubmatch(s[restAt+m[1]:]); z != nil {
					if off, ok := lang.ZoneOffset(z[1]); ok {
						t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.FixedZone(z[1], off))
					}
				}
			}
		}
	}
	return t, true
}

// zoneAfter is a time zone right after a clock time: "IST", "(EDT)",
// "GMT+2", "+05:30".
var zoneAfter = regexp.MustCompile(`^\s*\(?([A-Z]{1,5}(?:[+\-−]\d{1,2}(?::?\d{2})?)?|[+\-−]\d{2}:?\d{2})\b`)

// atoi reads submatch n of a FindStringSubmatchIndex result.
func atoi(s string, m []int, n int) int {
	v, _ := strconv.Atoi(s[m[2*n]:m[2*n+1]])
	return v
}

func sortByLenDesc(s []string) {
	// Insertion sort: the list is small and built once.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) > len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

var (
	temperature = regexp.MustCompile(`(?i)^-?\d+(?:[.,]\d+)?\s*°?\s*[cf]$|°`)
	clockOnly   = regexp.MustCompile(`(?i)^\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?$`)
)

// inWidget reports whether line i sits among widget lines: temperatures,
// bare clocks, or one-word place names without a sentence around them.
func inWidget(lines []line, i int) bool {
	for k := max(0, i-3); k <= min(len(lines)-1, i+3); k++ {
		if k == i {
			continue
		}
		t := lines[k].text
		if temperature.MatchString(t) || clockOnly.MatchString(t) {
			return true
		}
	}
	return false
}

// isCopyright reports whether s is a copyright notice, whose year is
// never a publication date.
func isCopyright(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "(c) ")
}
