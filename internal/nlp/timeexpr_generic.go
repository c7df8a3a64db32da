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
	return weekdayHabitNouns.Has(after[0].Text) || weekdayOfOffice(text, start, after)
}

// weekdayOfficeHeads end a title that names an office by its weekday.
var weekdayOfficeHeads = en.Set(lang.WeekdayOfficeHeads)

// weekdayOfOffice reports whether the weekday at start, with after the
// words after it, names an office with a noun after it: the title's head
// and "of" before it ("Tabriz Imam of Friday Prayer"), or a determiner or
// a possessive before it and the head after the noun ("the Friday prayers
// clergy", "Tehran's Friday prayer leader"). Without the determiner a
// weekday may be an adverb before a subject ("said Friday party leaders
// had agreed").
func weekdayOfOffice(text string, start int, after []Token) bool {
	if !isLetterWord(after[0].Text) || IsStopword(strings.ToLower(after[0].Text)) {
		return false
	}
	from := max(0, start-tenseBytes)
	before := Tokenize(text[from:start], from)
	n := len(before)
	if n == 0 || before[n-1].Span.End != start-1 {
		return false
	}
	prev := strings.ToLower(before[n-1].Text)
	if n >= 2 && englishTime.genitive.Has(prev) && weekdayOfficeHeads.Has(strings.ToLower(before[n-2].Text)) {
		return true
	}
	if len(after) < 2 || after[1].Span.Start != after[0].Span.End+1 || !weekdayOfficeHeads.Has(strings.ToLower(after[1].Text)) {
		return false
	}
	return englishTime.cueNounDets.Has(prev) || possessiveEnding(prev) != ""
}
