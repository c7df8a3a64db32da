package nlp

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

var bylineWords = en.Set(lang.BylineWords)

// bylineNameWords is how many words a writer's name in a byline may
// have ("By J.A. Hagl", "By Gerald Hernandez").
const bylineNameWords = 4

// A page prints under its byline the day it was put out: "By Nick Miroff,
// December 17, 2014". A scraped page often glues the byline's parts,
// the date to the writer's last name and to the word after it ("By Gerald
// HernandezApril 7, 2020News British Prime Minister … was moved to
// intensive care on Monday"), so that no time pattern finds the date.
// That date is the page's own, as a date line's is: the page's days count
// from it whatever day the narration names ("on Monday" in a Tuesday
// report is the day before), unlike a date PageDay must first tell from
// a caption's or a quoted post's.

// bylineDay returns the full date printed right after a byline in text,
// glued to the name or set off by a comma, a bar or spaces, read against
// ref; false when there is none or two bylines print different days.
func bylineDay(text string, ref time.Time) (time.Time, bool) {
	toks := Tokenize(text, 0)
	var found time.Time
	for i, tok := range toks {
		if !bylineWords.Has(tok.Text) {
			continue
		}
		at := bylineDateAt(text, toks, i+1)
		if at < 0 {
			continue
		}
		day, ok := fullDateAt(text, at, ref)
		if !ok {
			continue
		}
		if !found.IsZero() && !found.Equal(day) {
			return time.Time{}, false
		}
		found = day
	}
	return found, !found.IsZero()
}

// bylineDateAt returns where a month starts after the writer's name that
// begins at toks[k]: glued to one of its capitalised words
// ("HernandezApril") or after it with only a comma, a bar or spaces
// between; -1 when none does.
func bylineDateAt(text string, toks []Token, k int) int {
	for n := 0; n < bylineNameWords && k+n < len(toks); n++ {
		w := toks[k+n]
		if n > 0 && (w.Text == "," || w.Text == "|") {
			// "By Nick Miroff, December 17, 2014"
			if k+n+1 < len(toks) && englishTime.monthNum(toks[k+n+1].Text) != 0 {
				return toks[k+n+1].Span.Start
			}
			return -1
		}
		r := []rune(w.Text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || !isWordToken(w.Text) || englishTime.weekdayNum(w.Text) != 0 {
			return -1 // "By Thursday March 5" bounds a time
		}
		if n > 0 && englishTime.monthNum(w.Text) != 0 {
			return w.Span.Start
		}
		for j := 1; j < len(w.Text); j++ {
			if unicode.IsLower(rune(w.Text[j-1])) && unicode.IsUpper(rune(w.Text[j])) && englishTime.monthNum(w.Text[j:]) != 0 {
				return w.Span.Start + j
			}
		}
	}
	return -1
}

// fullDateAt reads the full date (day, month and year) that starts at
// offset at of text, on its line; a word glued after the year
// ("2020News") is set apart first.
func fullDateAt(text string, at int, ref time.Time) (time.Time, bool) {
	end := len(text)
	if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
		end = at + nl
	}
	end = min(end, at+40)
	var b strings.Builder
	prev := rune(0)
	for _, r := range text[at:end] {
		if unicode.IsDigit(prev) && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	snippet := b.String()
	doc := Doc{Text: snippet, Sentences: SplitSentences(snippet)}
	for _, te := range FindTimes(&doc, ref) {
		if te.Span.Start == 0 && te.Resolved && !te.Relative && !te.RefYear && te.Open == "" && te.Unresolved == "" &&
			te.Granularity == GranDay && !te.Start.IsZero() {
			return dayOf(te.Start), true
		}
		break
	}
	return time.Time{}, false
}
