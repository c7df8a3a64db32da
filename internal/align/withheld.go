package align

// Uncertain credits withheld. A credit confidentRule leaves uncertain is
// shown as "may also report" with its reason; it is not shown at all when
// nothing in it can tie the sentence to the fact's happening: the fact's
// sentence has no main predicate the predicate reader reads (a verbless
// headline, a copula, a frame whose report the reader does not take), so
// no verb, mood or participant can be compared, and what is left to
// compare, the fact's names and words, is missing too: the sentence
// leaves out one of the fact's names (a core argument: who or where) and
// holds less than a third of the fact's words. Such a sentence shares a
// topic with the fact ("No fire was reported at the time of landing" for
// "He said luckily the aircraft, which took off from Dubai at 2 pm and
// was scheduled to land in Kozhikode at 7.27 pm, didn't catch fire"), not
// the fact.
//
// A credit whose fact has a verb the sentence does not tell is not
// withheld on the same evidence: among the judged uncertain credits of
// the even spent rounds 10-34 such credits were right more often than
// wrong (paraphrases with a verb of their own), while those whose fact
// has no predicate were wrong 13 times of 15 (BENCHMARKS.md, 2026-12-20
// session 20: uncertain credits; chosen on the even rounds, scored once
// on the odd ones).

// withheldShare is the share of the fact's words (by weight, of the
// clause the sentence holds best) below which an uncertain credit of a
// fact with no predicate read, whose sentence leaves out one of the
// fact's names, is withheld.
const withheldShare = 1.0 / 3

// withheldCredit reports whether an uncertain credit with evidence e is
// rather withheld than shown (see above). It is asked only of credits
// confidentRule leaves uncertain.
func withheldCredit(e creditEvidence) bool {
	return !e.Mains && e.HeldNames < e.FactNames && e.Cover < withheldShare
}
