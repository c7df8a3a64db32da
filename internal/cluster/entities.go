package cluster

import "strings"

// A multiword name is one entity, and its pairs are not: "Democratic
// National Convention" shares "democratic national" with the Democratic
// National Committee and "national convention" with the Republican one,
// so with pairs alone an article about the Democrats' convention is as
// close to the party's e-mail leak and to the other party's convention
// as to another angle on its own event. Named entities as units are what
// new-event detection gains most from among the features tried by
// Kumaran and Allan ("Text classification and named entities for new
// event detection", SIGIR 2004).

// nameRuns returns, as terms, the runs of three or more capitalised words
// of text written together (only spaces between them; ws are the words
// of text). A sentence's first word may open a run, as the pairs allow.
func nameRuns(text string, ws []word) []string {
	var out []string
	for i := 0; i < len(ws); {
		if !ws[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && ws[j].cap && !ws[j].start && adjacent(text, ws[j-1], ws[j]) {
			j++
		}
		if j-i >= 3 {
			parts := make([]string, 0, j-i)
			for _, w := range ws[i:j] {
				parts = append(parts, w.text)
			}
			out = append(out, strings.Join(parts, " "))
		}
		i = j
	}
	return out
}
