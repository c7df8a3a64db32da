package brief

import "strings"

// containment is the share of copy's word 4-grams that occur in original:
// 1 for a verbatim copy, lower for a rewrite. Words are lowercased so that
// a retitled or recased copy still counts.
func containment(copy, original string) float64 {
	grams := func(s string) []string {
		ws := wordTokens(strings.ToLower(s))
		var out []string
		for i := 0; i+4 <= len(ws); i++ {
			out = append(out, strings.Join(ws[i:i+4], " "))
		}
		return out
	}
	orig := make(map[string]bool)
	for _, g := range grams(original) {
		orig[g] = true
	}
	cg := grams(copy)
	if len(cg) == 0 {
		return 0
	}
	var hit int
	for _, g := range cg {
		if orig[g] {
			hit++
		}
	}
	return float64(hit) / float64(len(cg))
}
