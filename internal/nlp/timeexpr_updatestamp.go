package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

var updateStampLabels = en.List(lang.UpdateStampLabels)

// updateStampDays dates a bare weekday in a line that stamps the page's
// last change ("Last updated: 2:09 a.m. Monday" under "First posted at
// 6:52 p.m. Sunday, May 22, 2011"). A page keeps the date it was first
// put out under, and it is changed after that, never before: the weekday
// of its update is the first such day on or after the page's date, not
// the one before it that a bare weekday of no tense is read as.
func updateStampDays(d *Doc, out []TimeExpr, ref time.Time) {
	refDay := day(ref.Year(), ref.Month(), ref.Day(), loc(ref))
	for i, te := range out {
		if !bareWeekday(te) || te.Weekday == 0 || te.Sentence < 0 {
			continue
		}
		// The weekday opens the expression: a preposition before it
		// ("On Wednesday evening") opens a clause, not a stamp.
		if first, _, _ := strings.Cut(te.Text, " "); englishTime.weekdayNum(strings.Trim(first, ",")) == 0 {
			continue
		}
		if s := d.Sentences[te.Sentence]; !updateStampWeekday(d.Text[s.Start:te.Span.Start]) {
			continue
		}
		at := nextWeekday(refDay.AddDate(0, 0, -1), te.Weekday)
		out[i].Start, out[i].End = at, at.AddDate(0, 0, 1)
	}
}

// updateStampWeekday reports whether head, the words of a sentence
// before a weekday, is a label of the page's last change and at most a
// clock time and a stamp's filler words ("Last updated: 2:09 a.m. ",
// "Updated at 5 p.m. ", "Updated "): the weekday is
// the stamp's own. A line that goes on to tell a happening ("UPDATE: On
// Wednesday evening, prosecutors said …") is narration, read as such.
func updateStampWeekday(head string) bool {
	head = strings.ToLower(strings.TrimSpace(head))
	for _, label := range updateStampLabels {
		rest, ok := strings.CutPrefix(head, label)
		if !ok || rest != "" && !strings.ContainsRune(":-–— ", []rune(rest)[0]) {
			continue
		}
		for _, w := range strings.Fields(strings.Trim(rest, ":-–— ")) {
			w = strings.Trim(w, ",")
			if !strings.ContainsAny(w, "0123456789") && !clockWords.Has(w) && !pageStampFillers.Has(w) {
				return false
			}
		}
		return true
	}
	return false
}
