package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// adjunctStart returns where the words said end before a free adjunct
// of the writer's (its comma left to trim), or -1: a comma or a dash, perhaps a connective set off by commas
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
		// A dash sets the adjunct off as a comma does ("… after the
		// polls closed — laying to rest concerns …"), unless it closes
		// an aside a dash opened before it ("while — get this —
		// refusing refunds") or a second dash closes the adjunct as an
		// aside inside the clause.
		before := rest[:toks[b].Span.Start]
		dashes := strings.Count(before, "—") + strings.Count(before, "–")
		dash := strings.ContainsAny(gap, "—–") && dashes%2 == 1 && !strings.ContainsAny(rest[toks[k].Span.End:], "—–")
		if !strings.Contains(gap, ",") && !dash || insideQuotation(rest[:toks[k].Span.Start]) || parenthetical(rest, toks, k) {
			continue
		}
		// The comma may stand inside a closing quotation mark (“…,”
		// raising …): the kept words end after the mark.
		return len(strings.TrimRight(rest[:toks[b].Span.Start], " "))
	}
	return -1
}

// parenthetical reports whether the participle at toks[k] opens a
// phrase set off by commas inside its clause, the clause going on with
// a finite verb after the second comma ("the search, comprising
// aircraft and boats, is taking place …").
func parenthetical(rest string, toks []Token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if strings.Contains(rest[toks[j-1].Span.End:toks[j].Span.Start], ",") {
			w := strings.ToLower(toks[j].Text)
			return finiteWords[w] || cueAuxiliaries[w]
		}
	}
	return false
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

// coordinatedPredicate returns where a second predicate of the cue's
// subject opens in what follows the cue, or -1: "and" and a verb in the
// past right after a noun phrase that holds no verb ("the pilot declared
// a “mayday” and attempted to land again", "CrowdStrike acknowledged the
// issue and reverted the update"). The phrase is the cue's object and
// the second verb the subject's next act, the writer's narration; after
// a clause ("said the port was closed and reopened") the verb may be the
// clause's, and is kept.
func coordinatedPredicate(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k+1 < len(toks); k++ {
		if !additiveConjunctions[strings.ToLower(toks[k].Text)] {
			continue
		}
		if insideQuotation(rest[:toks[k].Span.Start]) {
			continue
		}
		// A verb takes its own object or complement ("and reverted
		// the update", "and attempted to land"); a past form before a
		// noun is an adjective ("and unsettled weather").
		if v := toks[k+1].Text; v != strings.ToLower(v) || !pastForm(v) || k+2 >= len(toks) || !opensComplement(toks[k+2].Text) {
			continue
		}
		if hasFiniteVerb(toks[:k], k) {
			return -1
		}
		return toks[k].Span.Start
	}
	return -1
}

// opensComplement reports whether w opens what a verb takes after it:
// a determiner, a pronoun, a preposition or the infinitive's marker.
func opensComplement(w string) bool {
	lw := strings.ToLower(w)
	return w == lw && (phraseDeterminers[lw] || pronouns[lw] || headPrepositions[lw] || infinitiveMarkers[lw] || determinerLike[lw])
}
