package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// terminal runes end a sentence: the full-width ones of Chinese and
// Japanese, which need no space after them, and the Latin ones, which do.
const (
	wideTerminals  = "。！？．"
	latinTerminals = ".!?…"
)

// splitSentences splits text into paragraphs and each paragraph into
// sentences by the language's punctuation. A full stop inside a pair of
// quote marks that tells opening from closing (「」, „“, «») ends no
// sentence: the quote runs on to its cue ("「…。」と述べた。"). A
// quote that ends a sentence and is followed by a short attribution with
// a cue keeps it ("“…。”他说。").
func (w *words) splitSentences(text string) []Sentence {
	var out []Sentence
	for para, p := range paragraphs(text) {
		spans := w.splitParagraph(text, p.Start, p.End, true)
		if spans == nil {
			// A quote mark never closed: split as if there were none.
			spans = w.splitParagraph(text, p.Start, p.End, false)
		}
		for _, s := range spans {
			out = append(out, Sentence{Index: len(out), Text: text[s.Start:s.End], Start: s.Start, End: s.End, Paragraph: para})
		}
	}
	return out
}

// splitParagraph returns the sentences of text[start:end]; nil when
// quotes is set and a quote mark is left open at the end.
func (w *words) splitParagraph(text string, start, end int, quotes bool) []Span {
	var out []Span
	var open []rune // closing marks awaited, innermost last
	from := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		i += n
		if quotes {
			if len(open) > 0 && r == open[len(open)-1] {
				open = open[:len(open)-1]
				continue
			}
			if c, ok := w.quotes[r]; ok && c != r {
				open = append(open, c)
				continue
			}
		}
		wide := strings.ContainsRune(wideTerminals, r)
		if !wide && !strings.ContainsRune(latinTerminals, r) || len(open) > 0 {
			continue
		}
		// Take in further terminals and the closing marks after them.
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			switch {
			case strings.ContainsRune(wideTerminals+latinTerminals, r2):
			case quotes && len(open) > 0 && r2 == open[len(open)-1]:
				open = open[:len(open)-1]
			case w.closers[r2] || r2 == ')' || r2 == '）':
			default:
				goto done
			}
			j += n2
		}
	done:
		if len(open) > 0 {
			i = j
			continue
		}
		if !w.endsHere(text, from, i, j, end, r, wide) {
			i = j
			continue
		}
		s, e := trimSpan(text, from, j)
		if s < e {
			out = append(out, Span{s, e})
		}
		from, i = j, j
	}
	if quotes && len(open) > 0 {
		return nil
	}
	if s, e := trimSpan(text, from, end); s < e {
		out = append(out, Span{s, e})
	}
	return out
}

// endsHere decides whether the terminal r ending at i (its closers taken
// in up to j) ends the sentence begun at from.
func (w *words) endsHere(text string, from, i, j, end int, r rune, wide bool) bool {
	rest := text[j:end]
	if strings.TrimSpace(rest) == "" {
		return true
	}
	if j > i && w.cueFollows(rest) {
		return false // "“…。”他说。", "«…!», a déclaré X."
	}
	if wide {
		return true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if !w.spaced {
		return r != '.' || !unicode.IsDigit(next)
	}
	if !unicode.IsSpace(next) {
		return false // "3.5", "U.S.", "…!»,"
	}
	after := strings.TrimLeftFunc(rest, unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLower(first) {
		return false
	}
	if r != '.' {
		return true
	}
	// A full stop after an abbreviation or an initial ends nothing.
	before := text[from : i-1]
	k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	last := before[k+1:]
	if k >= 0 && utf8.RuneCountInString(last) == 1 && unicode.IsUpper([]rune(last)[0]) || w.abbrev[strings.ToLower(last)] {
		return false
	}
	if last == "" && k >= 0 {
		// "12. September": a German ordinal's full stop.
		d := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsDigit(r) })
		if d < len(before)-1 && len(before)-1-d <= 2 {
			if _, ok := w.months[strings.ToLower(firstWord(after))]; ok {
				return false
			}
		}
	}
	return true
}

// cueFollows reports whether rest, the text after a closing quote, goes
// on with a short attribution: a cue within a few words, before any
// terminal.
func (w *words) cueFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " \t,，、:：—–-")
	limit := rest
	if k := strings.IndexAny(limit, wideTerminals+latinTerminals+"„“«»「」『』\""); k >= 0 {
		limit = limit[:k]
	}
	if utf8.RuneCountInString(limit) > 40 {
		limit = string([]rune(limit)[:40])
	}
	if w.spaced {
		toks := strings.Fields(strings.ToLower(limit))
		for i := 0; i < len(toks) && i < 4; i++ {
			if w.cueAt(toks, i) > 0 {
				return true
			}
		}
		return false
	}
	for _, c := range w.cues {
		if strings.Contains(limit, c) {
			return true
		}
	}
	return false
}

// cueAt returns how many of toks, from i, make a cue phrase; 0 when none
// starts there.
func (w *words) cueAt(toks []string, i int) int {
	for n := min(4, len(toks)-i); n >= 1; n-- {
		p := strings.Trim(strings.Join(toks[i:i+n], " "), ",.;:!?")
		if w.cueSet[p] || w.afterCues[p] {
			return n
		}
	}
	return 0
}
