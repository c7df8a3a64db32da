package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// UnresolvedNamedDay is why a named day is left undated: the lexicon
// holds no date of it in the years around the reference date ("Super
// Tuesday" of a year without a primary calendar in the lexicon).
const UnresolvedNamedDay = "a named day whose date that year the lexicon does not hold"

// UnresolvedNamedDayFar is why a named day is left undated when the
// occurrence its clause's tense points to is more than half a year from
// the reference date: "Christmas Eve with marinated pork" told in a
// December text is a custom, not last year's; "most recently in a Labor
// Day interview" three days after Labor Day is not next year's.
const UnresolvedNamedDayFar = "a named day more than half a year from the article's date, whose year the text does not give"

// UnresolvedOtherCalendar is why a feast that moves with Easter is left
// undated when another church's calendar is named before it ("Orthodox
// Easter"): the lexicon computes only the Western (Gregorian) Easter.
const UnresolvedOtherCalendar = "a feast of a church calendar whose Easter the lexicon does not compute"

// namedDayReach is how far from the reference date a named day without
// its year is taken to be.
const namedDayReach = 183 * 24 * time.Hour

// namedDay is a day a name gives (NamedDays in the lexicon): a fixed
// month and day ("christmas = 12-25"), the first given weekday on or after
// a month and day ("thanksgiving = thursday 11-22"), or the dates listed
// for it ("super tuesday = 2016-03-01 2020-03-03").
type namedDay struct {
	month   time.Month
	day     int
	weekday int // ISO; 0 for a fixed day
	dates   []time.Time
	// fromEaster is set for a feast that moves with Easter: the day is
	// easter days after Western Easter Sunday ("easter-2" is Good Friday).
	fromEaster bool
	easter     int
}

// namedDays are the lexicon's named days by lower-cased name.
var namedDays = parseNamedDays(en.Map(lang.NamedDaysCased))

func parseNamedDays(m map[string]string) map[string]namedDay {
	out := map[string]namedDay{}
	for name, v := range m {
		var nd namedDay
		for _, f := range strings.Fields(v) {
			if t, err := time.Parse("2006-01-02", f); err == nil {
				nd.dates = append(nd.dates, t)
				continue
			}
			if rest, ok := strings.CutPrefix(f, "easter"); ok {
				nd.fromEaster = true
				if rest != "" {
					nd.easter = atoi(rest)
				}
				continue
			}
			if wd, ok := englishTime.weekdays[f]; ok {
				nd.weekday = wd
				continue
			}
			mo, d, ok := strings.Cut(f, "-")
			if ok {
				nd.month, nd.day = time.Month(atoi(mo)), atoi(d)
			}
		}
		if len(nd.dates) > 0 || nd.fromEaster || validDay(2000, nd.month, nd.day) {
			out[strings.ToLower(name)] = nd
		}
	}
	return out
}

// in returns the day the name falls on in year y, if it has one then.
func (nd namedDay) in(y int, l *time.Location) (time.Time, bool) {
	if nd.fromEaster {
		return easterSunday(y, l).AddDate(0, 0, nd.easter), true
	}
	if len(nd.dates) > 0 {
		for _, t := range nd.dates {
			if t.Year() == y {
				return day(y, t.Month(), t.Day(), l), true
			}
		}
		return time.Time{}, false
	}
	t := day(y, nd.month, nd.day, l)
	if nd.weekday != 0 {
		t = t.AddDate(0, 0, (nd.weekday-isoWeekday(t)+7)%7)
	}
	return t, true
}

// resolveNamedDay resolves a named day ("Super Tuesday", "Christmas Day",
// "the Fourth of July"), with its year when written ("Super Tuesday
// 2016"), else by its clause's tense as a month and day without a year
// are: the last one up to the reference date told in the past, the next
// one ahead, the nearest with no tense; one more than half a year away is
// left undated.
func resolveNamedDay(m []string, c timeContext) (timeValue, bool) {
	nd, ok := namedDays[strings.ToLower(strings.Join(strings.Fields(m[2]), " "))]
	if !ok {
		return timeValue{}, false
	}
	if m[1] != "" && nd.fromEaster {
		return timeValue{gran: GranDay, unresolved: true, reason: UnresolvedOtherCalendar}, true
	}
	l := loc(c.ref)
	one := func(t time.Time) timeValue {
		return timeValue{start: t, end: t.AddDate(0, 0, 1), gran: GranDay, weekday: isoWeekday(t)}
	}
	if m[3] != "" {
		if t, ok := nd.in(atoi(m[3]), l); ok {
			return one(t), true
		}
		return timeValue{gran: GranDay, unresolved: true, reason: UnresolvedNamedDay}, true
	}
	if c.ref.IsZero() {
		return timeValue{gran: GranDay, unresolved: true, refYear: true}, true
	}
	var best time.Time
	for y := c.ref.Year() - 1; y <= c.ref.Year()+1; y++ {
		t, ok := nd.in(y, l)
		if !ok {
			continue
		}
		switch {
		case c.tensed && !c.reported && c.future:
			if t.Add(yearSlack).After(c.ref) && best.IsZero() {
				best = t
			}
		case c.tensed && !c.reported:
			if !t.After(c.ref.Add(yearSlack)) {
				best = t
			}
		default:
			if best.IsZero() || t.Sub(c.ref).Abs() < best.Sub(c.ref).Abs() {
				best = t
			}
		}
	}
	if best.IsZero() {
		return timeValue{gran: GranDay, unresolved: true, reason: UnresolvedNamedDay}, true
	}
	if best.Sub(c.ref).Abs() > namedDayReach {
		return timeValue{gran: GranDay, unresolved: true, reason: UnresolvedNamedDayFar}, true
	}
	v := one(best)
	v.refYear = true
	return v, true
}

// hasNamedDay is the cheap test for the named-day pattern: the first
// word of some name is in s.
func hasNamedDay(s string) bool {
	l := strings.ToLower(s)
	for _, w := range namedDayHeads {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

var namedDayHeads = func() []string {
	var heads []string
	seen := map[string]bool{}
	for name := range namedDays {
		h, _, _ := strings.Cut(name, " ")
		if !seen[h] {
			seen[h] = true
			heads = append(heads, h)
		}
	}
	return heads
}()
