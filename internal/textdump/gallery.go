package textdump

import (
	"regexp"
	"strconv"
)

// slideCounter matches a gallery's position counter: "1 / 9", "3 of 12",
// "2 de 7", "1 из 5": two numbers joined by a slash or one short word.
var slideCounter = regexp.MustCompile(`^\s*(\d{1,3})(?:\s*/\s*|\s+\pL{1,3}\s+)(\d{1,3})\s*$`)

// isSlideCounter reports whether s is nothing but a gallery's counter, the
// first of its lines in a dump; the slide's caption follows it. The first
// number never exceeds the second.
func isSlideCounter(s string) bool {
	m := slideCounter.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a >= 1 && a <= b && b >= 2
}

// kindTag matches a bracketed label closing a line: "[VIDEO]", "[
// INSIGHT]|", "[Video]".
var kindTag = regexp.MustCompile(`\[\s*\pL[\pL ]{1,14}\]\W{0,2}$`)

// markTaggedTeasers flags two or more lines in a row that end in a
// bracketed label naming what the link leads to ("Plane passengers
// quarantined after outbreak [NEWS]", "… Review [Video]"): a box of other
// stories, which pages set between paragraphs. A story's own lines do not
// label themselves.
func markTaggedTeasers(lines []line) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].words <= 25 && kindTag.MatchString(lines[j].text) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				lines[k].chrome = true
			}
		}
		i = max(j, i+1)
	}
}
