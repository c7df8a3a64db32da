package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteMarks maps an opening quotation mark to the closing marks it accepts.
var quoteMarks = map[rune]string{
	'“': "”\"", '«': "»", '„': "“”", '"': "\"”", '‘': "’'", '\'': "'’",
}

// markAt returns the rune at text[i:end] and its width, reading two
// apostrophes in a row, straight or curly, as one double quotation mark:
// the plain-text archives of some papers write them for “ and ”.
func markAt(text string, i, end int) (rune, int) {
	if strings.HasPrefix(text[i:end], "''") {
		return '"', 2
	}
	if strings.HasPrefix(text[i:end], "’’") {
		return '"', len("’’")
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// rawQuote is a quoted stretch of text before speakers are found.
type rawQuote struct {
	span  Span   // including the marks
	parts []Span // the quoted text, one part per paragraph
}

// findQuotedSpans returns the stretches of text between quotation marks.
// A quote left open at the end of a paragraph continues into the next
// paragraph when that one opens with a quotation mark again (the
// typographic convention) or closes one without opening any.
func findQuotedSpans(text string, paras []Span) []rawQuote {
	var out []rawQuote
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		i := p.Start
		for i < p.End {
			r, n := markAt(text, i, p.End)
			closing, ok := quoteMarks[r]
			if !ok || !opensQuote(text, i, n, p.End) {
				i += n
				continue
			}
			q := rawQuote{span: Span{Start: i}}
			start := i + n
			end, closeEnd, found := findClose(text, start, p.End, closing, r)
			pj := pi
			for !found && pj+1 < len(paras) && pj-pi < 4 {
				q.parts = append(q.parts, Span{start, end})
				next := paras[pj+1]
				nr, nn := markAt(text, next.Start, next.End)
				switch {
				case nr == r:
					start = next.Start + nn
				case !containsOpen(text, next):
					// Continues without reopening: a paragraph without
					// any quotation mark in between, or one that only
					// closes ("…alive," People quoted him as saying.).
					start = next.Start
				default:
					pj = -1
				}
				if pj < 0 {
					break
				}
				pj++
				end, closeEnd, found = findClose(text, start, next.End, closing, r)
			}
			if !found {
				i += n
				continue
			}
			q.parts = append(q.parts, Span{start, end})
			q.span.End = closeEnd
			out = append(out, q)
			if pj != pi {
				pi = pj
				p = paras[pi]
			}
			i = closeEnd
		}
	}
	return out
}

// opensQuote reports whether the mark at i opens a quote: it stands at the
// start of a word, with a non-space after it.
func opensQuote(text string, i, n, end int) bool {
	if i+n >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{:—–-", prev)
}

// findClose finds the closing mark for a quote opened with open, searching
// text[from:end]: a closing mark not followed by a letter (so that the
// apostrophe in "Kim’s" does not close ‘…’).
func findClose(text string, from, end int, closing string, open rune) (inner, after int, ok bool) {
	// A quote longer than this is a stray mark, not a quote; the bound
	// keeps a text full of unmatched marks from taking quadratic time.
	const maxQuote = 4000
	if end-from > maxQuote {
		end = from + maxQuote
		for end > from && !utf8.RuneStart(text[end]) {
			end--
		}
	}
	for i := from; i < end; {
		r, n := markAt(text, i, end)
		if strings.ContainsRune(closing, r) {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if i+n >= len(text) || !unicode.IsLetter(next) {
				if !(open == '\'' || open == '‘') || !unicode.IsSpace(prev) {
					return i, i + n, true
				}
			}
		}
		i += n
	}
	return end, end, false
}

func containsOpen(text string, p Span) bool {
	for i := p.Start; i < p.End; {
		r, n := markAt(text, i, p.End)
		if _, ok := quoteMarks[r]; ok && r != '\'' && opensQuote(text, i, n, p.End) {
			return true
		}
		i += n
	}
	return false
}

// trimmedParts returns the parts of a quote less the spaces at their
// ends, dropping empty ones.
func trimmedParts(text string, parts []Span) []Span {
	var out []Span
	for _, p := range parts {
		if s, e := trimSpan(text, p.Start, p.End); s < e {
			out = append(out, Span{s, e})
		}
	}
	return out
}
