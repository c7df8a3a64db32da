package align

import "strings"

// sameDeictic reports whether two times are the same words counted from
// their pages' dates ("this afternoon" and "this afternoon", "today" and
// "today"): each outlet told the day as of its writing, and a page's
// date need not be that day (a copy posted later, another time zone), so
// the words agree whatever days the pages' dates make of them.
func sameDeictic(a, b *value) bool {
	return a.t.Relative && b.t.Relative && !a.dayNamed && !b.dayNamed &&
		strings.EqualFold(strings.TrimSpace(a.t.Text), strings.TrimSpace(b.t.Text))
}
