package textdump

import (
	"strings"
	"unicode"
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
		if !isHeadlineShaped(d.lines[i]) {
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
	for i := from; i < first; i++ {
		if isHeadlineShaped(d.lines[i]) && !d.lines[i].menu {
			return i
		}
	}
	return -1
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
