package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

var deicticPageDays = en.Set(lang.DeicticPageDays)

// deicticWeekBefore moves a bare weekday told in the past from the page's
// own day to the same weekday a week before when the narration also
// names a day from the day of writing ("Alaska Airlines canceled roughly
// 109 flights yesterday"). A writer who says "yesterday" says "today" of
// the day of writing, so "On Friday night, an Alaska Airlines flight ...
// made an emergency landing" on a page dated Friday is the Friday before.
// Wire copy that names the day of writing by its weekday ("said on
// Friday" on a Friday) writes no "yesterday". Only the narration is read:
// a quoted day counts from when it was said. past tells whether the
// clause of out[i] is in the past tense.
func deicticWeekBefore(d *Doc, out []TimeExpr, ref time.Time, past func(i int) bool) {
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	quotes := speechSpans(d.Text)
	narrated := func(te TimeExpr) bool {
		_, quoted := spanAround(quotes, te.Span)
		return !quoted
	}
	deictic := false
	for _, te := range out {
		if te.Resolved && te.Relative && deicticPageDays.Has(strings.ToLower(strings.TrimSpace(te.Text))) && narrated(te) {
			deictic = true
			break
		}
	}
	if !deictic {
		return
	}
	for i, te := range out {
		if !te.Start.Equal(refDay) || !bareWeekday(te) || !narrated(te) || !past(i) {
			continue
		}
		out[i].Start, out[i].End = te.Start.AddDate(0, 0, -7), te.End.AddDate(0, 0, -7)
	}
}
