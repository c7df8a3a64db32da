package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// UnresolvedGeneric is why a time that names no occasion is left
// undated: a pattern ("the season generally starts in late October",
// "every Monday") or "today" meaning nowadays.
const UnresolvedGeneric = "a habitual or generic time, not a date"

// habitualWindow is how many words either side of a time a habitual cue
// may stand ("the climbing season generally starts about late October").
const habitualWindow = 6

// genericTime reports whether the expression at text[start:end] of
// sentence si names no occasion. Only times written without their year
// can be patterns: "usually in March" recurs, "in March 2009" does not.
func genericTime(d *Doc, si, start, end int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[si]
	w := englishTime
	before := Tokenize(d.Text[max(s.Start, start-tenseBytes):start], max(s.Start, start-tenseBytes))
	after := Tokenize(d.Text[end:max(end, min(s.End, end+tenseBytes))], end)
	if n := len(before); n > 0 && w.habitualDet.Has(strings.ToLower(before[n-1].Text)) {
		return true
	}
	// "Imagine a tomorrow where …": after an article a day word is a
	// noun, a time to come or gone, and counts no day.
	if _, day := w.days[strings.ToLower(d.Text[start:end])]; day && len(before) > 0 && indefiniteArticles.Has(strings.ToLower(before[len(before)-1].Text)) {
		return true
	}
	if weekdayClassifies(d.Text, start, end, after) {
		return true
	}
	for i := len(before) - 1; i >= 0 && i >= len(before)-habitualWindow; i-- {
		t := strings.ToLower(before[i].Text)
		if t == "," || t == ";" {
			break
		}
		if w.habitual.Has(t) {
			return true
		}
	}
	for i := 0; i < len(after) && i < habitualWindow; i++ {
		t := strings.ToLower(after[i].Text)
		if t == ";" || t == "." {
			break
		}
		if w.habitual.Has(t) {
			return true
		}
	}
	// "in Greece today is a crime": "today" inside a clause, followed by
	// a verb of the present, is "nowadays".
	if w.nowadays.Has(strings.ToLower(d.Text[start:end])) && len(before) > 0 && len(after) > 0 {
		prev := before[len(before)-1].Text
		return !strings.ContainsAny(prev, ",;:\"'“”‘’") && w.genericPresent.Has(strings.ToLower(after[0].Text))
	}
	return false
}

// weekdayHabitNouns are the nouns of what recurs on a day of the week.
var weekdayHabitNouns = en.Set(lang.WeekdayHabitNouns)

// weekdayClassifies reports whether the expression at [start, end) is a
// bare weekday right before a noun of something recurring ("Saturday
// pay", "Sunday trading"): the weekday classifies the noun, as an
// adjective would, and names no day. A weekday that places something
// takes a preposition ("pay on Saturday") or the possessive
// ("Saturday's pay talks").
func weekdayClassifies(text string, start, end int, after []Token) bool {
	if englishTime.weekdayNum(text[start:end]) == 0 || len(after) == 0 || after[0].Span.Start != end+1 {
		return false
	}
	return weekdayHabitNouns.Has(after[0].Text)
}
