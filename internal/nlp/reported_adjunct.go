package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// adjunctStart returns where the words said end before a free adjunct
// of the writer's (its comma left to trim), or -1: a comma, perhaps a connective set off by commas
// ("…, however,"), then a participle in -ing that is no preposition nor
// a verb of saying ("…, raising questions about dozens of others",
// "…, setting off a frantic rescue", "…, alluding to how Mr. Sanders
// has energized supporters"). The participle's subject is the main
// clause's: it tells what the writer saw the saying or the event do,
// not what the speaker said. Inside quotation marks it is the speaker's.
func adjunctStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 0; k+1 < len(toks); k++ {
		w := toks[k].Text
		if w != strings.ToLower(w) || len(w) <= 5 || !participleSuffixes.SuffixOf(w) || participlePreps[w] || participleCues[w] || ingNoun[w] && !participleOf(toks, k) {
			continue
		}
		// Over a connective set off by commas to the comma before it.
		b := k
		for b > 1 && discourseLinks[strings.ToLower(toks[b-1].Text)] && strings.Contains(rest[toks[b-1].Span.End:toks[b].Span.Start], ",") {
			b--
		}
		from := 0
		if b > 0 {
			from = toks[b-1].Span.End
		}
		gap := rest[from:toks[b].Span.Start]
		if !strings.Contains(gap, ",") || insideQuotation(rest[:toks[k].Span.Start]) {
			continue
		}
		// The comma may stand inside a closing quotation mark (“…,”
		// raising …): the kept words end after the mark.
		return len(strings.TrimRight(rest[:toks[b].Span.Start], " "))
	}
	return -1
}

// participleOf reports whether the -ing word at toks[k], also a noun
// ("setting", "funding"), is used as a verb: a determiner, a pronoun or
// an adverb of degree follows it ("setting off a rescue", "funding the
// program"), or a particle does.
func participleOf(toks []Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := strings.ToLower(toks[k+1].Text)
	return phraseDeterminers[n] || pronouns[n] || headPrepositions[n] || verbParticles[n]
}

// verbParticles are the adverbs after a verb that make a phrasal verb of
// it ("setting off", "summing up").
var verbParticles = en.Set(lang.EventParticles)

// insideQuotation reports whether the end of s stands inside a
// quotation left open: more opening than closing curly marks, an odd
// number of straight double marks, or of archive double apostrophes.
func insideQuotation(s string) bool {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return true
	}
	if strings.Count(s, "''")%2 == 1 {
		return true
	}
	return strings.Count(s, "\"")%2 == 1
}
