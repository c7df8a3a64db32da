package nlp

import (
	"regexp"
	"slices"
	"strings"

	"crosscheck/internal/lang"
)

// Page chrome glued to a sentence is no one's words. A page's stamps and
// notices stand before its first sentence and the extractor may join
// them to it: a live blog's "Update 12:45 ET: According to …", a feed's
// "date 2016-07-14 PARIS (Reuters) - Some 30 people …", the remains of
// "This article is more than 8 year old" written straight onto
// "Dozens of people …". Reported speech whose words open the sentence
// then opens with that chrome, shown as the speaker's.

// stampLead matches a stamp word, a clock time or a date, an optional
// zone or meridiem and an optional colon ("Update 12:45 ET:", "date
// 2016-07-14"), the zone or meridiem only before a colon so that a
// dateline's place stays ("date 2016-07-14 PARIS (Reuters) -");
// ageStampLead an age notice's number and unit written
// straight onto a capitalised word ("8 year oldDozens").
var (
	stampLead = regexp.MustCompile(`^(?i:` + alternation(slices.Clone(en.List(lang.StampWords))) +
		`)\s+(?:\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2})(?:\s+[\p{L}.]{2,5}\s*:|\s*:)?\s+`)
	ageStampLead = regexp.MustCompile(`^\d+\s+` + strings.ReplaceAll(alternation(slices.Clone(en.List(lang.AgeStamps))), " ", `\s+`) + `\p{Lu}`)
)

// leadChrome returns how many bytes of chrome text opens with: stamps,
// an age notice and a dateline, in any order they follow each other.
func leadChrome(text string) int {
	at := 0
	for {
		rest := text[at:]
		switch {
		case stampLead.MatchString(rest):
			at += len(stampLead.FindString(rest))
		case ageStampLead.MatchString(rest):
			at += len(ageStampLead.FindString(rest)) - len(lastRune(ageStampLead.FindString(rest)))
		default:
			if dl := ReadDateline(rest); dl.End > 0 {
				at += dl.End
			}
			return at
		}
	}
}

// lastRune returns the last character of s.
func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// trimLeadChrome strips the chrome that opens the words of each reported
// quote of doc; a quote left with no words goes.
func trimLeadChrome(doc *Doc) {
	kept := doc.Quotes[:0]
	for _, q := range doc.Quotes {
		if !q.Direct {
			if n := leadChrome(q.Text); n > 0 {
				if q.Span.Start >= 0 && q.Span.Start+n <= len(doc.Text) && strings.HasPrefix(doc.Text[q.Span.Start:], q.Text[:n]) {
					q.Span.Start += n
				}
				q.Text = strings.TrimSpace(q.Text[n:])
				if q.Text == "" {
					continue
				}
			}
		}
		kept = append(kept, q)
	}
	doc.Quotes = kept
}
