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

// slideTitle matches a slide's counter before the slide's title: "3/50
// Star Wars boosts economy". A counter in words ("3 of 12") counts only
// alone on its line (slideCounter): before more words it opens a sentence.
var slideTitle = regexp.MustCompile(`^\s*(\d{1,3})\s*/\s*(\d{1,3})\b`)

// slideNumbers returns the counter a line opens with, if any.
func slideNumbers(s string) []string {
	if m := slideCounter.FindStringSubmatch(s); m != nil {
		return m
	}
	return slideTitle.FindStringSubmatch(s)
}

// Embedded galleries: galleryMinSlides numbered slides in order, at most
// galleryMaxGap lines apart, under a story of galleryMinStory words or
// more in paragraphs (sentences of galleryProseWords words or more).
const (
	galleryMinSlides  = 3
	galleryMaxGap     = 6
	galleryMinStory   = 150
	galleryProseWords = 8
)

// markGallery flags an embedded gallery: slides counted in order against
// one total ("1/50 United goin down", caption, credit, "2/50 ..."), set
// between a story's paragraphs or under it. Their captions are whole
// sentences about other news and the counters alone do not stop the
// region; every line from the first counter to the end of the last slide
// (as many lines as the slide before it) is furniture. A photo story is
// its slides under a short introduction ("Click through the gallery"),
// so the gallery is marked only under a story's worth of paragraphs.
// internal/extract's dropGallery is the same rule on the page's markup.
func markGallery(lines []line) {
	var at []int
	total, next := "", 0
	for i, l := range lines {
		m := slideNumbers(l.text)
		if m == nil {
			continue
		}
		k, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		if k < 1 || k > n {
			continue
		}
		if len(at) > 0 && m[2] == total && k == next && i-at[len(at)-1] <= galleryMaxGap {
			at, next = append(at, i), k+1
			continue
		}
		if len(at) >= galleryMinSlides {
			break
		}
		at, total, next = []int{i}, m[2], k+1
	}
	if len(at) < galleryMinSlides {
		return
	}
	last := at[len(at)-1]
	end := min(len(lines), last+last-at[len(at)-2])
	story := 0
	for _, l := range lines[:at[0]] {
		if l.sentenceEnd && !l.chrome && !l.menu && l.words >= galleryProseWords {
			story += l.words
		}
	}
	if story < galleryMinStory {
		return
	}
	for i := at[0]; i < end; i++ {
		lines[i].chrome = true
	}
}
