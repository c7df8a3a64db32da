package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// A time word may be part of a name: a show ("Saturday Night Live",
// ABC's "This Week"), a paper ("USA TODAY's weekly series"). Such a word
// dates nothing, and the expression read in it is dropped. Three signs
// tell a name, each from how English writes names:
//   - the words stand in the lexicon's names with time words
//     (TimeWordNames) or its idioms with a weekday (WeekdayIdioms), as
//     written, capitals included;
//   - the expression lies inside quotation marks that hold only a short
//     title: two to six words, each capitalised or a function word, and
//     no punctuation ("a guest-hosting gig on “Saturday Night Live”");
//   - a relative word ("today", "this", "tonight"), which English writes
//     in lower case inside a sentence, is written with a capital after a
//     word or a comma ("NBC's Today show", "USA TODAY's").
//
// So is a weekday of a name ("Sheffield Wednesday", weekdayInName) and a
// month that begins a hyphenated word ("Mar-a-Lago", monthInCompound).

// timeWordNames are the lexicon's names that hold a time word, the
// idioms that hold a weekday ("Monday morning quarterbacks") and the
// sayings that hold a time word ("the wait 'til next year").
var timeWordNames = append(append(en.Keys(lang.TimeWordNames), en.Keys(lang.WeekdayIdioms)...), en.Keys(lang.TimeSayings)...)

// inName reports whether the time expression at [start, end) of
// sentence s is part of a name.
func inName(text string, s Sentence, start, end int) bool {
	sent := text[s.Start:s.End]
	for _, name := range timeWordNames {
		for i := 0; ; {
			j := strings.Index(sent[i:], name)
			if j < 0 {
				break
			}
			from := s.Start + i + j
			if from < end && start < from+len(name) {
				return true
			}
			i += j + len(name)
		}
	}
	return inQuotedTitle(text, s, start, end) || capitalisedRelative(text, s, start, end) ||
		weekdayInName(text, s, start, end) || monthInCompound(text, start, end)
}

// inQuotedTitle reports whether [start, end) lies inside quotation marks
// whose words make a short title.
func inQuotedTitle(text string, s Sentence, start, end int) bool {
	open := strings.LastIndexAny(text[s.Start:start], `“"”`)
	if open < 0 {
		return false
	}
	open += s.Start
	r, w := utf8.DecodeRuneInString(text[open:])
	// A straight mark opens a quotation only after an even number of
	// them: in ‘“…,” Trump said Wednesday on ABC's "Good Morning
	// America"’ the mark before Wednesday closes one.
	if r == '”' || r == '"' && strings.Count(text[s.Start:open], `"`)%2 == 1 {
		return false
	}
	rel := strings.IndexAny(text[end:s.End], `”"`)
	if rel < 0 {
		return false
	}
	inner := text[open+w : end+rel]
	if strings.ContainsAny(inner, `“”",.;:!?`) {
		return false
	}
	words := strings.Fields(inner)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	// Lower case, a title holds only short function words ("of", "the",
	// "on").
	for _, word := range words {
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) && (len(word) > 3 || !IsStopword(strings.ToLower(word))) {
			return false
		}
	}
	r, _ = utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r)
}

// capitalisedRelative reports whether the expression opens with a
// relative word written with a capital after a word, a number or a comma
// of its sentence: a name, not the word.
func capitalisedRelative(text string, s Sentence, start, end int) bool {
	first, _, _ := strings.Cut(text[start:end], " ")
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) || !englishTime.relativeWords.Has(strings.ToLower(first)) {
		return false
	}
	before := strings.TrimRight(text[s.Start:start], " \t")
	// A relative word alone inside quotation marks after a word is a
	// title too: NBC's "Today" show. A quotation it only opens ("he
	// said, “Today we vote.”") is a sentence, not a name.
	if open := strings.TrimRight(before, `"“`); open != before {
		if strings.IndexAny(text[start+len(first):min(len(text), start+len(first)+3)], `"”`) != 0 {
			return false
		}
		p, _ := utf8.DecodeLastRuneInString(strings.TrimRight(open, " \t"))
		return unicode.IsLetter(p) || unicode.IsDigit(p)
	}
	if before == "" {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(p) || unicode.IsDigit(p) || p == ','
}
