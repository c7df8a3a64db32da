package nlp

import "strings"

// A sentence's subject speaks a quotation in its own clause only: in
// "Japanese Prime Minister Shinzo Abe described it as “absolutely
// unacceptable” while Russia's foreign ministry expressed “strongest
// condemnation”", the second quotation stands in a clause that "while"
// opens with a subject of its own, whose words it is, not Abe's.

// otherClauseBetween reports whether between, the narration from a
// sentence's subject to a quotation, holds a conjunction that opens a
// clause (lang clause-conjunctions: while, whereas, but, although, …)
// followed by the start of a new subject: a capitalised word or a
// determiner. A participle after it ("while calling him “…”") or a
// pronoun, which may stand for the subject, keep the subject's clause.
func otherClauseBetween(between string) bool {
	toks := Tokenize(between, 0)
	for k := 0; k+1 < len(toks); k++ {
		if !clauseConjunctions[strings.ToLower(toks[k].Text)] {
			continue
		}
		next := toks[k+1].Text
		if isCapitalised(next) || phraseDeterminers[strings.ToLower(next)] {
			return true
		}
	}
	return false
}
