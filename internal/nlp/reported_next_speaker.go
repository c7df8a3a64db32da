package nlp

import "strings"

// namedParticipleSubject returns the index of the "and" that opens
// another speaker's participle clause before the participle cue at k
// ("with Mr Trump declaring the two would talk and Mr Kim saying they
// had overcome obstacles"): between them stand only capitalised words,
// one to four, the second subject's name with its title. A participle
// with no name of its own ("… and saying …") shares the first subject;
// -1 then.
func namedParticipleSubject(text string, toks []Token, k int) int {
	for b := k - 1; b >= 1 && b >= k-5; b-- {
		w := toks[b].Text
		// "in Syria and Iraq, saying …": after a comma the participle
		// is the main clause's.
		if gap := strings.TrimSpace(text[toks[b].Span.End:toks[b+1].Span.Start]); gap != "" && gap != "." {
			return -1
		}
		if additiveConjunctions[strings.ToLower(w)] {
			if b == k-1 {
				return -1
			}
			return b
		}
		if !isCapitalised(w) || subjectPronouns[strings.ToLower(w)] {
			return -1
		}
	}
	return -1
}
