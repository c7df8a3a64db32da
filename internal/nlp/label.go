package nlp

import (
	"regexp"

	"crosscheck/internal/lang"
)

// leadLabel matches a label an article prints before its first words
// other than a dateline (ReadDateline): a section label in capitals
// ("NORTH KOREA: ") or a label word ("Details: ", "More details: "), or
// a kicker of at most five words before the vertical bar a site sets
// between it and a headline ("ADDITIONAL REPORTING | ", "Opinion | "):
// prose never holds the bar.
var leadLabel = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu} ]*\p{Lu}:\s+|` + wordsRe(en.Set(lang.LeadLabels), " ") + `:\s+|(?:[^|\s]+ ){0,4}[^|\s]+ +\| +)`)

// photoCredit matches a picture's credit left before a sentence's first
// words: a photographer's name of two to four capitalised words, a slash
// and an agency ("Bethany Clarke/Getty ImagesAccording to …", the space
// lost with the caption's line break).
var photoCredit = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*/\s*(?i:` + wordsRe(en.Set(lang.PhotoAgencies), `\s+`) + `)\s*`)

// LabelEnd returns how many bytes at the start of a sentence are a
// dateline or a label rather than what the sentence states; 0 when none.
func LabelEnd(sentence string) int {
	if d := ReadDateline(sentence); d.End > 0 {
		return d.End
	}
	if n := len(leadLabel.FindString(sentence)); n > 0 {
		return n
	}
	if n := len(photoCredit.FindString(sentence)); n > 0 {
		return n
	}
	return liveBlogStamp(sentence)
}

// liveStamp matches the time a live blog prints before an entry, with
// its zone if any and the word of updating before it: "2:49pm CST: ",
// "10.15 a.m.: ", "UPDATED 6:57 p.m. EDT: ".
var liveStamp = regexp.MustCompile(`^(?i:` + wordsRe(en.Set(lang.UpdateStamps), " ") + `\s+)?\d{1,2}[:.]\d{2}\s*(?:` + wordsRe(en.Set(lang.ClockWords), " ") + `)?\s*(\p{Lu}{1,5})?:\s+`)

// liveBlogStamp returns the length of a live blog's time stamp opening
// sentence, 0 if none: the time an entry was posted is no part of what
// it states, and its zone ("CST") names nobody.
func liveBlogStamp(sentence string) int {
	m := liveStamp.FindStringSubmatchIndex(sentence)
	if m == nil {
		return 0
	}
	if m[2] >= 0 {
		if _, ok := lang.ZoneOffset(sentence[m[2]:m[3]]); !ok {
			return 0
		}
	}
	return m[1]
}
