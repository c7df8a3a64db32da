package eval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// What counts as a direct quote in PolNeAR. The corpus marks the Content
// of every attribution, quoted or not, and its annotators draw the
// Content's edges differently (with or without the quotation marks, with
// or without an attribution standing between two quoted pieces). The gold
// direct quotes are therefore read off the text's own quotation marks:
//
//   - A quoted stretch is the text between an opening double mark (“, or
//     " at the start of a word) and the next closing one (” or "), two
//     apostrophes standing for a double mark ('' and ’’, as in the plain
//     text of newspaper archives), or
//     between an opening ‘ at the start of a word and a ’ not followed by
//     a letter (so "Kim’s" does not close it), within one paragraph; one
//     left open at the end of its paragraph runs to that end (the
//     convention for a quote going on over paragraphs). Marks inside an
//     open stretch do not open another (a quote within the quote).
//   - Its span is the text between the marks, spaces trimmed: the words
//     exactly as the source quotes them, punctuation inside the marks
//     included.
//   - It is a gold direct quote when at least half of it lies inside the
//     Content of an attribution and it holds two words or more (one
//     quoted word is a term or a scare quote, and crosscheck does not
//     report it). Its speaker is the Source of the attribution with the
//     smallest such Content (the innermost of nested attributions).
//
// Reported speech is scored against every attribution with a Cue and a
// Content. Its recall is counted over indirect speech only: a Content
// not mostly quoted (under 80% of its letters in quoted stretches, not
// counting the letters of its own Source and Cue, which a Content drawn
// over a split quote holds), of three words or more and no infinitive
// ("told them to leave" is an order), under a Cue holding a verb of
// saying whose complement is what was said (lang.ReportVerbs: "said",
// "told", "according to"; not "thinks", "shows", "praised", "urged").
// Its precision counts a frame found right when it matches any
// attribution's Content: a belief or a paraphrase the annotators marked
// is attributed right, too.

// Quoted is one quoted stretch: Inner is the text between its marks.
type Quoted struct {
	Inner Range
}

// QuotedStretches returns the quoted stretches of text, in order.
func QuotedStretches(text string) []Quoted {
	var out []Quoted
	for lineStart := 0; lineStart <= len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		out = append(out, quotedInLine(text, lineStart, lineEnd)...)
		lineStart = lineEnd + 1
	}
	return out
}

func quotedInLine(text string, start, end int) []Quoted {
	var out []Quoted
	open := rune(0)
	from := 0
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		for _, two := range []string{"''", "’’"} {
			if strings.HasPrefix(text[i:end], two) {
				r, n = '"', len(two) // an archive's '' for a double mark
			}
		}
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		next, _ := utf8.DecodeRuneInString(text[i+n : end])
		atWordStart := i == start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		switch {
		case open == 0 && (r == '“' || r == '"' || r == '‘') && atWordStart && i+n < end && !unicode.IsSpace(next):
			open, from = r, i+n
		case (open == '“' || open == '"') && (r == '”' || r == '"'),
			open == '‘' && r == '’' && !unicode.IsLetter(next) && !unicode.IsSpace(prev):
			out = appendQuoted(out, text, from, i)
			open = 0
		}
		i += n
	}
	if open != 0 && open != '‘' {
		out = appendQuoted(out, text, from, end)
	}
	return out
}

func appendQuoted(out []Quoted, text string, s, e int) []Quoted {
	s, e = trimRange(text, s, e)
	if s < e {
		out = append(out, Quoted{Inner: Range{s, e}})
	}
	return out
}

// trimRange narrows text[s:e] to leave out the spaces at its ends.
func trimRange(text string, s, e int) (int, int) {
	inner := strings.TrimLeftFunc(text[s:e], unicode.IsSpace)
	s = e - len(inner)
	return s, s + len(strings.TrimRightFunc(inner, unicode.IsSpace))
}

// GoldDirect is a gold direct quote and its speaker.
type GoldDirect struct {
	Span Range
	// Source is the Source span as written; empty when the annotator
	// gave none.
	Source string
	// Head is the Source's head word (see SourceHead) and Named whether
	// it is a name.
	Head  string
	Named bool
}

// GoldReportedSpeech is a gold attribution of reported speech.
type GoldReportedSpeech struct {
	Content []Range
	Source  string
	Head    string
	Named   bool
	// Speech marks indirect speech, over which recall is counted.
	Speech bool
}

// DirectQuotes returns the gold direct quotes of d.
func DirectQuotes(d PolDoc) []GoldDirect {
	var out []GoldDirect
	for _, q := range QuotedStretches(d.Text) {
		if len(strings.Fields(d.Text[q.Inner.Start:q.Inner.End])) < 2 {
			continue
		}
		best, bestLen := -1, 0
		for ai, a := range d.Attributions {
			in := 0
			for _, c := range a.Content {
				in += overlap(q.Inner, c)
			}
			if 2*in < q.Inner.End-q.Inner.Start {
				continue
			}
			if l := hull(a.Content).End - hull(a.Content).Start; best < 0 || l < bestLen {
				best, bestLen = ai, l
			}
		}
		if best < 0 {
			continue
		}
		g := GoldDirect{Span: q.Inner, Source: Join(d.Text, d.Attributions[best].Source)}
		g.Head, g.Named = SourceHead(g.Source)
		out = append(out, g)
	}
	return out
}

// ReportedSpeech returns the attributions of d with a Cue and a Content,
// those of indirect speech marked Speech.
func ReportedSpeech(d PolDoc) []GoldReportedSpeech {
	quoted := QuotedStretches(d.Text)
	var out []GoldReportedSpeech
	for _, a := range d.Attributions {
		if len(a.Cue) == 0 || len(a.Content) == 0 {
			continue
		}
		g := GoldReportedSpeech{Content: a.Content, Source: Join(d.Text, a.Source)}
		g.Head, g.Named = SourceHead(g.Source)
		if len(strings.Fields(Join(d.Text, a.Content))) < 3 {
			out = append(out, g)
			continue
		}
		letters, inQuotes := 0, 0
		for _, c := range a.Content {
			for i, r := range d.Text[c.Start:c.End] {
				if !unicode.IsLetter(r) {
					continue
				}
				off := c.Start + i
				if inRanges(off, a.Source) || inRanges(off, a.Cue) {
					continue // the attribution inside a split quote
				}
				letters++
				for _, q := range quoted {
					if q.Inner.Start <= off && off < q.Inner.End {
						inQuotes++
						break
					}
				}
			}
		}
		if 5*inQuotes >= 4*letters {
			out = append(out, g)
			continue
		}
		content := strings.ToLower(strings.TrimSpace(Join(d.Text, a.Content)))
		for _, w := range strings.Fields(strings.ToLower(Join(d.Text, a.Cue))) {
			if reportVerbs[strings.Trim(w, ".,:;“”\"'’")] {
				g.Speech = !strings.HasPrefix(content, "to ")
			}
		}
		out = append(out, g)
	}
	return out
}

func inRanges(off int, rs []Range) bool {
	return slices.ContainsFunc(rs, func(r Range) bool { return r.Start <= off && off < r.End })
}

func overlap(a, b Range) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// SourceHead returns the head word of a speaker phrase as written, and
// whether it is a name. The phrase is read up to a comma, a bracket or a
// dash. A phrase that opens with a capital and ends in a name is
// headed by its last word, titles and all before it
// ("Speaker of the House Rep. Paul Ryan", "Former Secretary of State
// Madeleine Albright") when a title stands among those capitalised
// words; otherwise the head is the last word before a
// word opening a modifier ("of", "for", "who"): "a spokesman for
// Clinton" is headed by spokesman, "Gov. Terry E. Branstad of Iowa" by
// Branstad, "Mujtaba Rahman of the Eurasia Group" by Rahman. A possessive "'s" and a generational suffix ("Jr.", "III")
// are no head. A name is capitalised and no pronoun.
func SourceHead(phrase string) (head string, named bool) {
	cut := len(phrase)
	if k := strings.IndexAny(phrase, ",;:()[]—–"); k >= 0 {
		cut = k
	}
	words := strings.Fields(phrase[:cut])
	for len(words) > 1 && nameSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], "."))] {
		words = words[:len(words)-1]
	}
	// The capitalised words at the end are a titled name ("House Rep.
	// Paul Ryan", "State Madeleine Albright") when they hold a title.
	titled := false
	for k := len(words) - 1; k >= 0 && isCapitalisedWord(words[k]); k-- {
		if w := strings.ToLower(strings.Trim(words[k], ".")); personTitles[w] || titleAbbreviations[w] {
			titled = k < len(words)-1
		}
	}
	if !(len(words) > 0 && isCapitalisedWord(words[0]) && titled) {
		for k, w := range words {
			if k > 0 && headCutWords[strings.ToLower(w)] {
				words = words[:k]
				break
			}
		}
	}
	for len(words) > 0 {
		w := strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			head = w
			break
		}
		words = words[:len(words)-1]
	}
	if head == "" {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(head)
	return head, unicode.IsUpper(r) && !pronounWords[strings.ToLower(head)]
}

func isCapitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// headCutWords end the noun phrase naming a source; pronounWords are no
// names.
var (
	headCutWords       = lang.English().Union(lang.HeadPrepositions, lang.RelativeWords)
	pronounWords       = lang.English().Set(lang.Pronouns)
	nameSuffixes       = lang.English().Set(lang.NameSuffixes)
	personTitles       = lang.English().Set(lang.PersonTitles)
	titleAbbreviations = lang.English().Set(lang.TitleAbbreviations)
	speakerNouns       = lang.English().Set(lang.SpeakerNouns)
	reportVerbs        = lang.English().Set(lang.ReportVerbs)
)

// SpeakerRight reports whether a speaker found names the gold head: the
// found name's own head is the gold head, ignoring case and accents; or
// the found name is a proper name of two to four capitalised words, not
// headed by a role or organisation noun, that holds the gold head as one
// of its words ("Lou Jiwei" for "Mr. Lou", family name first; "Melba
// Acosta Febo" for "Ms. Acosta"; "Abu-Laban" for "Abu Laban").
func SpeakerRight(found, goldHead string) bool {
	h, _ := SourceHead(found)
	if h == "" {
		return false
	}
	if foldText(h) == foldText(goldHead) {
		return true
	}
	words := strings.Fields(found)
	if len(words) < 2 || len(words) > 4 || speakerNouns[strings.ToLower(h)] {
		return false
	}
	for _, w := range words {
		if !isCapitalisedWord(w) {
			return false
		}
	}
	g := foldText(goldHead)
	for _, w := range strings.Fields(foldText(found)) {
		if w == g {
			return true
		}
	}
	return false
}
