package brief

import (
	"strings"

	"crosscheck/internal/lang"
)

// A superlative ranks a thing first, and that rank is the claim of the
// sentence that gives it: "The Camp Fire is now the deadliest fire in
// California's history" is not stated by "the most destructive wildfire
// in California history" (another measure) nor by "one of the 20
// deadliest fires on record" (a member of a set, not the first). Both
// share most of the summary sentence's words, so the half-of-a-part test
// of coversParts passes them. A cited sentence must give each superlative
// of the summary sentence, and give it as a rank unless the summary
// sentence itself only puts the thing in a set.

// superlatives returns each superlative of toks ("deadliest", "most
// destructive") and whether it ranks first somewhere in the sentence
// (true) or is only ever one of a set ("one of the 20 deadliest").
func superlatives(toks []string, lex *lang.Lexicon) map[string]bool {
	words, degrees, dets := lex.Set(lang.Superlatives), lex.Set(lang.SuperlativeDegrees), lex.Set(lang.SuperlativeDeterminers)
	openers, genitives, possessive := lex.Set(lang.SuperlativeSetOpeners), lex.Set(lang.GenitivePrepositions), lex.Set(lang.PossessiveEndings)
	numberWords := lex.Map(lang.NumberWords)
	lower := make([]string, len(toks))
	for i, w := range toks {
		lower[i] = strings.ToLower(w)
	}
	determined := func(i int) bool {
		if i < 0 {
			return false
		}
		w := lower[i]
		if dets.Has(w) {
			return true
		}
		for e := range possessive {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
		return false
	}
	// inSet reports whether the phrase starting at i follows "one of
	// the" or "among the", a count allowed before it.
	// toks[k] != lower[k] marks a capitalised word.
	inSet := func(i int) bool {
		j := i - 1
		for j >= 0 && (isDigitWord(lower[j]) || numberWords[lower[j]] != "" && !openers.Has(lower[j])) {
			j--
		}
		if !determined(j) {
			return false
		}
		// A possessive name may take the determiner's place: "one of
		// New Zealand's darkest days".
		if !dets.Has(lower[j]) {
			for j > 0 && toks[j-1] != lower[j-1] && !openers.Has(lower[j-1]) && !genitives.Has(lower[j-1]) {
				j--
			}
		}
		j--
		if j >= 0 && openers.Has(lower[j]) {
			return true
		}
		return j >= 1 && genitives.Has(lower[j]) && openers.Has(lower[j-1])
	}
	out := map[string]bool{}
	for i, w := range lower {
		sup, start := "", i
		switch {
		case words.Has(w):
			sup = w
		case degrees.Has(w) && determined(i-1) && i+1 < len(lower) && !stopWords[lower[i+1]] && !genitives.Has(lower[i+1]):
			sup = w + " " + lower[i+1]
		default:
			continue
		}
		out[sup] = out[sup] || !inSet(start)
	}
	return out
}

// ranksAlike reports whether cited gives every superlative of summary,
// as a rank wherever summary gives it as one.
func ranksAlike(summary, cited map[string]bool) bool {
	for s, ranked := range summary {
		c, ok := cited[s]
		if !ok || ranked && !c {
			return false
		}
	}
	return true
}
