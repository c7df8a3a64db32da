package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// A story written on the day it tells names that day and no other ("Blue
// Origin successfully completed New Shepard's first human flight today"),
// and the quotations it gathers with no day of their own were said that
// day: "“Today was a monumental day for Blue Origin,” said Bob Smith".
// Once the narration has named an earlier day before the quotation
// ("took the stage here Wednesday night" in a Friday paper), the
// quotation may be of that day (not of a day to come: "Flights home will
// start tomorrow"), and its day stays undated (a day more than a year off,
// "Pope Francis, born on December 17, 1936", is the story's background,
// not a day the quotation could be of); so it does when its own
// sentences name a time outside it ("said in 2015"), which is the
// attribution's.

// A story whose narration puts a happening of its day in that day's first
// hours ("non-essential U.S. government operations halted early
// Tuesday", after Congress "worked late into the night") began the
// evening before: the words it quotes with no day of their own ("phone
// calls to my office today") may have been said then, and stay undated.

var smallHoursWords = en.Set(lang.SmallHoursWords)

// smallHours reports whether a day expression opens with a word of its
// first hours ("early Tuesday").
func smallHours(expr string) bool {
	f := strings.Fields(expr)
	return len(f) > 1 && smallHoursWords.Has(strings.ToLower(f[0]))
}

// sameDayStoryDay returns ref, the article's day, when quotation q is
// told in a story of that day, as above.
func sameDayStoryDay(d *Doc, out []TimeExpr, quotes []Span, i int, q Span, ref time.Time, tensed func(int) bool) (time.Time, bool) {
	itself := sameDay(out[i].Start, ref) && out[i].End.Sub(out[i].Start) <= 24*time.Hour
	if !itself && (!tensed(i) || !saysItsDay(out, out[i].Sentence, q, ref)) {
		return time.Time{}, false
	}
	first, last := d.SentenceAt(q.Start), d.SentenceAt(max(q.Start, q.End-1))
	if first < 0 || last < 0 {
		return time.Time{}, false
	}
	named := false
	for _, t := range out {
		if t.Span.Start >= q.Start && t.Sentence > last {
			break
		}
		if _, in := spanAround(quotes, t.Span); in {
			continue
		}
		if t.Sentence >= first && t.Sentence <= last {
			return time.Time{}, false // the attribution's own time
		}
		if t.Dateline || !t.Resolved || t.Open != "" || t.End.Sub(t.Start) > 24*time.Hour || background(t.Start, ref) {
			continue
		}
		if sameDay(t.Start, ref) {
			if smallHours(t.Text) {
				return time.Time{}, false // the story began the night before
			}
			named = true
		} else if t.Start.Before(ref) {
			return time.Time{}, false
		}
	}
	if !named {
		return time.Time{}, false
	}
	return ref, true
}

// saysItsDay reports whether sentence s of quotation q holds a day that,
// counted from ref, is ref itself ("today", "tonight", "this morning"):
// the speaker speaks on the day of the happening those words name, and
// the other days of that sentence count from it ("By Thursday, we placed
// those ropes into the fourth floor, and today we are using them"). A
// long quotation, a speech, may go on to other days ("You take her to
// dinner on Saturday night"), which its sentence does not date; and a day
// whose clause does not show its tense ("will then pass just north of the
// northeast coast of the Dominican Republic tonight and Thursday", the
// verb too far back) would be read from that day the wrong way.
func saysItsDay(out []TimeExpr, s int, q Span, ref time.Time) bool {
	for _, t := range out {
		if t.Sentence == s && t.Resolved && t.Relative && t.Span.Start >= q.Start && t.Span.End <= q.End &&
			t.End.Sub(t.Start) <= 24*time.Hour && sameDay(t.Start, ref) {
			return true
		}
	}
	return false
}

// background reports whether day t lies more than a year from ref.
func background(t, ref time.Time) bool {
	return t.Before(ref.AddDate(-1, 0, 0)) || t.After(ref.AddDate(1, 0, 0))
}
