package nlp

import "testing"

// TestPossessiveOwnerSpeaker checks that a name owning the next name of
// a subject ("Russia’s space agency Roscosmos") does not speak for it
// (BENCHMARKS "2026-12-16 session 16: quotes, speakers and reported
// speech"), on real sentences of the spent rounds and of PolNeAR train,
// with controls: every quote of the text.
func TestPossessiveOwnerSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round20 russia-asat-test 02.txt
		{"a country's agency by its name", "“The station is in the green zone,” Russia’s space agency Roscosmos tweeted.",
			[]quoteFrame{{QuoteDirect, "The station is in the green zone,", "Roscosmos", "tweeted"}}},
		// news-round21 nimr-execution 03.txt
		{"a country's news agency", "Iran’s IRNA news agency reported that the demonstrators went into the embassy and started the fires when the police tried to clear the way.",
			[]quoteFrame{{QuoteReported, "the demonstrators went into the embassy", "Iran’s IRNA news agency", "reported"}}},
		// news-round12 erdogan-runoff 01.txt
		{"a country's council", "Turkiye's Supreme Election Council said Recep Tayyip Erdogan, the nation's sitting president, had won the runoff election with 52.14% of the vote.",
			[]quoteFrame{{QuoteReported, "Recep Tayyip Erdogan, the nation's sitting president, had won the runoff election with 52.14% of the vote", "Turkiye's Supreme Election Council", "said"}}},
		// PolNeAR train huff-post_2016-05-19_these-are-the-people-missing-in-
		{"control: a name after a preposition heads nothing", "Seitchi was returning to his home country of Chad to mourn the death of his mother, Chad’s Ambassador to France confirmed.", nil},
		// PolNeAR train wash-post_2016-08-26_a-shaky-balancing-act-for-kelly-
		{"control: a possessive in another clause", "One thing working in Ayotte's favor is that 78 percent of voters in a recent CBS News poll said they think she is a different kind of Republican than Trump.",
			[]quoteFrame{{QuoteReported, "they think she is a different kind of Republican than Trump", "a recent CBS News poll", "said"}}},
	})
}
