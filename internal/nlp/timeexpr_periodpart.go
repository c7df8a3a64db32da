package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// periodPartThirds maps a word naming a part of a year or month ("late",
// "mid-") to which third of it.
var periodPartThirds = func() map[string]int {
	m := map[string]int{}
	for k, v := range en.Map(lang.PeriodPartThirds) {
		m[k] = atoi(v)
	}
	return m
}()

// periodPart returns the third of t's year or month that a word right
// before it names: "since late 2011" is from September 2011 on, "until
// early May" to the 11th. Years are cut in four-month thirds and months
// at the 11th and 21st, as news writes "late 2011" of its last months
// and "early May" of its first ten days. ok is false when no such word
// qualifies the period.
func periodPart(t *TimeExpr) (start, end time.Time, ok bool) {
	if t.Granularity != GranYear && t.Granularity != GranMonth {
		return start, end, false
	}
	words := strings.Fields(strings.ToLower(t.Text))
	third := -1
	for i, w := range words[:max(len(words)-1, 0)] {
		if k, found := periodPartThirds[w]; found && i == len(words)-2 {
			third = k
		}
	}
	if len(words) > 0 {
		last := words[len(words)-1]
		for k, v := range periodPartThirds {
			if strings.HasSuffix(k, "-") && strings.HasPrefix(last, k) && len(last) > len(k) {
				third = v
			}
		}
	}
	if third < 0 {
		return start, end, false
	}
	switch {
	case t.Granularity == GranYear && t.End.Sub(t.Start) < 367*24*time.Hour:
		start = t.Start.AddDate(0, 4*third, 0)
		return start, start.AddDate(0, 4, 0), true
	case t.Granularity == GranMonth:
		start = t.Start.AddDate(0, 0, 10*third)
		end = t.End
		if third < 2 {
			end = start.AddDate(0, 0, 10)
		}
		return start, end, true
	}
	return start, end, false
}
