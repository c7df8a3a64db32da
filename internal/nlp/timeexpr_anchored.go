package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// UnresolvedAnchoredDay is why a weekday counted from another event is
// left undated when the count from that event's date lands on another
// weekday.
const UnresolvedAnchoredDay = "a weekday counted from another event, whose date does not agree with it"

// A weekday counted from another event ("the Tuesday after the primary",
// "on Monday, a day after the shooting") is that event's neighbour, not
// the nearest such weekday to the article's date: the primary may be
// weeks off. It is dated from the event when a day named in the anchoring
// phrase gives the event's date ("the Tuesday after the March 1
// primary") and the count agrees with the weekday; when they disagree it
// is left undated, with the reason. An event the text does not date
// leaves the weekday to its clause's tense.

var eventAnchors = en.Map(lang.EventAnchors)

// anchoredDays dates from their anchor's date the weekdays of out that
// are counted from another event, or leaves them undated when the two
// disagree.
func anchoredDays(d *Doc, out []TimeExpr) {
	for i, t := range out {
		if !t.Resolved || !t.Relative || t.Weekday == 0 || t.Granularity != GranDay {
			continue
		}
		side, days, anchor, ok := weekdayAnchor(d.Text, t.Span)
		if !ok {
			continue
		}
		day, ok := anchorDate(out, anchor)
		if !ok {
			// The event is not dated: the clause's tense dates the
			// weekday as before. Leaving it undated lost more right
			// dates than wrong ones on develop articles (BENCHMARKS).
			continue
		}
		at := countFrom(day, side, days, t.Weekday)
		if at.IsZero() {
			out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
			out[i].Unresolved = UnresolvedAnchoredDay
			continue
		}
		out[i].Start, out[i].End = at, at.AddDate(0, 0, 1)
	}
}

// weekdayAnchor reads the words around the weekday at s that count it
// from an event: "the Tuesday after …" (days 0: the first such weekday
// on that side) or "Monday, a day before …", "Monday, two days after …"
// (days counted). It returns the side, the count and the span of the
// anchoring phrase, up to the next punctuation.
func weekdayAnchor(text string, s Span) (side string, days int, anchor Span, ok bool) {
	from := max(0, s.Start-12)
	before := Tokenize(text[from:s.Start], from)
	rest := text[s.End:min(len(text), s.End+120)]
	if n := len(before); n > 0 && definiteArticles[strings.ToLower(before[n-1].Text)] && strings.TrimSpace(text[before[n-1].Span.End:s.Start]) == "" {
		side, n, ok := anchorWord(rest)
		if !ok {
			return "", 0, Span{}, false
		}
		return side, 0, phraseAfter(text, s.End+n), true
	}
	if !strings.HasPrefix(rest, ", ") {
		return "", 0, Span{}, false
	}
	toks := Tokenize(rest[2:], 0)
	if len(toks) < 3 {
		return "", 0, Span{}, false
	}
	// "a day", "the day", "two days", "a week"
	count := 1
	if w := strings.ToLower(toks[0].Text); !determiners[w] {
		v, ok := numberWords[w]
		if !ok || v[0] != v[1] || v[0] < 1 || v[0] > 14 {
			return "", 0, Span{}, false
		}
		count = int(v[0])
	}
	switch englishTime.units[strings.ToLower(toks[1].Text)] {
	case "day":
	case "week":
		count *= 7
	default:
		return "", 0, Span{}, false
	}
	at := 2 + toks[1].Span.End
	side, n, ok := anchorWord(rest[at:])
	if !ok {
		return "", 0, Span{}, false
	}
	return side, count, phraseAfter(text, s.End+at+n), true
}

// anchorWord reads an event-anchor word or phrase ("after", "prior to")
// opening s after spaces, returning its side and the length read.
func anchorWord(s string) (string, int, bool) {
	trimmed := strings.TrimLeft(s, " ")
	lead := len(s) - len(trimmed)
	lower := strings.ToLower(trimmed)
	for w, side := range eventAnchors {
		if strings.HasPrefix(lower, w+" ") {
			return side, lead + len(w), true
		}
	}
	return "", 0, false
}

// phraseAfter returns the span from off to the next comma, semicolon,
// full stop or line end, 100 bytes at most.
func phraseAfter(text string, off int) Span {
	end := min(len(text), off+100)
	if k := strings.IndexAny(text[off:end], ",;.\n"); k >= 0 {
		end = off + k
	}
	return Span{off, end}
}

// anchorDate returns the single day an expression of out inside anchor
// resolves to.
func anchorDate(out []TimeExpr, anchor Span) (time.Time, bool) {
	for _, t := range out {
		if t.Span.Start >= anchor.Start && t.Span.End <= anchor.End && t.Resolved && t.Granularity == GranDay && t.End.Sub(t.Start) <= 24*time.Hour {
			return t.Start, true
		}
	}
	return time.Time{}, false
}

// countFrom returns the day days from day on side ("after", "before"),
// or with days 0 the first weekday wd (1 Monday … 7 Sunday) on that side;
// zero when the count lands on another weekday than wd.
func countFrom(day time.Time, side string, days, wd int) time.Time {
	step := 1
	if side == "before" {
		step = -1
	}
	if days == 0 {
		for k := 1; k <= 7; k++ {
			if at := day.AddDate(0, 0, step*k); isoWeekday(at) == wd {
				return at
			}
		}
		return time.Time{}
	}
	at := day.AddDate(0, 0, step*days)
	if isoWeekday(at) != wd {
		return time.Time{}
	}
	return at
}
