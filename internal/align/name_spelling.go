package align

import (
	"strings"
	"unicode"
)

// spellingVariants reports whether two names may be one person's name
// spelt two ways: the same number of words, all the same but one, and
// that one, in both names long enough to be misspelt rather than an
// initial, starting with the same letter ("Ray Jadallah", "Raide
// Jadallah"; "Mohammed Khan", "Mohamed Khan"); a one-word name at most two
// edits from the other ("Jadallah", "Jadalla"). Outlets transliterate and
// misspell names, so two such names on the same quoted words may be one
// speaker: the conflict is uncertain, not confident.
func spellingVariants(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) == 0 || len(wa) != len(wb) {
		return false
	}
	differ := -1
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if differ >= 0 {
			return false // two words differ: two names
		}
		differ = i
	}
	if differ < 0 {
		return false
	}
	x, y := []rune(wa[differ]), []rune(wb[differ])
	if len(x) < 3 || len(y) < 3 || x[0] != y[0] || !unicode.IsLetter(x[0]) {
		return false
	}
	return len(wa) > 1 || editDistance(x, y) <= 2
}

// editDistance is the Levenshtein distance between two words.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
