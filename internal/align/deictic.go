package align

import (
	"strings"
	"time"
)

// pageSlack is how far a page's date may be from the day its text was
// written: a copy stamped the next morning, another time zone.
const pageSlack = 24 * time.Hour

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

// deicticWithinSlack reports whether a time counted from its page's date
// ("tonight" on a page dated Monday) is a day or less from the other
// time ("on Sunday evening"): the page's date may be a day from the
// writing's, so the two may be one day. Times whose dates are not both
// known are compared by their weekdays, as agree does.
func deicticWithinSlack(a, b *value) bool {
	if !deictic(a) && !deictic(b) {
		return false
	}
	if a.t.Resolved && b.t.Resolved {
		return a.t.Start.Before(b.t.End.Add(pageSlack)) && b.t.Start.Before(a.t.End.Add(pageSlack))
	}
	if a.t.Weekday == 0 || b.t.Weekday == 0 {
		return false
	}
	d := (a.t.Weekday - b.t.Weekday + 7) % 7
	return d <= 1 || d == 6
}
