package nlp

import (
	"strings"
	"time"
)

// UnresolvedUpdatedDay is why a bare weekday of six days before the page's
// date is left undated beside the page's own day named by its weekday.
const UnresolvedUpdatedDay = "the weekday after the page's date, told beside that date's own weekday: six days before, or the next day in a page updated after its date"

// updatedPageDays leaves undated a bare weekday placed six days before the
// page's date when the text also names the page's own day by its bare
// weekday ("won the election on Sunday night" on a page dated Sunday;
// "He tweeted on Monday"). A page keeps the date it was first published
// under while it is updated, so a story of the page's day may tell the
// next day's happenings by their weekday too; and news that tells the
// page's day by its name seldom reaches back six days with a bare
// weekday. Which of the two is meant the text does not say. Only the
// narration is read: a quoted day counts from when it was said
// (quotedDays). Two weekdays
// of one sentence are read together ("from Wednesday through Thursday"),
// and under a dateline far east of UTC eastDatelineDays settles the day.
func updatedPageDays(d *Doc, out []TimeExpr, ref time.Time) {
	if eastDateline(d) {
		return
	}
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	var quotes []Span
	narrated := func(te TimeExpr) bool {
		if !bareWeekday(te) {
			return false
		}
		if quotes == nil {
			quotes = speechSpans(d.Text)
		}
		_, quoted := spanAround(quotes, te.Span)
		return !quoted
	}
	refSentences := map[int]bool{}
	for _, te := range out {
		if te.Start.Equal(refDay) && narrated(te) {
			refSentences[te.Sentence] = true
		}
	}
	if len(refSentences) == 0 {
		return
	}
	for i, te := range out {
		if !te.Start.Equal(refDay.AddDate(0, 0, -6)) || !otherSentence(refSentences, te.Sentence) || !narrated(te) {
			continue
		}
		out[i].Start, out[i].End, out[i].Resolved = time.Time{}, time.Time{}, false
		out[i].Unresolved = UnresolvedUpdatedDay
	}
}

// bareWeekday reports whether te is a resolved weekday with no "last",
// "this" or "next" and no date written beside it.
func bareWeekday(te TimeExpr) bool {
	if !te.Resolved || !te.Relative || !namesWeekday(te.Text) || te.Open != "" || strings.ContainsAny(te.Text, "0123456789") {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(te.Text), " ")
	_, stepped := englishTime.steps[strings.ToLower(first)]
	return !stepped
}

// otherSentence reports whether sentences holds a sentence other than si.
func otherSentence(sentences map[int]bool, si int) bool {
	for s := range sentences {
		if s != si {
			return true
		}
	}
	return false
}
