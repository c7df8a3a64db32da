package nlp

import "testing"

// TestSourcesThatAreNoNamedPerson checks speakers that are no named
// person though a name stands in their phrase or next to it: a party-state
// tag or a "City, ST" place, an unnamed source tied to a named person, a
// word standing for someone named elsewhere, a law. Sentences are made up
// in the shape of US political coverage.
func TestSourcesThatAreNoNamedPerson(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a party-state tag is no speaker",
			"Rep. Dale Voss\n(R-OH) said: \"The plant must stay open.\"",
			[]quoteFrame{{QuoteDirect, "The plant must stay open.", "", "said"}}},
		{"a party-state tag after the name, as before",
			`"The plant must stay open," Rep. Dale Voss (R-OH) said.`,
			[]quoteFrame{{QuoteDirect, "The plant must stay open,", "Dale Voss", "said"}}},
		{"City, ST before a role noun is where, not who",
			`"The plant must stay open," the Berea, OH, mayor said.`,
			[]quoteFrame{{QuoteDirect, "The plant must stay open,", "", "said"}}},
		{"City, ST as a fronted place",
			`In Berea, OH, voters said "the plant must stay open."`,
			[]quoteFrame{{QuoteDirect, "the plant must stay open.", "voters", "said"}}},
		{"a person close to a family, before the cue",
			`"She has been tired for weeks," a person close to the Hallorans said.`,
			[]quoteFrame{{QuoteDirect, "She has been tired for weeks,", "a person close to the Hallorans", "said"}}},
		{"a person close to a family, after the cue",
			`"She has been tired for weeks," said a person close to the Hallorans.`,
			[]quoteFrame{{QuoteDirect, "She has been tired for weeks,", "a person close to the Hallorans", "said"}}},
		{"an aide to a named man, reported",
			"An aide to Mr. Barlow said the deal was off.",
			[]quoteFrame{{QuoteReported, "the deal was off", "An aide to Mr. Barlow", "said"}}},
		{"people familiar with a named woman's health",
			`"She is fine," said two people familiar with Halloran's health.`,
			[]quoteFrame{{QuoteDirect, "She is fine,", "two people familiar with Halloran's health", "said"}}},
		{"according to a person close to a family",
			"According to a person close to the Hallorans, she had been tired for weeks.",
			[]quoteFrame{{QuoteReported, "she had been tired for weeks", "a person close to the Hallorans", "according to"}}},
		{"a named aide keeps his name",
			`"The deal is off," said Tim Roe, an aide to Mr. Barlow.`,
			[]quoteFrame{{QuoteDirect, "The deal is off,", "Tim Roe", "said"}}},
		{"another is no speaker",
			`One delegate said the race was over. "It's a mess," another said.`,
			[]quoteFrame{{QuoteDirect, "It's a mess,", "", "said"}, {QuoteReported, "the race was over", "One delegate", "said"}}},
		{"the former is no speaker",
			`"It is over," the former said.`,
			[]quoteFrame{{QuoteDirect, "It is over,", "", "said"}}},
		{"others said: the frame stays, unnamed",
			"Some said the race was over. Others said it had just begun.",
			[]quoteFrame{{QuoteReported, "the race was over", "", "said"}, {QuoteReported, "it had just begun", "", "said"}}},
		{"according to a law: the frame stays, unnamed",
			"According to state law, the polls must close at seven.",
			[]quoteFrame{{QuoteReported, "the polls must close at seven", "", "according to"}}},
		{"according to a count, as before",
			"According to a count by the Associated Press, she has won 723 delegates.",
			[]quoteFrame{{QuoteReported, "she has won 723 delegates", "a count by the Associated Press", "according to"}}},
	})
}

// TestRepliesAndNamedPhrases checks that a reply is its replier's, not
// the words of the one answered, and that a name another gives a thing is
// not the sentence's speaker's quote.
func TestRepliesAndNamedPhrases(t *testing.T) {
	checkFrames(t, []frameCase{
		{"fired back after the quote",
			`Wendt said on Monday: "Kessel is a choke artist." "You hire foreign workers," Kessel fired back.`,
			[]quoteFrame{{QuoteDirect, "Kessel is a choke artist.", "Wendt", "said"}, {QuoteDirect, "You hire foreign workers,", "Kessel", "fired back"}}},
		{"fired back before the quote",
			`Wendt said on Monday: "Kessel is a choke artist." Kessel fired back, "You hire foreign workers."`,
			[]quoteFrame{{QuoteDirect, "Kessel is a choke artist.", "Wendt", "said"}, {QuoteDirect, "You hire foreign workers.", "Kessel", "fired back"}}},
		{"a reply by a verb of no list does not go on in the voice answered",
			`"You are a liar," Wendt told Kessel. "No, you are," Kessel scoffed.`,
			[]quoteFrame{{QuoteDirect, "You are a liar,", "Wendt", "told"}, {QuoteDirect, "No, you are,", "", ""}}},
		{"a sentence naming the replier between the quotes",
			`Wendt said on Monday: "Kessel is a choke artist." Kessel hit back. "You hire foreign workers."`,
			[]quoteFrame{{QuoteDirect, "Kessel is a choke artist.", "Wendt", "said"}, {QuoteDirect, "You hire foreign workers.", "", ""}}},
		{"what others call",
			`The critic said the plan is what some call "voodoo economics."`,
			[]quoteFrame{{QuoteDirect, "voodoo economics.", "", "call"}, {QuoteReported, `the plan is what some call "voodoo economics."`, "The critic", "said"}}},
		{"what a rival called",
			`Mr. Hale said the tax plan was what his rival once called "voodoo economics."`,
			[]quoteFrame{{QuoteDirect, "voodoo economics.", "his rival", "called"}, {QuoteReported, `the tax plan was what his rival once called "voodoo economics."`, "Hale", "said"}}},
		{"so-called",
			`Mr. Hale attacked the so-called "death tax" on Monday.`,
			[]quoteFrame{{QuoteDirect, "death tax", "", "so-called"}}},
		{"what he called: the speaker's own name for it",
			`Mr. Hale said what he called "a total disaster for working families" would follow.`,
			[]quoteFrame{{QuoteDirect, "a total disaster for working families", "Hale", "said"}}},
		{"a partial quote governed by the cue stays the speaker's",
			`Mr. Hale said the debate was "a root canal."`,
			[]quoteFrame{{QuoteDirect, "a root canal.", "Hale", "said"}, {QuoteReported, `the debate was "a root canal."`, "Hale", "said"}}},
	})
}
