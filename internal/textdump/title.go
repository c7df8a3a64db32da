package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headWindow is how many lines before the body are searched for the
// headline, the byline and the dateline.
const headWindow = 12

// titleSeparators join a headline and the site name in a page's <title>,
// which flattened dumps often print first.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "}

// isHeadlineShaped reports whether a line could be a headline: a few
// words, no chrome, no date line, not a full stop sentence of prose.
func isHeadlineShaped(l line) bool {
	if l.chrome || l.words < 3 || l.words > 30 || l.chars < 15 {
		return false
	}
	// Headlines do not end with a full stop; standfirsts and body
	// sentences repeated as pull quotes do.
	if strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "...") {
		return false
	}
	if _, ok := parseDate(l.text); ok && l.words <= 8 {
		return false
	}
	if bylineName(l.text) != "" {
		return false
	}
	return true
}

// findTitle picks the headline among the lines before the body (first is
// the first body line). A line the page prints twice — on its own and in
// the <title> with the site name, or glued to a section label — is the
// surest sign; otherwise the first headline-shaped line close above the
// body. It returns the line index, or -1 when no line qualifies: then the
// title stays empty rather than wrong.
func (d *doc) findTitle(first int) int {
	if a := headlineAnchor(d.lines); a >= 0 && a < first && isHeadlineShaped(d.lines[a]) {
		return a
	}
	from := max(0, first-headWindow)
	// Candidates repeated elsewhere in the head, closest to the body first.
	for i := first - 1; i >= 0 && i >= first-3*headWindow; i-- {
		if !isHeadlineShaped(d.lines[i]) || d.isMasthead(i) {
			continue
		}
		for j := 0; j < first; j++ {
			if j == i {
				continue
			}
			if kind := echoes(d.lines[j].text, d.lines[i].text); kind != echoNone {
				return i
			}
		}
	}
	// The first candidate that shares words with the lead wins: a ticker,
	// a section menu or a tagline shares none. Without such a candidate
	// a headline under a widget's label stands, else the first one.
	lead := d.leadWords(first)
	fallback := -1
	for i := from; i < first; i++ {
		if !isHeadlineShaped(d.lines[i]) || d.lines[i].menu || d.isMasthead(i) {
			continue
		}
		if sharedWords(d.lines[i].text, lead) >= 2 {
			return i
		}
		if fallback < 0 {
			fallback = i
		}
	}
	if i := d.headlineUnderLabel(first, lead); i >= 0 {
		return i
	}
	return fallback
}

// headlineUnderLabel finds, when no plain line above the body tells the
// lead's story, a line taken for a teaser right above the body that does
// ("Must read", then the headline, then the lead): a teaser links to
// another story, so one told in the lead's words is this story's
// headline under a widget's label. It returns -1 when there is none.
func (d *doc) headlineUnderLabel(first int, lead map[string]bool) int {
	for i := max(0, first-3); i < first; i++ {
		l := d.lines[i]
		if !l.chrome || l.menu || l.caption || d.isMasthead(i) {
			continue
		}
		if l.chrome = false; isHeadlineShaped(l) && sharedWords(l.text, lead) >= 3 {
			return i
		}
	}
	return -1
}

// leadWords are the lower-cased words of four or more letters in the
// first body lines from first on.
func (d *doc) leadWords(first int) map[string]bool {
	words := make(map[string]bool)
	for i, n := first, 0; i < len(d.lines) && n < 3; i++ {
		if d.lines[i].class != classGood {
			continue
		}
		n++
		for _, w := range contentWords(d.lines[i].text) {
			words[w] = true
		}
	}
	return words
}

// sharedWords counts the distinct content words of s found in words.
func sharedWords(s string, words map[string]bool) int {
	seen := make(map[string]bool)
	for _, w := range contentWords(s) {
		if words[w] {
			seen[w] = true
		}
	}
	return len(seen)
}

// contentWords are the words of s (tokenize's, lower-cased) of four or
// more letters, which leaves out most function words in the languages we
// read.
func contentWords(s string) []string {
	var out []string
	for _, w := range tokenize(s) {
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

// isMasthead reports whether line i is the site's name plate rather than
// a headline: the name the page gives itself, a short line in capitals
// ("GLOBAL PULSE NEWS"), or the tagline printed right under either.
func (d *doc) isMasthead(i int) bool {
	if d.isNamePlate(i) {
		return true
	}
	return i > 0 && !d.lines[i].para && d.isNamePlate(i-1)
}

func (d *doc) isNamePlate(i int) bool {
	l := d.lines[i]
	if l.words <= 6 && isAllCaps(l.text) {
		return true
	}
	for _, n := range d.selfNames {
		if squash(n) == squash(l.text) {
			return true
		}
	}
	return false
}

// isAllCaps reports whether s has letters and none of them is lower-case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

type echoKind int

const (
	echoNone echoKind = iota
	echoSame
	echoTitleTag // other is "title | site" or "site | title"
	echoGlued    // other is "Sectiontitle"
)

// echoes tells how other repeats headline: verbatim, inside a <title>
// with a site name, or glued to a section label.
func echoes(other, headline string) echoKind {
	if other == headline {
		return echoSame
	}
	if len(other) <= len(headline) {
		return echoNone
	}
	if rest, ok := strings.CutPrefix(other, headline); ok {
		for _, sep := range titleSeparators {
			if strings.HasPrefix(rest, sep) {
				return echoTitleTag
			}
		}
		return echoNone
	}
	if rest, ok := strings.CutSuffix(other, headline); ok {
		for _, sep := range titleSeparators {
			if strings.HasSuffix(rest, sep) {
				return echoTitleTag
			}
		}
		// A section label glued to the headline: one or two words ending in
		// a letter, directly followed by the headline's capital letter.
		if len(strings.Fields(rest)) <= 2 && !strings.HasSuffix(rest, " ") {
			r := []rune(rest)
			if len(r) > 0 && unicode.IsLetter(r[len(r)-1]) {
				return echoGlued
			}
		}
	}
	return echoNone
}

// siteFromTitleTag returns the site name that a <title>-like line adds
// after the headline ("headline | Section | Site" gives "Site"). A label
// before the headline is more often a section ("Opinion | …") than the
// site, so it is not taken.
func siteFromTitleTag(other, headline string) string {
	rest, ok := strings.CutPrefix(other, headline)
	if !ok {
		return ""
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(rest, sep); i >= 0 {
			rest = rest[i+len(sep):]
		}
	}
	rest = strings.TrimSpace(rest)
	if n := len(strings.Fields(rest)); n == 0 || n > 5 {
		return ""
	}
	return rest
}
