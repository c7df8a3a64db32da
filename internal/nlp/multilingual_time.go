package nlp

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// dateParts is a date as written: zero for a part not written.
type dateParts struct{ year, month, day int }

// findTimes finds dates ("12. September 2023", "12 de septiembre de 2023",
// "2023年9月12日", "12.09.2023"), months of a year ("September 2023"),
// weekdays and relative days ("gestern", "昨天"), resolved against ref.
func (w *words) findTimes(d *Doc, ref time.Time) []TimeExpr {
	var out []TimeExpr
	for si, s := range d.Sentences {
		var found []written
		if w.yearMark != "" && w.yearMark != "none" {
			found = w.markedDates(d.Text, s.Start, s.End)
		} else {
			found = w.wordDates(d.Text, s.Start, s.End)
		}
		found = append(found, w.namedDays(d.Text, s.Start, s.End, found)...)
		for _, wr := range found {
			t := TimeExpr{Sentence: si, Span: wr.span, Text: d.Text[wr.span.Start:wr.span.End]}
			if t = resolveWritten(t, wr, ref); t.Unresolved != noSuchDay {
				openWritten(&t, wr.bound)
				out = append(out, t)
			}
		}
	}
	return out
}

// written is a time expression as found, before it is resolved.
type written struct {
	span     Span
	date     dateParts
	offset   int // days from the reference date, for a relative day
	relative bool
	wday     int // 1..7 (Monday = 1) for a weekday, 0 otherwise
	// bound is the open interval a word after the date makes of it
	// ("since", "after", "before", "until"), "" for none.
	bound string
}

// noSuchDay marks a date that is not in the calendar ("2月30日"): no
// date at all.
const noSuchDay = "no such day"

// resolveWritten turns a found expression into an interval.
func resolveWritten(t TimeExpr, wr written, ref time.Time) TimeExpr {
	loc := time.UTC
	if !ref.IsZero() {
		loc = ref.Location()
	}
	day := func(y, m, dd int) (time.Time, bool) {
		s := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc)
		return s, s.Day() == dd && int(s.Month()) == m
	}
	switch {
	case wr.wday > 0 || wr.offset != 0 || wr.relative:
		t.Relative, t.Granularity, t.Weekday = true, GranDay, wr.wday
		if ref.IsZero() {
			t.Unresolved = UnresolvedNoDate
			return t
		}
		r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, loc)
		if wr.wday > 0 {
			// News tells of days just past: the latest such weekday
			// on or before the reference date.
			back := (int(r.Weekday()) - wr.wday%7 + 7) % 7
			r = r.AddDate(0, 0, -back)
		} else {
			r = r.AddDate(0, 0, wr.offset)
		}
		t.Start, t.End, t.Resolved = r, r.AddDate(0, 0, 1), true
		return t
	}
	dp := wr.date
	if dp.month == 0 && dp.day > 0 {
		t.Relative, t.Granularity = true, GranDay
		if ref.IsZero() {
			t.Unresolved = UnresolvedNoDate
			return t
		}
		dp.year, dp.month = ref.Year(), int(ref.Month())
		if dp.day > ref.Day()+1 {
			// A day after the reference date's is last month's.
			prev := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, -1, 0)
			dp.year, dp.month = prev.Year(), int(prev.Month())
		}
	}
	if dp.year == 0 {
		if ref.IsZero() {
			t.Unresolved = UnresolvedNoYear
			if dp.day > 0 {
				t.Granularity = GranDay
			} else {
				t.Granularity = GranMonth
			}
			return t
		}
		dp.year, t.RefYear = ref.Year(), true
	}
	switch {
	case dp.month > 0 && dp.day > 0:
		s, ok := day(dp.year, dp.month, dp.day)
		if !ok {
			t.Unresolved = noSuchDay
			return t
		}
		t.Start, t.End, t.Granularity = s, s.AddDate(0, 0, 1), GranDay
	case dp.month > 0:
		s, _ := day(dp.year, dp.month, 1)
		t.Start, t.End, t.Granularity = s, s.AddDate(0, 1, 0), GranMonth
	default:
		s, _ := day(dp.year, 1, 1)
		t.Start, t.End, t.Granularity = s, s.AddDate(1, 0, 0), GranYear
	}
	t.Resolved = true
	return t
}

// readInt reads ASCII or full-width digits, or a numeral, at s[i:].
func (w *words) readInt(s string, i int) (int, int) {
	v, dec, n := parseLocalNumber(s[i:], 0, 0)
	if n > 0 && dec == 0 {
		return int(v), i + n
	}
	if !w.spaced {
		if v, n := parseNumeral(s[i:], w.numWords, w.multipliers); n > 0 && v < 10000 {
			return int(v), i + n
		}
	}
	return 0, i
}

// markedDates reads dates whose parts are each followed by a marker
// (2023年9月12日, 9月12日, 2023年9月, 2023年).
func (w *words) markedDates(text string, start, end int) []written {
	var out []written
	marks := func(m string) []string { return strings.Fields(m) }
	has := func(i int, m string) int {
		for _, x := range marks(m) {
			if strings.HasPrefix(text[i:end], x) {
				return len(x)
			}
		}
		return 0
	}
	i := start
	for i < end {
		n1, j := w.readInt(text[:end], i)
		if j == i {
			_, size := utf8.DecodeRuneInString(text[i:end])
			i += size
			continue
		}
		var dp dateParts
		k := j
		if m := has(k, w.yearMark); m > 0 && n1 >= 1000 && n1 < 3000 {
			dp.year, k = n1, k+m
			if n2, j2 := w.readInt(text[:end], k); j2 > k {
				if m := has(j2, w.monthMark); m > 0 && n2 >= 1 && n2 <= 12 {
					dp.month, k = n2, j2+m
					if n3, j3 := w.readInt(text[:end], k); j3 > k {
						if m := has(j3, w.dayMark); m > 0 && n3 >= 1 && n3 <= 31 {
							dp.day, k = n3, j3+m
						}
					}
				}
			}
		} else if m := has(k, w.monthMark); m > 0 && n1 >= 1 && n1 <= 12 {
			dp.month, k = n1, k+m
			if n3, j3 := w.readInt(text[:end], k); j3 > k {
				if m := has(j3, w.dayMark); m > 0 && n3 >= 1 && n3 <= 31 {
					dp.day, k = n3, j3+m
				}
			}
			if dp.day == 0 {
				i = k // "9月" alone: a month of no year, too vague to date
				continue
			}
		} else if m := has(k, w.dayMark); m > 0 && n1 >= 1 && n1 <= 31 {
			if w.countsDays(text[start:i], text[k+m:end]) {
				i = k + m // "発生から5日", "5日間": days counted, no date
				continue
			}
			dp.day, k = n1, k+m // "12日": the 12th of the reference month
		} else {
			i = j
			continue
		}
		wr := written{span: Span{i, k}, date: dp}
		longest := ""
		for b, kind := range w.dateBounds {
			if strings.HasPrefix(text[k:end], b) && len(b) > len(longest) {
				longest, wr.bound = b, kind
			}
		}
		k += len(longest)
		wr.span.End = k
		out = append(out, wr)
		i = k
	}
	return out
}

// countsDays reports whether a day's number and marker, between before
// and after, count days rather than name a day of the month.
func (w *words) countsDays(before, after string) bool {
	for _, b := range w.dayCountBefore {
		if strings.HasSuffix(before, b) {
			return true
		}
	}
	for _, a := range w.dayCountAfter {
		if strings.HasPrefix(after, a) {
			return true
		}
	}
	return false
}

// openWritten makes t the open interval its bound word gives, as
// openInterval does for English: "1939年以来" runs from 1939 on.
func openWritten(t *TimeExpr, bound string) {
	switch bound {
	case "":
		return
	case "since":
		openBy(t, "from")
	default:
		openBy(t, bound)
	}
}

// wordDates reads dates of spaced languages: a day, the month's name and
// a year in the language's order, with its fillers ("12 de septiembre de
// 2023", "12. September 2023", "12 сентября 2023 года"), a month and a
// year, and all-digit dates in the language's order ("12.09.2023").
func (w *words) wordDates(text string, start, end int) []written {
	var out []written
	ts := wordsOfSpan(text, start, end)
	month := func(t mlTok) int {
		return w.months[strings.TrimSuffix(t.lower, ".")]
	}
	year := func(t mlTok) int {
		if len(t.text) == 4 {
			if y, err := strconv.Atoi(t.text); err == nil && y >= 1000 && y < 3000 {
				return y
			}
		}
		return 0
	}
	skipFillers := func(k int) int {
		for k < len(ts) && w.fillers[ts[k].lower] && ts[k-1].punct == "" || k < len(ts) && w.fillers[ts[k].lower] && strings.TrimSpace(ts[k-1].punct) == "." {
			k++
		}
		return k
	}
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if dp, ok := w.numericDate(t.text + strings.TrimRight(t.punct, ",;:)")); ok && strings.ContainsAny(t.text, "./") {
			out = append(out, written{span: Span{t.start, t.end}, date: dp})
			continue
		}
		dayNum := w.dayOf(t.text)
		if dayNum > 0 && (t.punct == "" || t.punct == ".") {
			m := skipFillers(k + 1)
			if m < len(ts) && month(ts[m]) > 0 && !strings.ContainsAny(ts[m-1].punct, ",;:") || m < len(ts) && m == k+1 && month(ts[m]) > 0 {
				dp := dateParts{month: month(ts[m]), day: dayNum}
				last := m
				if y := skipFillers(m + 1); y < len(ts) && year(ts[y]) > 0 && !strings.ContainsAny(ts[m].punct, ",;:.") {
					dp.year, last = year(ts[y]), y
				}
				out = append(out, written{span: Span{t.start, ts[last].end}, date: dp})
				k = last
				continue
			}
		}
		if m := month(t); m > 0 && k+1 < len(ts) {
			y := skipFillers(k + 1)
			if y < len(ts) && year(ts[y]) > 0 && !strings.ContainsAny(t.punct, ",;:.") {
				out = append(out, written{span: Span{t.start, ts[y].end}, date: dateParts{year: year(ts[y]), month: m}})
				k = y
			}
		}
	}
	return out
}

// dayOf reads a day of the month as written before its month: "12",
// "1er", "1º". The ordinal marks are the same in every language written
// with them; the endings of a first ("1er") are the language's.
func (w *words) dayOf(s string) int {
	s = strings.TrimRight(s, "ºª°")
	s = lang.TrimEndings(s, w.dayEndings)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 || len(s) > 2 {
		return 0
	}
	return n
}

// numericDate reads an all-digit date ("12.09.2023", "12/9/2023") in the
// language's order.
func (w *words) numericDate(s string) (dateParts, bool) {
	s = strings.TrimRight(s, ".")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '/' })
	if len(parts) != 3 || strings.Count(s, ".")+strings.Count(s, "/") != 2 {
		return dateParts{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || len(p) > 4 {
			return dateParts{}, false
		}
		n[i] = v
	}
	var dp dateParts
	switch w.numericOrder {
	case "dmy":
		dp = dateParts{year: n[2], month: n[1], day: n[0]}
	case "ymd":
		dp = dateParts{year: n[0], month: n[1], day: n[2]}
	case "mdy":
		dp = dateParts{year: n[2], month: n[0], day: n[1]}
	default:
		return dateParts{}, false
	}
	if dp.year < 1000 || dp.year >= 3000 || dp.month < 1 || dp.month > 12 || dp.day < 1 || dp.day > 31 {
		return dateParts{}, false
	}
	return dp, true
}

// namedDays finds weekdays and relative days ("am Dienstag", "hier",
// "昨天", "火曜日") outside the dates already found.
func (w *words) namedDays(text string, start, end int, dates []written) []written {
	var out []written
	inDate := func(a, b int) bool {
		for _, d := range dates {
			if a < d.span.End && b > d.span.Start {
				return true
			}
		}
		return false
	}
	if w.spaced {
		for _, t := range wordsOfSpan(text, start, end) {
			if inDate(t.start, t.end) {
				continue
			}
			if wd, ok := w.weekdays[t.lower]; ok && utf8.RuneCountInString(t.lower) > 3 && !dateFollows(dates, t.end) {
				out = append(out, written{span: Span{t.start, t.end}, wday: isoWeekdayOf(time.Weekday(wd))})
			} else if off, ok := w.relDays[t.lower]; ok {
				out = append(out, written{span: Span{t.start, t.end}, offset: off, relative: true})
			}
		}
		return out
	}
	i := start
	for i < end {
		matched := false
		for _, p := range w.relDayPhrases {
			if strings.HasPrefix(text[i:end], p) && !inDate(i, i+len(p)) {
				out = append(out, written{span: Span{i, i + len(p)}, offset: w.relDays[p], relative: true})
				i, matched = i+len(p), true
				break
			}
		}
		if !matched {
			best := ""
			for name := range w.weekdays {
				if len(name) > len(best) && utf8.RuneCountInString(name) >= 2 && strings.HasPrefix(text[i:end], name) {
					best = name
				}
			}
			if best != "" && !inDate(i, i+len(best)) {
				out = append(out, written{span: Span{i, i + len(best)}, wday: isoWeekdayOf(time.Weekday(w.weekdays[best]))})
				i, matched = i+len(best), true
			}
		}
		if !matched {
			_, size := utf8.DecodeRuneInString(text[i:end])
			i += size
		}
	}
	return out
}

// dateFollows reports whether a date found starts right after offset end
// (past a space or a comma): a weekday before its date ("mardi 5 mai",
// "Dienstag, 12. September") is part of it.
func dateFollows(dates []written, end int) bool {
	for _, d := range dates {
		if d.span.Start >= end && d.span.Start <= end+6 {
			return true
		}
	}
	return false
}
