package nlp

import (
	"strings"
	"time"
)

// "He regained the premiership in 2012 and held the role for the next
// eight years" counts the eight years from 2012, the time the clause
// tells, not from the article's date: a span ahead ("the next N years")
// in a clause told in the past is the narration's. Counted from the
// article's date it would lie in the article's future, which a past
// clause cannot tell. The span is dated from the time the sentence
// names before it when that is a date written whole and before the
// article's day; without one it is left as it was: "expected more rain
// over the next three days" looks ahead of the telling, and the tense of
// "expected" cannot tell it from "pulled 40 people from the rubble over
// the next three days".

// spanProbeDay is a day a span's length is read from.
var spanProbeDay = time.Date(2001, 1, 1, 12, 0, 0, 0, time.UTC)

// narratedSpans dates from the whole date before them in their sentence
// the spans ahead of out told in a past clause. span gives the interval
// a span of out covers counted from some day, and false for what is not
// a span; ref is the article's date, zero when not known.
func narratedSpans(d *Doc, out []TimeExpr, ref time.Time, span func(i int) (time.Time, time.Time, bool)) {
	refDay := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, loc(ref))
	for i := 1; i < len(out); i++ {
		t, a := &out[i], out[i-1]
		if !t.Relative || t.Open != "" || !spanAhead(t.Text) {
			continue
		}
		if a.Sentence != t.Sentence || !a.Resolved || a.Relative || a.RefYear || a.Open != "" || a.Start.IsZero() || !ref.IsZero() && a.End.After(refDay) {
			continue
		}
		from, to, ok := span(i)
		if !ok {
			continue
		}
		ct := futureClause(d, t.Sentence, t.Span.Start, t.Span.End)
		if !ct.known || ct.future || ct.reported {
			continue
		}
		// The span runs from a day to the day after its last: its
		// length in calendar units.
		last := to.AddDate(0, 0, -1)
		years, months, days := last.Year()-from.Year(), int(last.Month()-from.Month()), last.Day()-from.Day()
		t.Start, t.End = a.Start, a.End.AddDate(years, months, days)
		t.Resolved, t.Unresolved, t.Relative = true, "", false
	}
}

// spanAhead reports whether span text counts ahead with a step word that
// a past clause makes the narration's ("the next eight years").
func spanAhead(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if englishTime.narrativeSteps.Has(w) {
			return true
		}
	}
	return false
}
