package nlp

import (
	"crosscheck/internal/lang"
	"regexp"
	"strconv"
	"strings"
)

// ordinalRe matches an ordinal that counts occurrences: "a third day",
// "for the fourth time", "the 12th consecutive month". "First" is left
// out: it ranks far more often than it counts ("the first minister").
var ordinalRe = regexp.MustCompile(`(?i)\b(` + anyOf(ordinalWords) + `|\d{1,3}(?:` + anyOf(ordinalSuffixes) + `))\b(?:\s+(` + anyOf(en.Set(lang.OrdinalModifiers)) + `))?\s+([a-z]+)\b`)

var ordinalWords = floatValues(en.Map(lang.OrdinalWordValues))

// ordinalSuffixes are written after digits to make an ordinal ("12th").
var ordinalSuffixes = en.Set(lang.OrdinalSuffixes)

// ordinalSuffixRules says which suffix a number takes, by its last two
// digits, else its last digit, else "other".
var ordinalSuffixByNumber = en.Map(lang.OrdinalSuffixByNumber)

// findOrdinals returns the ordinals of sentence s that count how many
// times something has happened, as quantities in the unit "ordinal " and
// the noun ("ordinal time" for "the third time"), so that "the third
// grounding" and "the fourth grounding" can be compared. The noun must be
// lower case ("the Second World War" ranks) and not "of" ("a third of
// them" is a fraction).
func findOrdinals(text string, s Sentence, skip []Span) []Quantity {
	if !mayHoldOrdinal(s.Text) {
		return nil
	}
	var out []Quantity
	for _, m := range ordinalRe.FindAllStringSubmatchIndex(s.Text, -1) {
		start, end := s.Start+m[0], s.Start+m[1]
		word := s.Text[m[2]:m[3]]
		noun := s.Text[m[6]:m[7]]
		if noun != strings.ToLower(noun) || IsStopword(noun) || len(noun) < 3 || overlapsAny(start, end, skip) {
			continue
		}
		v, ok := ordinalWords[strings.ToLower(word)]
		if !ok {
			n, err := strconv.Atoi(word[:len(word)-2])
			if err != nil || !ordinalSuffixFits(n, strings.ToLower(word[len(word)-2:])) {
				continue
			}
			v = float64(n)
		}
		out = append(out, Quantity{Text: text[start:end], Value: v, ValueMax: v, Step: 1, Unit: "ordinal " + noun, Noun: noun, Span: Span{start, end}, Sentence: s.Index})
	}
	return out
}

// ordinalSuffixFits reports whether suffix is the one written after n
// ("1st", "2nd", "3rd", "11th"), so that "5nd" is not read as an ordinal.
func ordinalSuffixFits(n int, suffix string) bool {
	for _, key := range []string{strconv.Itoa(n % 100), strconv.Itoa(n % 10), "other"} {
		if want, ok := ordinalSuffixByNumber[key]; ok {
			return suffix == want
		}
	}
	return false
}

// mayHoldOrdinal is a cheap test for a word ordinalRe can start with, so
// that the expression runs only on sentences where it can match.
func mayHoldOrdinal(s string) bool {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isASCIIAlnum(s[j]) {
			j++
		}
		if j > i {
			w := s[i:j]
			if _, ok := ordinalWords[strings.ToLower(w)]; ok {
				return true
			}
			if n := len(w); n >= 3 && w[0] >= '0' && w[0] <= '9' {
				if ordinalSuffixes[strings.ToLower(w[n-2:])] {
					return true
				}
			}
			i = j
			continue
		}
		i++
	}
	return false
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
