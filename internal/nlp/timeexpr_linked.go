package nlp

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

// A weekday that the text ties to a day it dates is that day's neighbour,
// not the nearest such weekday to the article's date (blind audit round
// 9). Three ties are read, each from how English writes them:
//   - a deadline ("no later than Monday", "by Monday") is set ahead of
//     the telling: in a clause no word of which marks its tense, the
//     weekday is the coming one (deadlineBefore, used by FindTimes);
//   - a weekday that ends a range whose other end is dated ("from noon
//     Wednesday, Aug. 30 through 6 p.m. Thursday") is the first such
//     weekday after that end;
//   - a weekday set beside a full date ("On February 3, 2023, a Friday
//     evening") names that date, when the two agree.

var (
	deadlineBounds     = en.Set(lang.DeadlineBounds)
	clockWords         = en.Set(lang.ClockWords)
	appositionArticles = en.Set(lang.WeekdayAppositionArticles)
	weekdayRangeWords  = en.Set(lang.RangeWords)
)

// deadlineBefore reports whether the expression at start follows a bound
// that sets a deadline.
func deadlineBefore(text string, start int) bool {
	phrase, _ := boundPhraseBefore(text, start)
	return phrase != "" && deadlineBounds.Has(phrase)
}

// linkedWeekdays dates the weekdays of out that end a range from a dated
// day or stand beside a full date from that day.
func linkedWeekdays(d *Doc, out []TimeExpr) {
	for i := 1; i < len(out); i++ {
		t, p := out[i], out[i-1]
		if !t.Resolved || !t.Relative || t.Weekday == 0 || t.Sentence != p.Sentence ||
			!p.Resolved || p.Granularity != GranDay || p.End.Sub(p.Start) > 24*time.Hour {
			continue
		}
		gap := d.Text[p.Span.End:t.Span.Start]
		switch {
		case !p.Relative && appositionGap(gap):
			if isoWeekday(p.Start) == t.Weekday {
				out[i].Start, out[i].End = p.Start, p.End
			}
		case rangeGap(gap):
			at := nextWeekday(p.Start, t.Weekday)
			out[i].Start, out[i].End = at, at.AddDate(0, 0, 1)
		}
	}
}

// nextWeekday returns the first day after day that falls on weekday wd
// (1 Monday … 7 Sunday).
func nextWeekday(day time.Time, wd int) time.Time {
	return day.AddDate(0, 0, (wd-isoWeekday(day)+6)%7+1)
}

// appositionGap reports whether gap sets what follows beside the date
// before it: a comma, then at most an apposition article.
func appositionGap(gap string) bool {
	rest, ok := strings.CutPrefix(gap, ", ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	return len(words) == 0 || len(words) == 1 && strings.HasSuffix(rest, " ") && appositionArticles.Has(strings.ToLower(words[0]))
}

// rangeGap reports whether gap is a range word and at most a clock time:
// "through", "to 6 p.m.".
func rangeGap(gap string) bool {
	words := strings.Fields(gap)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(gap, ",;") || !weekdayRangeWords.Has(strings.ToLower(words[0])) {
		return false
	}
	for _, w := range words[1:] {
		if !strings.ContainsFunc(w, unicode.IsDigit) && !clockWords.Has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// refuseClockEnd refuses a range of days whose second number is an hour:
// in "Aug. 30 through 6 p.m. Thursday" the range ends at a time of day.
func refuseClockEnd(_ []string, _, rest string) bool {
	words := strings.Fields(rest)
	return len(words) > 0 && clockWords.Has(strings.ToLower(strings.TrimRight(words[0], ",;")))
}
