package nlp

import "strings"

// pronounContraction reports whether w is a subject pronoun with its
// verb contracted ("I'll", "We’re", "She's"): a clause's start, which a
// capitalised run of words must not take into a name.
func pronounContraction(w string) bool {
	lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	head, tail, ok := strings.Cut(lw, "'")
	return ok && subjectPronouns[head] && contractionTails[tail]
}

// openQuotation reports whether the piece of a sentence s opens with a
// quotation mark left open at its end ("“Soon I’ll be like all the
// others" before ",” Fidel Castro said"): quoted words, no subject.
func openQuotation(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")) && insideQuotation(s)
}
