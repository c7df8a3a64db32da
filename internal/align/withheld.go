package align

// Uncertain credits withheld. A credit confidentRule leaves uncertain is
// shown as "may also report" with its reason; it is not shown at all when
// nothing in it can tie the sentence to the fact's happening: the fact's
// sentence has no main predicate the predicate reader reads (a verbless
// headline, a copula, a frame whose report the reader does not take), so
// no verb, mood or participant can be compared, and what is left to
// compare, the fact's names and words, is missing too: the sentence
// leaves out one of the fact's names (a core argument: who or where) and
// holds less than a third of the fact's words; and no other outlet states
// the fact, so nothing corroborates the two being one report. Such a
// sentence shares a topic with the fact ("This is yet another change that
// Musk has made since acquiring the platform that has alienated users"
// for "The logo change is part of a series of changes that Musk has made
// since taking over Twitter, including laying off employees and
// monetizing the blue check status"), not the fact.
//
// Corroboration is asked for because a fact told as planned or expected
// ("Kim will travel to Russia for a summit with Putin") has no predicate
// read either (the reader takes no irrealis verb as the main one), and
// its retellings in other words ("Kim plans a summit with Putin") hold
// little of it; where other outlets state the fact, such a retelling
// stays an uncertain credit (the seed stories, TestSeedFactsExactOutlets).
//
// A credit whose fact has a verb the sentence does not tell is not
// withheld on the same evidence: among the judged uncertain credits of
// the even spent rounds 10-34 such credits were right more often than
// wrong (paraphrases with a verb of their own), while those whose fact
// has no predicate were wrong 13 times of 15, and all 3 of them with no
// other outlet stating the fact (BENCHMARKS.md, 2026-12-20 session 20:
// uncertain credits; chosen on the even rounds, the odd ones scored).

// withheldShare is the share of the fact's words (by weight, of the
// clause the sentence holds best) below which an uncertain credit of a
// fact with no predicate read and no other outlet stating it, whose
// sentence leaves out one of the fact's names, is withheld.
const withheldShare = 1.0 / 3

// withheldCredit reports whether an uncertain credit with evidence e is
// rather withheld than shown (see above). It is asked only of credits
// confidentRule leaves uncertain.
func withheldCredit(e creditEvidence) bool {
	return e.StatedBy == 0 && !e.Mains && e.HeldNames < e.FactNames && e.Cover < withheldShare
}
