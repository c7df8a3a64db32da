package nlp

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	monthRe   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRe = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	dayNumRe  = `(\d{1,2})(?:st|nd|rd|th)?`
	yearRe    = `((?:19|20)\d\d)`
	rangeSep  = `\s*(?:-|–|—|to|and|through|until|till)\s*`
)

// timePattern is one shape of time expression and how to resolve it.
type timePattern struct {
	re      *regexp.Regexp
	resolve func(m []string, c timeContext) (timeValue, bool)
	// need is a cheap test a sentence must pass for the pattern to match
	// in it; running the regular expressions only where they can match
	// keeps analysis fast.
	need func(s string) bool
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func hasMonth(s string) bool {
	for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func hasWeekday(s string) bool { return strings.Contains(s, "day") }

func hasSeason(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "spring") || strings.Contains(l, "summer") || strings.Contains(l, "autumn") || strings.Contains(l, "fall") || strings.Contains(l, "winter")
}

func hasAgo(s string) bool { return strings.Contains(s, " ago") }

func hasRelative(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"yesterday", "today", "tomorrow", "tonight", "last night", "week", "month", "year", "this morning", "this afternoon", "this evening"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// timeContext is what resolving an expression may look at.
type timeContext struct {
	ref    time.Time // zero when unknown
	future bool      // the clause speaks of the future
}

type timeValue struct {
	start, end time.Time
	gran       string
	weekday    int
	partOfDay  string
	needsRef   bool // relative: unresolved without a reference date
	unresolved bool
}

var timePatterns = []timePattern{
	{regexp.MustCompile(`\b(?:between\s+)?` + monthRe + `\s+` + dayNumRe + rangeSep + dayNumRe + `\b(?:,?\s+` + yearRe + `\b)?`), resolveMonthDayRange, hasDigit},
	{regexp.MustCompile(`\b(?:between\s+)?` + dayNumRe + rangeSep + dayNumRe + `\s+(?:of\s+)?` + monthRe + `(?:,?\s+` + yearRe + `\b)?`), resolveDayMonthRange, hasDigit},
	{regexp.MustCompile(`\b` + monthRe + `\s+` + dayNumRe + `\b(?:,?\s+` + yearRe + `\b)?`), resolveMonthDay, hasDigit},
	{regexp.MustCompile(`\b` + dayNumRe + `\s+(?:of\s+)?` + monthRe + `(?:,?\s+` + yearRe + `\b)?`), resolveDayMonth, hasDigit},
	{regexp.MustCompile(`\b` + monthRe + `,?\s+` + yearRe + `\b`), resolveMonthYear, hasDigit},
	{regexp.MustCompile(`\b((?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Ff]rom|[Oo]f)\s+)` + monthRe + `\b`), resolveMonth, hasMonth},
	{regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Ee]arly|[Ll]ate|[Oo]f)\s+` + yearRe + `\b`), resolveYear, hasDigit},
	{regexp.MustCompile(`\b(\d{4})-(\d\d)-(\d\d)\b`), resolveISO, hasDigit},
	{regexp.MustCompile(`\b(?:on\s+)?` + weekdayRe + `\s+or\s+` + weekdayRe + `\b`), resolveWeekdayPair, hasWeekday},
	{regexp.MustCompile(`\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate)\s+)?` + weekdayRe + `(?:\s+(morning|afternoon|evening|night))?\b`), resolveWeekday, hasWeekday},
	{regexp.MustCompile(`(?i)\b(yesterday|today|tomorrow|tonight|last night)\b`), resolveDeictic, hasRelative},
	{regexp.MustCompile(`(?i)\b(this|yesterday|tomorrow)\s+(morning|afternoon|evening)\b`), resolvePartOfDay, hasRelative},
	{regexp.MustCompile(`(?i)\b(last|this|next|past)\s+(spring|summer|autumn|fall|winter)\b`), resolveSeason, hasSeason},
	{regexp.MustCompile(`(?i)\b(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b`), resolveAgo, hasAgo},
	{regexp.MustCompile(`(?i)\b(?:(?:at\s+)?the\s+(end|start|beginning|middle)\s+of\s+|(earlier|later)\s+)?(last|this|next|past|coming)\s+(week|weekend|month|year)\b`), resolveRelative, hasRelative},
}

// FindTimes returns the time expressions of the text of d, resolved against
// ref. d.Sentences must be set.
func FindTimes(d *Doc, ref time.Time) []TimeExpr {
	type match struct {
		start, end int
		m          []string
		p          *timePattern
	}
	var ms []match
	for pi := range timePatterns {
		p := &timePatterns[pi]
		for _, sent := range d.Sentences {
			if !p.need(sent.Text) {
				continue
			}
			for _, loc := range p.re.FindAllStringSubmatchIndex(sent.Text, -1) {
				sub := make([]string, len(loc)/2)
				for i := range sub {
					if loc[2*i] >= 0 {
						sub[i] = sent.Text[loc[2*i]:loc[2*i+1]]
					}
				}
				ms = append(ms, match{sent.Start + loc[0], sent.Start + loc[1], sub, p})
			}
		}
	}
	// Patterns are ordered from the most to the least specific: take each
	// pattern's matches in that order, skipping any that overlap one taken.
	taken := make([]match, 0, len(ms))
	used := make([]bool, len(d.Text))
	for _, m := range ms {
		if slices.Contains(used[m.start:m.end], true) {
			continue
		}
		for i := m.start; i < m.end; i++ {
			used[i] = true
		}
		taken = append(taken, m)
	}
	slices.SortFunc(taken, func(a, b match) int { return a.start - b.start })
	var out []TimeExpr
	for _, m := range taken {
		si := d.SentenceAt(m.start)
		c := timeContext{ref: ref, future: futureClause(d, si, m.start)}
		v, ok := m.p.resolve(m.m, c)
		if !ok {
			continue
		}
		te := TimeExpr{
			Text: d.Text[m.start:m.end], Granularity: v.gran, Weekday: v.weekday,
			PartOfDay: v.partOfDay, Sentence: si, Span: Span{m.start, m.end}, Relative: v.needsRef,
		}
		if !v.unresolved && !(v.needsRef && ref.IsZero()) {
			te.Start, te.End, te.Resolved = v.start, v.end, true
		}
		te.Dateline = inDateline(d.Text, m.start, m.end)
		out = append(out, te)
	}
	return mergeWeekdayDates(d.Text, out)
}

var (
	datelineBefore = regexp.MustCompile(`^[A-Z][A-Z .'’-]*,\s*$`)
	datelineAfter  = regexp.MustCompile(`^\s*(?:\(|—|–|-\s)`)
)

// inDateline reports whether the date at [start, end) is an article's
// dateline: at the start of a line after a place name in capitals and a
// comma, followed by the agency in brackets or a dash.
func inDateline(text string, start, end int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	if start-lineStart > 60 || !datelineBefore.MatchString(text[lineStart:start]) {
		return false
	}
	return datelineAfter.MatchString(text[end:min(len(text), end+5)])
}

// mergeWeekdayDates joins a weekday and the date written right after it
// ("Sunday, February 22, 2009") into one expression with the date's value:
// the weekday alone would otherwise be resolved on its own, and wrongly
// when the date is far from the reference.
func mergeWeekdayDates(text string, ts []TimeExpr) []TimeExpr {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if i+1 < len(ts) && t.Weekday != 0 && t.Granularity == GranDay {
			next := ts[i+1]
			gap := text[t.Span.End:next.Span.Start]
			if (gap == ", " || gap == " ") && next.Granularity == GranDay && (next.Weekday == 0 || next.Weekday == t.Weekday) {
				next.Text = text[t.Span.Start:next.Span.End]
				next.Span.Start = t.Span.Start
				next.Weekday = t.Weekday
				out = append(out, next)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

var (
	futureWords = setOf("will", "would", "'ll", "shall", "expected", "expects", "expect", "plans",
		"plan", "planned", "planning", "scheduled", "hopes", "hope", "wants", "aims", "intends",
		"could", "may", "might", "likely", "anticipated", "upcoming", "soon", "due")
	pastWords = setOf("had", "was", "were", "did", "left", "met", "went", "came", "arrived",
		"began", "held", "took", "made", "sent", "gave", "saw", "visited", "ago", "last")
)

// futureClause reports whether the words just before off in sentence si
// speak of the future: the nearest tense marker going backwards decides.
func futureClause(d *Doc, si, off int) bool {
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	toks := Tokenize(d.Text[s.Start:off], s.Start)
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-12; i-- {
		w := strings.ToLower(toks[i].Text)
		if futureWords[w] {
			return true
		}
		if pastWords[w] || (len(w) > 4 && strings.HasSuffix(w, "ed")) {
			if i > 0 && strings.EqualFold(toks[i-1].Text, "be") {
				continue // passive: "would be held on Tuesday"
			}
			return false
		}
	}
	return false
}

func monthNum(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:min(3, len(s))]) {
			return m
		}
	}
	return 0
}

func loc(ref time.Time) *time.Location {
	if ref.IsZero() {
		return time.UTC
	}
	return ref.Location()
}

func day(y int, m time.Month, d int, l *time.Location) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, l)
}

// nearestYear picks the year for a month and day given without one: the
// occurrence closest to the reference date.
func nearestYear(m time.Month, d int, c timeContext) (int, bool) {
	if c.ref.IsZero() {
		return 0, false
	}
	best, bestDiff := 0, time.Duration(1<<62)
	for y := c.ref.Year() - 1; y <= c.ref.Year()+1; y++ {
		diff := day(y, m, d, loc(c.ref)).Sub(c.ref)
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
	return m >= 1 && d >= 1 && d <= day(y, m+1, 0, time.UTC).Day()
}

func dateRange(y int, m time.Month, d1, d2 int, c timeContext) (timeValue, bool) {
	if d2 < d1 || !validDay(2000, m, d1) || !validDay(2000, m, d2) {
		return timeValue{}, false
	}
	if y == 0 {
		var ok bool
		if y, ok = nearestYear(m, d1, c); !ok {
			return timeValue{gran: GranRange, unresolved: true}, true
		}
	}
	l := loc(c.ref)
	return timeValue{start: day(y, m, d1, l), end: day(y, m, d2+1, l), gran: GranRange}, true
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func resolveMonthDayRange(m []string, c timeContext) (timeValue, bool) {
	return dateRange(atoi(m[4]), monthNum(m[1]), atoi(m[2]), atoi(m[3]), c)
}

func resolveDayMonthRange(m []string, c timeContext) (timeValue, bool) {
	return dateRange(atoi(m[4]), monthNum(m[3]), atoi(m[1]), atoi(m[2]), c)
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
	return singleDay(atoi(m[3]), monthNum(m[1]), atoi(m[2]), c)
}

func resolveDayMonth(m []string, c timeContext) (timeValue, bool) {
	return singleDay(atoi(m[3]), monthNum(m[2]), atoi(m[1]), c)
}

func resolveISO(m []string, c timeContext) (timeValue, bool) {
	return singleDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), c)
}

func monthValue(y int, mo time.Month, l *time.Location) timeValue {
	return timeValue{start: day(y, mo, 1, l), end: day(y, mo+1, 1, l), gran: GranMonth}
}

func resolveMonthYear(m []string, c timeContext) (timeValue, bool) {
	return monthValue(atoi(m[2]), monthNum(m[1]), loc(c.ref)), true
}

func resolveMonth(m []string, c timeContext) (timeValue, bool) {
	mo := monthNum(m[2])
	if c.ref.IsZero() {
		return timeValue{gran: GranMonth, unresolved: true}, true
	}
	prep := strings.ToLower(strings.TrimSpace(m[1]))
	y := c.ref.Year()
	switch {
	case prep == "last" || prep == "since" || (mo > c.ref.Month() && !c.future && prep != "next" && prep != "until"):
		if mo >= c.ref.Month() {
			y--
		}
	case prep == "next" || (mo < c.ref.Month() && c.future):
		if mo <= c.ref.Month() {
			y++
		}
	}
	return monthValue(y, mo, loc(c.ref)), true
}

func resolveYear(m []string, c timeContext) (timeValue, bool) {
	y := atoi(m[1])
	l := loc(c.ref)
	return timeValue{start: day(y, 1, 1, l), end: day(y+1, 1, 1, l), gran: GranYear}, true
}

func weekdayNum(s string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return isoWeekdayOf(d)
		}
	}
	return 0
}

func isoWeekdayOf(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

func isoWeekday(t time.Time) int { return isoWeekdayOf(t.Weekday()) }

// weekdayDate resolves a named weekday: the most recent one (today
// included) for the past, the next one (today included) for the future.
func weekdayDate(wd int, mod string, c timeContext) time.Time {
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), loc(c.ref))
	diff := wd - isoWeekday(refDay)
	mod = strings.ToLower(mod)
	future := c.future
	switch mod {
	case "next":
		future = true
	case "last":
		future = false
	}
	switch {
	case future && diff < 0:
		diff += 7
	case !future && diff > 0:
		diff -= 7
	}
	if mod == "next" && diff == 0 || mod == "last" && diff == 0 {
		diff = map[bool]int{true: 7, false: -7}[future]
	}
	return refDay.AddDate(0, 0, diff)
}

func resolveWeekday(m []string, c timeContext) (timeValue, bool) {
	wd := weekdayNum(m[2])
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
	a, b := weekdayNum(m[1]), weekdayNum(m[2])
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
	offset := 0
	switch strings.ToLower(m[1]) {
	case "yesterday":
		offset = -1
	case "tomorrow":
		offset = 1
	case "tonight":
		v.gran, v.partOfDay = GranPart, "night"
	case "last night":
		offset, v.gran, v.partOfDay = -1, GranPart, "night"
	}
	if !c.ref.IsZero() {
		v.start = day(c.ref.Year(), c.ref.Month(), c.ref.Day()+offset, loc(c.ref))
		v.end = v.start.AddDate(0, 0, 1)
		v.weekday = isoWeekday(v.start)
	}
	return v, true
}

func resolveRelative(m []string, c timeContext) (timeValue, bool) {
	part, side, which, unit := strings.ToLower(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), strings.ToLower(m[4])
	v := timeValue{needsRef: true}
	if c.ref.IsZero() {
		v.gran = map[string]string{"week": GranWeek, "weekend": GranRange, "month": GranMonth, "year": GranYear}[unit]
		return v, true
	}
	step := 0
	switch which {
	case "last", "past":
		step = -1
	case "next", "coming":
		step = 1
	}
	l := loc(c.ref)
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), l)
	switch unit {
	case "week", "weekend":
		monday := refDay.AddDate(0, 0, 1-isoWeekday(refDay)+7*step)
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
	switch part {
	case "end":
		v.start = v.end.Add(-span / 3)
		v.gran = GranRange
	case "start", "beginning":
		v.end = v.start.Add(span / 3)
		v.gran = GranRange
	case "middle":
		v.start, v.end = v.start.Add(span/3), v.end.Add(-span/3)
		v.start = day(v.start.Year(), v.start.Month(), v.start.Day(), l)
		v.end = day(v.end.Year(), v.end.Month(), v.end.Day(), l)
		v.gran = GranRange
	}
	if part == "end" || part == "start" || part == "beginning" {
		v.start = day(v.start.Year(), v.start.Month(), v.start.Day(), l)
		v.end = day(v.end.Year(), v.end.Month(), v.end.Day(), l)
	}
	switch side {
	case "earlier":
		if refDay.Before(v.end) {
			v.end = refDay
		}
		v.gran = GranRange
	case "later":
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
	offset := map[string]int{"this": 0, "yesterday": -1, "tomorrow": 1}[strings.ToLower(m[1])]
	if !c.ref.IsZero() {
		v.start = day(c.ref.Year(), c.ref.Month(), c.ref.Day()+offset, loc(c.ref))
		v.end = v.start.AddDate(0, 0, 1)
		v.weekday = isoWeekday(v.start)
	}
	return v, true
}

// seasonStart is where each (northern) season begins, by its usual
// astronomical dates: month and day.
var seasonStart = map[string][2]int{"spring": {3, 20}, "summer": {6, 21}, "autumn": {9, 22}, "fall": {9, 22}, "winter": {12, 21}}

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
	startOf := func(y int) time.Time { s := seasonStart[season]; return day(y, time.Month(s[0]), s[1], l) }
	next := map[string]string{"spring": "summer", "summer": "autumn", "autumn": "winter", "fall": "winter", "winter": "spring"}[season]
	endOf := func(y int) time.Time { // the next season's start
		s := seasonStart[next]
		if season == "winter" {
			y++
		}
		return day(y, time.Month(s[0]), s[1], l)
	}
	y := c.ref.Year()
	switch which {
	case "last", "past":
		for !endOf(y).Before(c.ref) && y > c.ref.Year()-2 {
			y--
		}
	case "next":
		for !startOf(y).After(c.ref) {
			y++
		}
	default: // this: the one running now, else the one of this year
		if season == "winter" && c.ref.Month() < 3 {
			y--
		}
	}
	v.start, v.end = startOf(y), endOf(y)
	return v, true
}

func resolveAgo(m []string, c timeContext) (timeValue, bool) {
	n, _, ok := parseNumber(m[1])
	if strings.EqualFold(m[1], "a") {
		n, ok = 1, true
	}
	if !ok || n > 1000 {
		return timeValue{}, false
	}
	k := int(n)
	unit := strings.ToLower(m[2])
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
