package nlp

import (
	"strings"
	"time"
	"unicode"
)

// statedDayProbe is the reference a text's yearless dates are read
// against to learn their month and day: no year of it is kept.
var statedDayProbe = time.Date(2001, 7, 1, 12, 0, 0, 0, time.UTC)

// StatedDay is the day an article of no known date gives as its own:
// "today" glossed by its date ("hosted a special event today (Sept. 12)",
// "today, Sept. 12, the company"), the year taken from the same day
// written whole elsewhere in the text ("an event on Sept. 12, 2017", a
// caption). A writer who glosses "today" names the day of writing; the
// whole date of that month and day gives its year. So does one who
// glosses "tomorrow" or "yesterday" ("Rescue effort will continue
// tomorrow (19 Apr)" is written on 18 April), the year from the day of
// writing or the glossed day written whole ("on 18 Apr 2014"). Without
// that whole date, or with two of different years, or with two glosses
// of different days of writing, no day is stated. Only the narration
// counts: a quoted "today" is the speaker's.
func StatedDay(text string) (time.Time, bool) {
	if !mentionsOwnDay(text) {
		// No day word to gloss: most texts, and a briefing asks
		// this of every undated article at every build (1.6 s of
		// an update of a 1,000-article story).
		return time.Time{}, false
	}
	return statedDay(text)
}

// gloss is a day word glossed by a date without its year.
type gloss struct {
	at  time.Time // the glossed day, in the probe's year
	off int       // the day word's offset from the day of writing
}

// statedDay is StatedDay reading every text.
func statedDay(text string) (time.Time, bool) {
	d := Doc{Text: text, Sentences: SplitSentences(text)}
	times := FindTimes(&d, statedDayProbe)
	quotes := speechSpans(text)
	var glossed []gloss
	var whole []time.Time // days of writing glossed with their year
	for i := 0; i+1 < len(times); i++ {
		word, date := times[i], times[i+1]
		off, ok := dayWordOffset(word)
		if !ok || date.Relative || date.Open != "" || date.Granularity != GranDay || !date.Resolved {
			continue
		}
		if _, quoted := spanAround(quotes, word.Span); quoted {
			continue
		}
		if word.Span.End > date.Span.Start || !glossBetween(text[word.Span.End:date.Span.Start], text[date.Span.End:]) {
			continue
		}
		if !date.RefYear {
			whole = append(whole, date.Start.AddDate(0, 0, -off))
			continue
		}
		glossed = append(glossed, gloss{date.Start, off})
	}
	if len(whole) > 0 {
		return wholeGlossDay(whole, glossed)
	}
	if len(glossed) == 0 {
		return time.Time{}, false
	}
	written := glossed[0].at.AddDate(0, 0, -glossed[0].off)
	for _, g := range glossed {
		if w := g.at.AddDate(0, 0, -g.off); !sameMonthDay(w, written) {
			return time.Time{}, false
		}
	}
	var found time.Time
	for _, t := range times {
		if t.Relative || t.RefYear || !t.Resolved || t.Granularity != GranDay {
			continue
		}
		var at time.Time
		for _, g := range glossed {
			switch {
			case sameMonthDay(t.Start, written):
				at = t.Start
			case sameMonthDay(t.Start, g.at):
				at = t.Start.AddDate(0, 0, -g.off)
			}
		}
		if at.IsZero() {
			continue
		}
		if !found.IsZero() && !found.Equal(at) {
			return time.Time{}, false
		}
		found = at
	}
	if found.IsZero() {
		return time.Time{}, false
	}
	return time.Date(found.Year(), found.Month(), found.Day(), 0, 0, 0, 0, time.UTC), true
}

// wholeGlossDay is the day of writing a gloss with its year states
// ("Confirmed by CNN today, June 25, 2009"): the writer names the day
// whole, so no other date of the text is needed, and a later one ("an
// autopsy is scheduled for Friday, June 26, 2009") is no day of the
// page's. Glosses that disagree state none.
func wholeGlossDay(whole []time.Time, glossed []gloss) (time.Time, bool) {
	at := dayOf(whole[0])
	for _, w := range whole {
		if !dayOf(w).Equal(at) {
			return time.Time{}, false
		}
	}
	for _, g := range glossed {
		if !sameMonthDay(g.at.AddDate(0, 0, -g.off), at) {
			return time.Time{}, false
		}
	}
	return at, true
}

func sameMonthDay(a, b time.Time) bool { return a.Month() == b.Month() && a.Day() == b.Day() }

// dayWordOffset is the offset from the day of writing of te when it is a
// bare relative day word ("today" 0, "tonight" 0, "yesterday" -1,
// "tomorrow" 1).
func dayWordOffset(te TimeExpr) (int, bool) {
	off, ok := englishTime.days[strings.ToLower(strings.TrimSpace(te.Text))]
	return off, ok && te.Relative
}

// ownDayWords are the words dayWordOffset takes, lowercased.
var ownDayWords = func() []string {
	var out []string
	for w := range englishTime.days {
		out = append(out, strings.ToLower(w))
	}
	return out
}()

// mentionsOwnDay reports whether text holds one of ownDayWords followed,
// past spaces, by "(" or ",": glossBetween takes no other. A time
// expression that is one is a piece of the text, lowercasing goes rune
// by rune and keeps spaces, brackets and commas, so a text without one
// has no day word StatedDay takes.
func mentionsOwnDay(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range ownDayWords {
		for rest := lower; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			if after := strings.TrimLeftFunc(rest, unicode.IsSpace); strings.HasPrefix(after, "(") || strings.HasPrefix(after, ",") {
				return true
			}
		}
	}
	return false
}

// glossBetween reports whether a date set off after a day word glosses
// it: in brackets ("today (Sept. 12)"), where a few words may say more
// of the date after a comma ("last Thursday afternoon (June 25, US time
// zone)"), or between commas ("today, Sept. 12, the").
func glossBetween(between, after string) bool {
	b := strings.TrimSpace(between)
	a := strings.TrimLeft(after, " ")
	switch b {
	case "(":
		return strings.HasPrefix(a, ")") || glossNote(a)
	case ",":
		return strings.HasPrefix(a, ",")
	}
	return false
}

// glossNoteWords is how many words may follow a bracketed gloss's date
// after a comma: a note on it ("US time zone", "local time"), not
// another date or a clause.
const glossNoteWords = 4

// glossNote reports whether after, the text right after a bracketed
// gloss's date, is a comma, a note of at most glossNoteWords words
// without a digit, and the closing bracket.
func glossNote(after string) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	note, _, ok := strings.Cut(rest, ")")
	if !ok || strings.ContainsAny(note, "0123456789(\n") {
		return false
	}
	n := len(strings.Fields(note))
	return n > 0 && n <= glossNoteWords
}
