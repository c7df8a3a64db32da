package cli

import "strings"

// suggest returns the candidates closest to a mistyped word: those at the
// least edit distance, when that distance is small for the word's length,
// else the one candidate the word begins (so "ver" finds "version").
func suggest(word string, candidates []string) []string {
	limit := 1
	if len([]rune(word)) > 4 {
		limit = 2
	}
	var best []string
	bestDist := limit + 1
	for _, c := range candidates {
		d := editDistance(strings.ToLower(word), c)
		switch {
		case d < bestDist:
			best, bestDist = []string{c}, d
		case d == bestDist:
			best = append(best, c)
		}
	}
	if best != nil {
		return best
	}
	var prefixed []string
	for _, c := range candidates {
		if len(word) >= 2 && strings.HasPrefix(c, strings.ToLower(word)) {
			prefixed = append(prefixed, c)
		}
	}
	if len(prefixed) == 1 {
		return prefixed
	}
	return nil
}

// didYouMean is " (did you mean X?)" for the suggestions, each written
// with prefix, or "".
func didYouMean(prefix string, suggestions []string) string {
	if len(suggestions) == 0 {
		return ""
	}
	quoted := make([]string, len(suggestions))
	for i, s := range suggestions {
		quoted[i] = prefix + s
	}
	return "; did you mean " + strings.Join(quoted, " or ") + "?"
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and transpositions of two adjacent letters
// ("breif" for "brief") each cost one (Damerau 1964).
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j]; three rows are kept.
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}
