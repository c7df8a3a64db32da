package nlp

import "strings"

// toldBack reports whether what a cue reports is only a pronoun and a
// passive of saying ("he was told", "she had been informed" in "“…,”
// Kislakci said he was told"): it says where the speaker had the words
// before it, and reports no content of its own.
func toldBack(rest string) bool {
	w := strings.Fields(strings.TrimRight(rest, " .,;"))
	if len(w) < 3 || len(w) > 4 || !subjectPronouns[strings.ToLower(w[0])] {
		return false
	}
	last := strings.ToLower(w[len(w)-1])
	return beForms[strings.ToLower(w[len(w)-2])] && (indirectCues[last] || listenerCues[last]) && pastForm(last)
}
