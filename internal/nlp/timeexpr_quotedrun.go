package nlp

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

// A quotation standing alone as a sentence, with no attribution of its
// own, goes on with the speaker of the sentence before ("“… Macron,” he
// said. “… I worry what could happen Sunday …”"). News dates such a run
// once, at its start: "Jugnauth made the announcement late on Friday.
// Jugnauth earlier in the day said …" told it on that Friday. The run is
// followed back, over attributions whose subject is a pronoun going on
// with the speaker ("he said"), to the attribution that names its day
// ("said on Tuesday") or sets it on the day the sentence before names
// ("earlier in the day"). Anything else (a new speaker named, a sentence
// with no verb of saying) ends the run, and the quoted day stays
// undated.

// quotedRunSentences is how many sentences before a quotation its run is
// followed back.
const quotedRunSentences = 3

var (
	sameDayAnaphor     = anaphorRe(en.Keys(lang.SameDayAnaphors))
	continuingSpeakers = en.Set(lang.ContinuingSpeakerPronouns)
)

func anaphorRe(phrases []string) *regexp.Regexp {
	var alts []string
	for _, p := range phrases {
		alts = append(alts, strings.ReplaceAll(regexp.QuoteMeta(p), " ", `\s+`))
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// quotedRunDay returns the day the run of quotations that q goes on was
// told, as above.
func quotedRunDay(d *Doc, out []TimeExpr, quotes []Span, q Span) (time.Time, bool) {
	s0 := d.SentenceAt(q.Start)
	if s0 < 1 || strings.TrimSpace(outsideQuotes(d.Text, d.Sentences[s0], quotes)) != "" {
		return time.Time{}, false
	}
	for k, n := s0-1, 0; k >= 0 && n < quotedRunSentences; k-- {
		s := d.Sentences[k]
		words := Tokenize(outsideQuotes(d.Text, s, quotes), s.Start)
		verbs := reportVerbsAt(words)
		if len(verbs) == 0 {
			// A piece of a sentence a line break cut off ("saying the
			// spill\n“represents a danger” for …"): English opens a
			// sentence with a capital.
			if opensLower(d.Text[s.Start:s.End]) {
				continue
			}
			return time.Time{}, false
		}
		n++
		if at, ok := attributedDay(out, quotes, k, words, verbs); ok {
			return at, true
		}
		for _, loc := range sameDayAnaphor.FindAllStringIndex(d.Text[s.Start:s.End], -1) {
			if nearVerb(words, verbs, s.Start+loc[0], s.Start+loc[1]) {
				return narrationDay(out, quotes, max(0, k-quotedRunSentences+1), k, s.Start+loc[0])
			}
		}
		if !hasContinuingSpeaker(words) {
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// attributionReach is how many words may stand between a verb of saying
// and the day it was said ("told reporters on Thursday", "on Friday
// said").
const attributionReach = 3

// reportVerbsAt returns the indexes of words that are verbs of saying.
func reportVerbsAt(words []Token) []int {
	var at []int
	for i, w := range words {
		if englishTime.report.Has(strings.ToLower(w.Text)) {
			at = append(at, i)
		}
	}
	return at
}

// nearVerb reports whether [start, end) lies within attributionReach
// words of one of the verbs of saying, words[verbs[i]].
func nearVerb(words []Token, verbs []int, start, end int) bool {
	for _, v := range verbs {
		before, after := 0, 0
		for i, w := range words {
			if w.Span.End <= start && i > v {
				after++
			}
			if w.Span.Start >= end && i < v {
				before++
			}
		}
		if words[v].Span.End <= start && after <= attributionReach || words[v].Span.Start >= end && before <= attributionReach {
			return true
		}
	}
	return false
}

// attributedDay returns the day, outside any quotation, that sentence k
// names by its verb of saying.
func attributedDay(out []TimeExpr, quotes []Span, k int, words []Token, verbs []int) (time.Time, bool) {
	for _, t := range out {
		if t.Sentence != k || !t.Resolved || t.Granularity != GranDay && t.Granularity != GranPart || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in || !nearVerb(words, verbs, t.Span.Start, t.Span.End) {
			continue
		}
		return day(t.Start.Year(), t.Start.Month(), t.Start.Day(), t.Start.Location()), true
	}
	return time.Time{}, false
}

// opensLower reports whether s opens, after quotation marks and spaces,
// with a lower-case letter.
func opensLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// narrationDay returns the day of the last resolved expression, a day or
// a part of one, outside any quotation, of sentences first to last, that
// ends before the offset before.
func narrationDay(out []TimeExpr, quotes []Span, first, last, before int) (time.Time, bool) {
	var at time.Time
	found := false
	for _, t := range out {
		if t.Sentence < first || t.Sentence > last || t.Span.End > before || !t.Resolved ||
			t.Granularity != GranDay && t.Granularity != GranPart || t.End.Sub(t.Start) > 24*time.Hour {
			continue
		}
		if _, in := spanAround(quotes, t.Span); in {
			continue
		}
		at, found = day(t.Start.Year(), t.Start.Month(), t.Start.Day(), t.Start.Location()), true
	}
	return at, found
}

// outsideQuotes returns the text of sentence s with its quotations and
// quotation marks blanked, byte for byte, so that offsets still hold.
func outsideQuotes(text string, s Sentence, quotes []Span) string {
	b := []byte(text[s.Start:s.End])
	for _, q := range quotes {
		for i := max(q.Start, s.Start); i < min(q.End, s.End); i++ {
			b[i-s.Start] = ' '
		}
	}
	for _, m := range []string{"“", "”", `"`} {
		for i := 0; ; {
			j := strings.Index(string(b[i:]), m)
			if j < 0 {
				break
			}
			for k := i + j; k < i+j+len(m); k++ {
				b[k] = ' '
			}
			i += j + len(m)
		}
	}
	return string(b)
}

func hasContinuingSpeaker(words []Token) bool {
	for _, w := range words {
		if continuingSpeakers.Has(strings.ToLower(w.Text)) {
			return true
		}
	}
	return false
}
