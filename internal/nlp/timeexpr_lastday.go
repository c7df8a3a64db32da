package nlp

import (
	"strings"
	"time"
)

// UnresolvedLastNextDay is why "last Sunday" said on a Monday (or "next
// Monday" said on a Sunday) is left undated: news names the day before
// or after the telling "yesterday"/"tomorrow" or by its bare name ("on
// Sunday"), so "last" may well mean the one a week earlier, but English
// allows both.
const UnresolvedLastNextDay = "\"last\" or \"next\" before the weekday of the day before or after the telling: that day or the one a week beyond it"

// lastNextNeighbourDays settles "last <weekday>" that falls on the day
// before the reference date, and "next <weekday>" on the day after it.
// When the text names that same day by its bare weekday too ("Khan on
// Sunday became ..."; "Khan was due to face the vote last Sunday"), the
// writer set "last" against it: the weekday a week further is meant.
// Otherwise which of the two is meant is not told, and the expression is
// left undated with a reason rather than guessed.
func lastNextNeighbourDays(out []TimeExpr, ref time.Time) {
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	for i := range out {
		step := lastNextStep(out[i])
		if step == 0 || !out[i].Start.Equal(refDay.AddDate(0, 0, step)) {
			continue
		}
		if bareSameDay(out, i) {
			out[i].Start = out[i].Start.AddDate(0, 0, 7*step)
			out[i].End = out[i].End.AddDate(0, 0, 7*step)
			continue
		}
		out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
		out[i].Unresolved = UnresolvedLastNextDay
	}
}

// lastNextStep returns -1 for a resolved "last <weekday>", +1 for "next
// <weekday>", 0 for any other expression (one with a date written in it
// included: "last Sunday, April 3").
func lastNextStep(te TimeExpr) int {
	if !te.Resolved || !te.Relative || !namesWeekday(te.Text) || te.Open != "" || strings.ContainsAny(te.Text, "0123456789") {
		return 0
	}
	first, _, _ := strings.Cut(te.Text, " ")
	switch step := englishTime.steps[strings.ToLower(first)]; {
	case step < 0:
		return -1
	case step > 0:
		return 1
	}
	return 0
}

// bareSameDay reports whether another expression of out names the same
// weekday without "last" or "next" and is placed on the same day as
// out[i].
func bareSameDay(out []TimeExpr, i int) bool {
	for j, te := range out {
		if j == i || te.Weekday != out[i].Weekday || !namesWeekday(te.Text) || !te.Resolved || te.Open != "" || !te.Start.Equal(out[i].Start) {
			continue
		}
		first, _, _ := strings.Cut(te.Text, " ")
		if _, stepped := englishTime.steps[strings.ToLower(first)]; !stepped {
			return true
		}
	}
	return false
}

// namesWeekday reports whether text has a weekday name among its words:
// "last Sunday", not "last night", whose Weekday is set all the same.
func namesWeekday(text string) bool {
	for _, w := range strings.Fields(text) {
		if englishTime.weekdayNum(strings.Trim(w, ",.")) != 0 {
			return true
		}
	}
	return false
}
