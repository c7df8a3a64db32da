package nlp

import (
	"time"

	"crosscheck/internal/lang"
)

// "Really excited about today," said Musk afterward: an attribution that
// places the telling after the happening the narration has just dated
// ("afterward", "afterwards") puts it between that happening's day and the
// day the article was written. When those are the same day — the last day
// the narration names before the quotation is the page's own — the words
// were said that day, and the quoted day counts from it. When they differ
// the telling could fall on either, and the quoted day stays undated.
var afterHappening = anaphorRe(en.Keys(lang.AfterHappeningAnaphors))

// afterwardDay returns the day the quotation q was told on, as above.
func afterwardDay(d *Doc, out []TimeExpr, quotes []Span, q Span, ref time.Time) (time.Time, bool) {
	first, last := d.SentenceAt(q.Start), d.SentenceAt(max(q.Start, q.End-1))
	if first < 0 || last < 0 {
		return time.Time{}, false
	}
	told := false
	for s := first; s <= last; s++ {
		if afterHappening.MatchString(outsideQuotes(d.Text, d.Sentences[s], quotes)) {
			told = true
		}
	}
	if !told {
		return time.Time{}, false
	}
	var at time.Time
	for _, t := range out {
		if t.Span.Start >= q.Start {
			break
		}
		if !t.Resolved || t.Open != "" || t.Granularity != GranDay && t.Granularity != GranPart || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in {
			continue
		}
		at = t.Start
	}
	if at.IsZero() || !sameDay(at, ref) {
		return time.Time{}, false
	}
	return ref, true
}
