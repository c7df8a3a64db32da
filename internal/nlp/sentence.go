package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits text into paragraphs (at line breaks) and each
// paragraph into sentences. It knows news abbreviations (Mr., Sept., U.S.,
// Brig. Gen.), initials, numbers, and terminal punctuation followed by
// closing quotes, so that `"It will be large." said X` is not split before
// "said".
func SplitSentences(text string) []Sentence {
	var out []Sentence
	para := 0
	for _, p := range paragraphs(text) {
		for _, s := range splitParagraph(text, p.Start, p.End) {
			out = append(out, Sentence{Index: len(out), Text: text[s.Start:s.End], Start: s.Start, End: s.End, Paragraph: para})
		}
		para++
	}
	return out
}

// paragraphs returns the trimmed non-empty paragraphs of text. Every line is
// a paragraph, except that a line not ending a sentence is joined with a
// following line that starts in lower case (hard-wrapped text).
func paragraphs(text string) []Span {
	var out []Span
	start := -1 // start of the open paragraph
	end := 0
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		ls, le := trimSpan(text, pos, lineEnd)
		if ls < le {
			switch {
			case start >= 0 && end == ls-1 && continuesLine(text[start:end], text[ls:le]):
				end = le // hard wrap: only a newline between the two lines
			default:
				if start >= 0 {
					out = append(out, Span{start, end})
				}
				start, end = ls, le
			}
		} else if start >= 0 {
			out = append(out, Span{start, end})
			start = -1
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

func continuesLine(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”’»", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

const closers = "\"'”’»)]"
const openers = "\"'“‘«(["

// splitParagraph returns the sentence spans of text[start:end].
func splitParagraph(text string, start, end int) []Span {
	var out []Span
	sStart := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		punct := i
		j := i + n
		for j < end { // runs like "?!" or "..."
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += n2
		}
		for j < end { // closing quotes and brackets belong to the sentence
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune(closers, r2) {
				break
			}
			j += n2
		}
		// A reference mark after the full stop ("the derailment.[6]
		// Pennsylvania's governor …", copied from a wiki) belongs to
		// the sentence it ends.
		for j < end {
			m := footnoteMark(text[j:end])
			if m == 0 {
				break
			}
			j += m
		}
		i = j
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j && r == '.' && j-punct == 1 && (lostBreakAfterQuote(text[sStart:punct], text[j:end]) ||
			lostBreakAfterWord(text[sStart:punct], text[j:end]) && periodEnds(text[sStart:punct], text[j:end])) {
			if s, e := trimSpan(text, sStart, j); s < e {
				out = append(out, Span{s, e})
			}
			sStart = j
			continue
		}
		if k == j || k >= end {
			continue // no space after, or end of paragraph
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(openers, next) {
			continue
		}
		if r == '.' && j-punct == 1 && !periodEnds(text[sStart:punct], text[k:end]) {
			continue
		}
		if s, e := trimSpan(text, sStart, j); s < e {
			out = append(out, Span{s, e})
		}
		sStart = k
	}
	if s, e := trimSpan(text, sStart, end); s < e {
		out = append(out, Span{s, e})
	}
	return out
}

// footnoteMark returns the length of the reference mark that s opens
// with, a number in square brackets ("[6]"), or 0.
func footnoteMark(s string) int {
	if len(s) < 3 || s[0] != '[' {
		return 0
	}
	k := 1
	for k < len(s) && k < 5 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ']' {
		return 0
	}
	return k + 1
}

// trimFootnoteMarks cuts the reference marks that end s ("….[6]").
func trimFootnoteMarks(s string) string {
	s = strings.TrimRight(s, " ")
	for {
		k := strings.LastIndexByte(s, '[')
		if k < 0 || footnoteMark(s[k:]) != len(s)-k {
			return s
		}
		s = strings.TrimRight(s[:k], " ")
	}
}

// periodEnds decides whether a single period after before ends the sentence,
// given the text after it.
func periodEnds(before, after string) bool {
	w := lastWord(before)
	if w == "" {
		return true
	}
	nextWord := firstWord(after)
	lw := strings.ToLower(w)
	if titleAbbrev[lw] {
		// A title precedes a name ("Sen. Ted Cruz"); the same word
		// ending a name ("Hun Sen.") ends a sentence before a word that
		// opens one or before a quotation.
		return endsName(before[:len(before)-len(w)]) && (sentenceStarter[strings.ToLower(nextWord)] || startsWithOpener(after))
	}
	if monthAbbrev[lw] || numberAbbrev[lw] {
		r, _ := utf8.DecodeRuneInString(after)
		if unicode.IsDigit(r) {
			return false
		}
		return sentenceStarter[strings.ToLower(nextWord)]
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false // an initial: "John F. Kennedy"
		}
	}
	if strings.Contains(w, ".") || otherAbbrev[lw] {
		// U.S., a.m., Inc.: ends a sentence only before a word that
		// typically starts one.
		return sentenceStarter[strings.ToLower(nextWord)]
	}
	return true
}

// endsName reports whether before ends in a capitalised word that is no
// title nor abbreviation ("… led by Hun" before "Sen."), so that the
// word after it ends a name rather than opening one.
func endsName(before string) bool {
	before = strings.TrimRight(before, " \t")
	w := lastWord(before)
	if len(w) < 2 || len(w) != len(before)-strings.LastIndexAny(before, " \t\n")-1 || strings.Contains(w, ".") {
		return false
	}
	lw := strings.ToLower(w)
	return isCapitalised(w) && !titleAbbrev[lw] && !titleWords[lw] && !sentenceStarter[lw]
}

// startsWithOpener reports whether s opens with a quotation mark or a
// bracket.
func startsWithOpener(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(openers, r)
}

// lastWord returns the run of letters and periods at the end of s, without
// leading punctuation.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	return strings.TrimLeft(s[i:], ".")
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, openers)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
