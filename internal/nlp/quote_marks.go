package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// quoteMarks maps an opening quotation mark to the closing marks it
// accepts, and quoteDoubles two single marks written for one double mark
// to that mark; both are the lexicon's, which the aligner reads too
// (QuoteMarkAt).
var quoteMarks, quoteDoubles = readQuoteMarks(en)

func readQuoteMarks(l *lang.Lexicon) (map[rune]string, map[string]rune) {
	marks := map[rune]string{}
	for o, c := range l.Map(lang.QuoteMarks) {
		r, _ := utf8.DecodeRuneInString(o)
		marks[r] = c
	}
	doubles := map[string]rune{}
	for pair, m := range l.Map(lang.QuoteMarkDoubles) {
		r, _ := utf8.DecodeRuneInString(m)
		doubles[pair] = r
	}
	return marks, doubles
}

// markAt returns the rune at text[i:end] and its width, reading two
// single marks in a row that stand for a double one as that mark.
func markAt(text string, i, end int) (rune, int) {
	for pair, m := range quoteDoubles {
		if strings.HasPrefix(text[i:end], pair) {
			return m, len(pair)
		}
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// QuoteMarkAt reports the width of the double quotation mark that starts
// at text[i], 0 when none does, and whether the mark only closes a
// quotation (” but not "). Single marks are left out: the same
// characters are apostrophes, which a caller reading marks in order,
// without this package's rules, cannot tell apart.
func QuoteMarkAt(text string, i int) (width int, closes bool) {
	r, n := markAt(text, i, len(text))
	if doubleMark(r) {
		_, opens := quoteMarks[r]
		return n, !opens
	}
	return 0, false
}

// doubleMark reports whether r is a quotation mark none of whose pairs
// holds a single mark: an apostrophe of a word (the first character of
// a possessive ending) opens or closes no double quotation.
func doubleMark(r rune) bool {
	found := false
	for o, cs := range quoteMarks {
		if o != r && !strings.ContainsRune(cs, r) {
			continue
		}
		found = true
		if apostrophes[o] || strings.ContainsFunc(cs, func(c rune) bool { return apostrophes[c] }) {
			return false
		}
	}
	return found
}

// apostrophes are the characters a possessive ending starts with.
var apostrophes = func() map[rune]bool {
	m := map[rune]bool{}
	for e := range en.Set(lang.PossessiveEndings) {
		r, _ := utf8.DecodeRuneInString(e)
		if !unicode.IsLetter(r) {
			m[r] = true
		}
	}
	return m
}()

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
			bare := -1 // the first part taken in without reopening
			for !found && pj+1 < len(paras) && pj-pi < 4 {
				next := paras[pj+1]
				nr, nn := markAt(text, next.Start, next.End)
				// A quoted paragraph that stops on a word ("… with our
				// love and condolences") lost its closing mark; when the
				// next paragraph's quotation closes with an attribution of
				// its own ("“Our hearts are grieving,” Mayor Michael
				// Signer said"), it is another's, not this one going on.
				if nr == r && bare < 0 && endsOnWord(text[start:end]) && attributedInParagraph(text, next.Start+nn, next.End, closing, r) {
					break
				}
				q.parts = append(q.parts, Span{start, end})
				switch {
				case nr == r:
					start = next.Start + nn
					// A paragraph that reopens the quote after one
					// that did not ("Take part in our poll" between two
					// paragraphs of a speech) says the one between was
					// never quoted: a page's furniture or the writer's.
					if bare >= 0 {
						q.parts = q.parts[:bare]
						bare = -1
					}
				case !containsOpen(text, next):
					// Continues without reopening: a paragraph without
					// any quotation mark in between, or one that only
					// closes ("…alive," People quoted him as saying.).
					start = next.Start
					if bare < 0 {
						bare = len(q.parts)
					}
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

// endsOnWord reports whether s, less trailing spaces, ends with a letter
// or a digit: mid-sentence, with no punctuation to close it.
func endsOnWord(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t\n\r"))
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// attributedInParagraph reports whether the quotation opened before
// text[from:end], a paragraph, closes there and a cue follows it within
// the words of an attribution ("…,” Mayor Jo Hart said Sunday").
func attributedInParagraph(text string, from, end int, closing string, open rune) bool {
	_, after, ok := findClose(text, from, end, closing, open)
	if !ok {
		return false
	}
	_, cs, ok := cueIn(text[after:end])
	return ok && attributionLength(text[after:after+cs.Start]) <= 8
}

// opensQuote reports whether the mark at i opens a quote: it stands at the
// start of a word, with a non-space after it.
func opensQuote(text string, i, n, end int) bool {
	if i+n >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsSpace(next) || strayClose(text, i+n, end) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{:—–-", prev)
}

// strayClose reports whether the text after a mark, text[from:end],
// opens with a sentence's or a clause's punctuation and a space (`entitled
// “ Salvator Mundi “. This “male Mona Lisa”`): no quotation opens so, and
// the mark is an opening one typed where its closing one belongs. An
// ellipsis (“...and then”, ". . . I just want") still opens a quotation.
func strayClose(text string, from, end int) bool {
	r, n := utf8.DecodeRuneInString(text[from:])
	if !strings.ContainsRune(",.;:!?", r) || strings.HasPrefix(text[from:], ". .") {
		return false
	}
	if from+n >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[from+n:])
	return unicode.IsSpace(next)
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
		// The opening mark typed where the closing one belongs, glued
		// to the quote's last punctuation and followed by a space
		// ("… torture him,“ Bourdain once said."), can open nothing:
		// it closes, so the quote does not run on over the narration.
		if r == open && !(open == '\'' || open == '‘') && typedForClose(text, from, i, n) {
			return i, i + n, true
		}
		if strings.ContainsRune(closing, r) {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			single := open == '\'' || open == '‘'
			// A double mark after the quote's last punctuation closes
			// it even when glued to the next word: in `better than
			// this, "said Stefanski.` the cue is narration.
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[from:i], " \t"))
			glued := !single && strings.ContainsRune(",.?!", last)
			if i+n >= len(text) || !unicode.IsLetter(next) || glued {
				if !single || !unicode.IsSpace(prev) || spacedClose(text, i, n) {
					return i, i + n, true
				}
			}
		}
		i += n
	}
	return end, end, false
}

// spacedClose reports whether the single mark text[i:i+n], with a space
// before it, closes a quote all the same: the quote's own punctuation
// stands before the space and a space follows (the spaced-out marks of
// tokenised text: "There was blood, ' said Unique Armstead"), which no
// apostrophe of a word ("the boys ' toys") has.
func spacedClose(text string, i, n int) bool {
	before := strings.TrimRight(text[:i], " \t")
	last, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune(",.?!", last) || len(before) == i {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return i+n >= len(text) || unicode.IsSpace(next)
}

// containsOpen reports whether paragraph p opens a quotation. A first
// mark after the paragraph's own closing punctuation and before a cue
// (`We are better than this, "said Stefanski.`) closes a quotation
// carried over from the paragraph before, however it is spaced.
func containsOpen(text string, p Span) bool {
	first := true
	for i := p.Start; i < p.End; {
		r, n := markAt(text, i, p.End)
		if _, ok := quoteMarks[r]; ok && r != '\'' && opensQuote(text, i, n, p.End) {
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[p.Start:i], " \t"))
			toks := Tokenize(text[i+n:p.End], i+n)
			if !(first && strings.ContainsRune(",.?!", last) && len(toks) > 0 && cueWords[toks[0].Text]) {
				return true
			}
		}
		if _, ok := quoteMarks[r]; ok {
			first = false
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

// typedForClose reports whether the mark text[i:i+n], the same as the
// one that opened the quote at from, stands glued to the quote's own
// last punctuation and before a space or the end: no quotation opens
// so, and the mark closes the one open.
func typedForClose(text string, from, i, n int) bool {
	if i == from {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if !strings.ContainsRune(",.?!", prev) {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsSpace(next)
}
