package align

import (
	"fmt"
	"strings"

	"crosscheck/internal/lang"
)

// A time a report gives is read two ways: on its face ("Thursday",
// "April 9", "today") and as the date it resolves to, counted from the
// page's date. The count is only as good as that date, and a page's date
// is often not the day its words were written: a wire story posted the
// next morning abroad (an Australian page dated April 10 carrying "the
// attack this morning" of a US Monday, April 9), a press release copied a
// day later, a page year borrowed for "April 9". Two values the same on
// their face do not disagree however their pages count them; a value
// that names no day of its own ("today", "this morning", "last week")
// disagrees with another only through its page's date, which is no
// confident evidence.

// weekdayNames are each language's weekday names, lower case.
var weekdayNames = func() map[string]lang.Set {
	byLang := map[string]lang.Set{}
	for _, code := range lang.Codes() {
		lex, _ := lang.For(code)
		s := lang.Set{}
		for w := range lex.Map(lang.Weekdays) {
			s[strings.ToLower(w)] = true
		}
		byLang[code] = s
	}
	return byLang
}()

// namesWeekday reports whether a time's text names a day of the week in
// its article's language ("Thursday evening", "last Friday"), as against
// one whose weekday was only counted ("today").
func namesWeekday(text, code string) bool {
	names := weekdayNames[code]
	if len(names) == 0 {
		names = weekdayNames[english.Code]
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if names[w] {
			return true
		}
	}
	return false
}

// sameOnFace reports whether two times name the same day as written,
// whatever their pages' dates made of them: the same weekday named by
// both ("Thursday", "Thursday evening"), or the same day of the same
// month whose year each took from its page ("April 9", "April 9").
func sameOnFace(a, b *value) bool {
	ta, tb := a.t, b.t
	switch {
	case ta.Relative && tb.Relative && a.dayNamed && b.dayNamed:
		return ta.Weekday == tb.Weekday
	case ta.RefYear && tb.RefYear && ta.Granularity == tb.Granularity:
		return ta.Start.Month() == tb.Start.Month() && ta.Start.Day() == tb.Start.Day()
	}
	return false
}

// countedFromPage says why a confident time conflict between a and b
// rests on a page's date alone: one of them names no day of its own and
// was counted from the page's date ("today", "this morning", "last
// week"), or names a weekday against a value that names none ("Tuesday"
// against "Aug. 31"), whose date was counted from the page's date and
// the clause's tense (the past Tuesday or the coming one); "" when
// neither was. Two weekdays disagree on their face ("Monday", "Sunday
// night").
func countedFromPage(a, b *value) string {
	for _, v := range []*value{a, b} {
		if v.t.Relative && !v.dayNamed {
			return fmt.Sprintf("%q is counted from its page's date, which need not be the day it was written (a copy posted later, another time zone)", v.t.Text)
		}
	}
	if a.dayNamed != b.dayNamed {
		day := a
		if b.dayNamed {
			day = b
		}
		if day.t.Relative {
			return fmt.Sprintf("%q was dated from its page's date and its clause's tense, which may make it the wrong week's", day.t.Text)
		}
	}
	return ""
}

// timeResolvedAlike reports whether two resolved times can both be true.
func timeResolvedAlike(a, b *value) bool {
	return sameOnFace(a, b) || a.t.Start.Before(b.t.End) && b.t.Start.Before(a.t.End)
}
