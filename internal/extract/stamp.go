package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// dropStamps removes the page's date stamps from a body: printed once
// or twice (published, updated). Three or more are a live blog's entry
// times or a chronicle's dates, which head the text under them and stay.
func dropStamps(paras []string) []string {
	n := 0
	for _, p := range paras {
		if isStampLine(p) {
			n++
		}
	}
	if n == 0 || n > maxStamps {
		return paras
	}
	keep := paras[:0:0]
	for _, p := range paras {
		if !isStampLine(p) {
			keep = append(keep, p)
		}
	}
	return keep
}

// maxStamps is how many date stamps a story prints: when it was
// published and when it was updated.
const maxStamps = 2

// stampMaxWords bounds a date stamp: a label, a weekday, the date, a
// clock time and its zone.
const stampMaxWords = 10

// isStampLine tells a paragraph that only dates the page: "March 13,
// 2015", "08.04.2015 12:46", "Published 18 November 2019". A CMS prints
// the story's time stamp above or below it, and extraction takes it in
// with the paragraphs around it; a story's own sentences about a date
// have more words than a label beside the date.
func isStampLine(p string) bool {
	if strings.Contains(p, "\n") || wordsIn(p) > stampMaxWords {
		return false
	}
	if _, ok := textDate(p); !ok {
		return false // no full date, or one no page was published on
	}
	for _, re := range []*regexp.Regexp{dayMonthYear, monthDayYear, isoDay, dottedDay} {
		if m := re.FindStringIndex(p); m != nil {
			return letterWords(p[:m[0]]+" "+p[m[1]:]) <= 1
		}
	}
	return false
}

// letterWords counts the words of s that hold a letter.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}
