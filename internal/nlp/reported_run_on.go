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
				// "Missouri Southern State University.Also": a
				// capitalised word of five lower-case letters or more
				// after its capital is no abbreviation ("Mr.", "Gov.",
				// "Sept.").
				if unicode.IsUpper(r) && lower >= 5 {
					break
				}
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

// runOnStart returns where the last sentence of text starts after the
// breaks the page lost its space at ("… from Pyongyang.North Korean
// leader …"): words before a closing attribution said by it stand in
// that last sentence only.
func runOnStart(text string) int {
	off := 0
	for {
		k := len(runOnEnd(text[off:]))
		if k == len(text)-off {
			return off
		}
		off += k + 1
	}
}
