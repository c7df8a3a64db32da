package nlp

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/lang"
)

// The lexicon gives numbers as text; these read them. A malformed entry
// is a mistake in the embedded files, caught by the tests, so it panics.

// partitivePronouns are what "of" takes after a number to count what the
// sentence counted last ("two of them").
var partitivePronouns = longestFirstOf(en.Set(lang.PartitivePronouns))

// numberWordValues reads "word = value" or "word = low high".
func numberWordValues(m map[string]string) map[string][2]float64 {
	out := make(map[string][2]float64, len(m))
	for w, v := range m {
		f := strings.Fields(v)
		lo := lexFloat(w, f[0])
		hi := lo
		if len(f) > 1 {
			hi = lexFloat(w, f[1])
		}
		out[w] = [2]float64{lo, hi}
	}
	return out
}

func floatValues(m map[string]string) map[string]float64 {
	out := make(map[string]float64, len(m))
	for w, v := range m {
		out[w] = lexFloat(w, v)
	}
	return out
}

// unitDefs reads "word = unit factor [offset]".
func unitDefs(m map[string]string) map[string]unitDef {
	out := make(map[string]unitDef, len(m))
	for w, v := range m {
		f := strings.Fields(v)
		if len(f) < 2 {
			panic(fmt.Sprintf("nlp: unit %q: want a unit and a factor, got %q", w, v))
		}
		u := unitDef{unit: f[0], factor: lexFloat(w, f[1])}
		if len(f) > 2 {
			u.offset = lexFloat(w, f[2])
		}
		out[w] = u
	}
	return out
}

// qualifiers reads "words = qualifier", longest words first so that "an
// estimated" is tried before "estimated".
func qualifiers(m map[string]string) []struct{ words, qual string } {
	var out []struct{ words, qual string }
	for _, w := range longestFirstOf(boolKeys(m)) {
		out = append(out, struct{ words, qual string }{w, m[w]})
	}
	return out
}

func boolKeys(m map[string]string) lang.Set {
	s := make(lang.Set, len(m))
	for k := range m {
		s[k] = true
	}
	return s
}

// longestFirstOf lists a set's entries longest first (longestFirst).
func longestFirstOf(s lang.Set) []string {
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	return longestFirst(out)
}

// lexFloat reads a number of the lexicon: a decimal ("1.609344", "1e6") or
// a fraction ("5/9", "-160/9", divided in float64 as Go divides the
// constants).
func lexFloat(entry, s string) float64 {
	if n, d, ok := strings.Cut(s, "/"); ok {
		return lexFloat(entry, n) / lexFloat(entry, d)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(fmt.Sprintf("nlp: lexicon entry %q: %v", entry, err))
	}
	return f
}

// anyOf is the body of a regular-expression alternation matching any of
// the words, longest first.
func anyOf[V any](words map[string]V) string {
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, regexp.QuoteMeta(w))
	}
	return strings.Join(longestFirst(keys), "|")
}

var (
	// magnitudeWords are written before an earthquake's magnitude
	// ("magnitude-5.2", "magnitude 5.2", "a magnitude of 6.1").
	magnitudeWords = en.Set(lang.MagnitudeWords)
	// minusWords say a temperature is below zero ("minus 5C").
	minusWords = en.Set(lang.MinusWords)
	// countPronouns end in -s but count nothing ("two others").
	countPronouns = en.Set(lang.CountPronouns)
	// numberAbbrev abbreviate "number" before digits ("No. 5").
	numberAbbrev = en.Set(lang.NumberAbbreviations)
)

// hasMinusWord reports whether before ends in a minus word and a space,
// lower case or capitalised.
func hasMinusWord(before string) bool {
	for w := range minusWords {
		if strings.HasSuffix(before, w+" ") || strings.HasSuffix(before, capitalise(w)+" ") {
			return true
		}
	}
	return false
}

// trimMinusWord takes a lower-case minus word and its space off the end of
// s.
func trimMinusWord(s string) string {
	for w := range minusWords {
		s = strings.TrimSuffix(s, w+" ")
	}
	return s
}

// afterMagnitude reports whether before ends in a magnitude word and a
// hyphen, a space, or "of" ("magnitude-", "magnitude of "); glued, with the
// hyphen only.
func afterMagnitude(before string, glued bool) bool {
	for w := range magnitudeWords {
		if strings.HasSuffix(before, w+"-") {
			return true
		}
		if glued {
			continue
		}
		if strings.HasSuffix(before, w+" ") {
			return true
		}
		for g := range genitivePrepositions {
			if strings.HasSuffix(before, w+" "+g+" ") {
				return true
			}
		}
	}
	return false
}

// compoundNumberRe matches a tens word and a units word of the number
// words ("twenty-one", "forty two"), each list in the order of words.
func compoundNumberRe(words []string, values map[string][2]float64) string {
	var tens, ones []string
	for _, w := range words {
		v := values[w]
		if strings.Contains(w, " ") || v[0] != v[1] || v[0] != math.Trunc(v[0]) {
			continue
		}
		switch n := int(v[0]); {
		case n >= 20 && n < 100 && n%10 == 0:
			tens = append(tens, w)
		case n >= 1 && n <= 9:
			ones = append(ones, w)
		}
	}
	return orderedWordsRe(tens) + `[- ]` + orderedWordsRe(ones)
}

// orderedWordsRe is a non-capturing alternation of words, quoted, tried
// in the order given.
func orderedWordsRe(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return "(?:" + strings.Join(quoted, "|") + ")"
}

// symbolsOf returns the keys of m longest first, then in byte order.
func symbolsOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	return out
}

// magnitudeScales are the scales written after an earthquake's magnitude
// ("5.6 on the Richter scale").
var magnitudeScales = en.List(lang.MagnitudeScales)

// numberJoiningWords stand between the parts of a number in words
// ("two hundred and five").
var numberJoiningWords = en.Set(lang.NumberJoiningWords)

// scaleWords are the multiplier words that can stand inside a number
// written in words ("hundred", "thousand"); the abbreviations ("m",
// "bn") follow digits only.
var scaleWords = func() []string {
	var out []string
	for _, w := range en.Keys(lang.NumberMultiplierValues) {
		if len(w) > 2 {
			out = append(out, w)
		}
	}
	return out
}()

// scaledWordsRe matches a number in words with at least one scale word
// inside: a number word or a tens and units pair, a scale word, and
// after it, alone or after "and", the next part ("three hundred fifty
// three", "two hundred and five", "five thousand two"). A scale word that
// ends the number is left to the multiplier that follows a number.
func scaledWordsRe(words []string, values map[string][2]float64, scales []string) string {
	var exact []string
	for _, w := range words {
		v := values[w]
		if strings.Contains(w, " ") || v[0] != v[1] || v[0] != math.Trunc(v[0]) || v[0] < 1 || v[0] >= 100 {
			continue
		}
		exact = append(exact, w)
	}
	part := `(?:` + compoundNumberRe(words, values) + `|` + orderedWordsRe(exact) + `)`
	scale := orderedWordsRe(scales)
	return part + `(?:(?:[- ]` + scale + `)+(?: ` + orderedWordsRe(en.Keys(lang.NumberJoiningWords)) + ` |[- ])` + part + `\b)+`
}

// parseScaledWords reads a number in words with scale words in it:
// "hundred" multiplies the part read so far, a larger scale closes a
// group ("three hundred fifty three thousand" = 353,000). It reports
// false when a word is not a number word, scale word or "and", or when no
// scale word is in s.
func parseScaledWords(s string) (float64, bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' })
	var total, group float64
	scaled := false
	for i, w := range words {
		if f, ok := multipliers[w]; ok && len(w) > 2 {
			scaled = true
			if group == 0 {
				group = 1
			}
			if f < 1000 {
				group *= f
				continue
			}
			total += group * f
			group = 0
			continue
		}
		if numberJoiningWords[w] && i > 0 {
			continue
		}
		v, ok := numberWords[w]
		if !ok || v[0] != v[1] || strings.Contains(w, " ") {
			return 0, false
		}
		group += v[0]
	}
	return total + group, scaled
}

// multiplierValue is the value of one or more multiplier words after a
// number ("million", "hundred thousand").
func multiplierValue(m string) float64 {
	f := 1.0
	for _, w := range strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == '-' }) {
		f *= multipliers[w]
	}
	return f
}
