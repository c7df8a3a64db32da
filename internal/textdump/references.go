package textdump

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// yearAtEnd matches a line whose last word is a four-digit year, before
// closing punctuation.
var yearAtEnd = regexp.MustCompile(`\b\d{4}\W{0,3}$`)

// endsWithDate reports whether s ends with a full date ("…, Oct. 30,
// 2019"), as the entries of a source list do: a cited title, then the
// day it was published or read.
func endsWithDate(s string) bool {
	if !yearAtEnd.MatchString(s) {
		return false
	}
	tail := s
	if n := utf8.RuneCountInString(s); n > 24 {
		tail = string([]rune(s)[n-24:])
	}
	_, ok := parseDate(tail)
	return ok
}

// markReferenceLists flags a list of sources below a story: three or more
// lines in a row, each naming a document or an interview and ending in its
// date ("Tax Foundation, "Tracking the Economic Impact…," May 31, 2019").
// Stories print dates at the start of a line (a timeline) or inside a
// sentence, not as the last words of line after line.
func markReferenceLists(lines []line) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].words >= 4 && lines[j].words <= 40 && endsWithDate(strings.TrimSpace(lines[j].text)) && !isDateOnly(lines[j].text, lines[j].words) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				lines[k].chrome = true
			}
			i = j
			continue
		}
		i = max(j, i+1)
	}
}
