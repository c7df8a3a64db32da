package textdump

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-empty line of the dump with the features the classifier
// reads. Lines keep their order; blank lines only mark paragraph breaks.
type line struct {
	text string
	// para is true when a blank line (or the start of the text) precedes
	// the line: flattened pages put a blank line between blocks and a plain
	// newline between the items of a list or menu.
	para bool
	// runLen is how many lines the line's paragraph has.
	runLen int

	chars, words int
	stopRatio    float64
	sentenceEnd  bool
	chrome       bool // matches boilerplate phrasing or shape
	// slot marks an ad slot ("- Advertisement -"), which pages put inside
	// the article: it says nothing about the lines around it.
	slot bool
	menu bool // in a run of short label-like lines
	// barrier marks where a comment thread starts: no region spans it.
	barrier bool
	dup     bool // an earlier line has the same text
	// caption marks a labelled photo caption or credit inside the
	// article: not body, and it neither extends nor breaks a region.
	caption bool
	class   class
}

// markupTag matches tags of common HTML elements and comments. Only known
// element names count, so prose such as "<The Palace>" stays intact.
var markupTag = regexp.MustCompile(`(?i)</?(?:a|abbr|article|aside|b|blockquote|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|footer|h[1-6]|header|hr|i|iframe|img|ins|li|main|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|style|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video)(?:\s[^<>]*)?/?>`)

// blockTag matches the tags whose removal must leave a paragraph break.
var blockTag = regexp.MustCompile(`(?i)^</?(?:article|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)\b`)

// stripMarkup turns an HTML fragment that leaked into the dump back into
// text lines: block tags become paragraph breaks, other tags vanish and
// entities are decoded. A line without markup is returned unchanged.
func stripMarkup(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	hadComment := strings.Contains(s, "<!--")
	if hadComment {
		s = stripComments(s)
	}
	if !markupTag.MatchString(s) {
		if hadComment {
			return html.UnescapeString(s)
		}
		return s
	}
	s = markupTag.ReplaceAllStringFunc(s, func(tag string) string {
		if blockTag.MatchString(tag) {
			return "\n\n"
		}
		return ""
	})
	return html.UnescapeString(s)
}

// stripComments replaces HTML comments with paragraph breaks in one pass;
// an unclosed "<!--" drops the marker only. (A lazy regexp would rescan
// the rest of the line for each unclosed marker: quadratic.)
func stripComments(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			// No comment closes after here, so none of the later markers
			// does either.
			b.WriteString(s[:i])
			s = strings.ReplaceAll(s[i:], "<!--", "\n\n")
			break
		}
		b.WriteString(s[:i])
		b.WriteString("\n\n")
		s = s[i+4+j+3:]
	}
	b.WriteString(s)
	return strings.ReplaceAll(b.String(), "-->", "\n\n")
}

// cleanText normalises the dump: valid UTF-8, "\n" line ends, markup
// remnants removed, each line trimmed of spaces (including no-break and
// zero-width ones).
func cleanText(text string) []string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	out := make([]string, 0, len(raw))
	for _, l := range raw {
		for _, part := range strings.Split(stripMarkup(l), "\n") {
			out = append(out, normalizeSpace(part))
		}
	}
	return out
}

// normalizeSpace trims the line and collapses inner runs of white space.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// splitLines turns the cleaned dump into lines with paragraph marks.
func splitLines(cleaned []string) []line {
	var lines []line
	para := true
	for _, s := range cleaned {
		if s == "" {
			para = true
			continue
		}
		lines = append(lines, line{text: s, para: para})
		para = false
	}
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !lines[j].para {
			j++
		}
		for k := i; k < j; k++ {
			lines[k].runLen = j - i
		}
		i = j
	}
	return lines
}

// looksBinary reports whether text is not a text dump at all: NUL bytes,
// many control characters or much invalid UTF-8 in its first kilobytes.
func looksBinary(text string) bool {
	sample := text
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRuneInString(sample[i:])
		i += size
		total++
		switch {
		case r == 0:
			return true
		case r == utf8.RuneError && size == 1:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			bad++
		}
	}
	return total > 0 && bad*10 > total
}
