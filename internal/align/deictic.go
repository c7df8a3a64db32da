package align

import "strings"

// deictic reports whether a time was counted from its page's date and
// names no day of its own ("today", "this afternoon", "yesterday").
func deictic(v *value) bool {
	return v.t.Relative && !v.dayNamed
}

// sameDeictic reports whether two times are the same words counted from
// their pages' dates ("this afternoon" and "this afternoon", "today" and
// "today"): each outlet told the day as of its writing, and a page's
// date need not be that day, so the words agree whatever days the
// pages' dates make of them.
func sameDeictic(a, b *value) bool {
	return deictic(a) && deictic(b) &&
		strings.EqualFold(strings.TrimSpace(a.t.Text), strings.TrimSpace(b.t.Text))
}

// deicticWithinSlack reports whether a time counted from the date of an
// undated page ("tonight" there, its day borrowed from the story's
// date, unresolved) is a weekday or less from the other time ("on Sunday
// evening"): the story's date need not be the day the page was written,
// so the two may be one day.
func deicticWithinSlack(a, b *value) bool {
	guess := func(v *value) bool { return deictic(v) && !v.t.Resolved }
	if !guess(a) && !guess(b) || a.t.Weekday == 0 || b.t.Weekday == 0 {
		return false
	}
	d := (a.t.Weekday - b.t.Weekday + 7) % 7
	return d <= 1 || d == 6
}
