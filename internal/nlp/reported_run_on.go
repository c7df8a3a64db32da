package nlp

import (
	"unicode"
	"unicode/utf8"
)

// runOnEnd returns rest up to a sentence break the page lost its space
// at ("officials warn that the danger is not over.Puerto Rico Governor
// … described"): a period between a lower-case word of two letters or
// more and a capitalised word is the end of a sentence, whose next one
// is the writer's. An abbreviation ends in a capital or a single letter
// ("U.S.", "p.m."), and an address has lower case after its dot
// ("GunBroker.com"): neither is cut.
func runOnEnd(rest string) string {
	for i := 2; i+2 < len(rest); i++ {
		if rest[i] != '.' {
			continue
		}
		lower := 0
		for j := i; j > 0; {
			r, n := utf8.DecodeLastRuneInString(rest[:j])
			if !unicode.IsLower(r) {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					lower = 0
				}
				break
			}
			lower++
			j -= n
		}
		first, n := utf8.DecodeRuneInString(rest[i+1:])
		second, _ := utf8.DecodeRuneInString(rest[i+1+n:])
		if lower >= 2 && unicode.IsUpper(first) && unicode.IsLower(second) {
			return rest[:i]
		}
	}
	return rest
}
