package nlp

import "testing"

// TestCoordinatedGroupsAndTrailingFrames checks that modifiers joined by
// "and" before a plural role noun name a group, not the name among them,
// and that the attribution of a whole report after "according to X" is
// no part of what X said.
func TestCoordinatedGroupsAndTrailingFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"adjective and noun before a plural role noun, direct",
			`"We will go ahead with the debate," Democratic and network officials said.`,
			[]quoteFrame{{QuoteDirect, "We will go ahead with the debate,", "Democratic and network officials", "said"}}},
		{"adjective and noun before a plural role noun, reported",
			"Democratic and network officials said the debate would go ahead.",
			[]quoteFrame{{QuoteReported, "the debate would go ahead", "Democratic and network officials", "said"}}},
		{"two adjectives before a plural role noun",
			"Republican and Democratic leaders said the bill would pass.",
			[]quoteFrame{{QuoteReported, "the bill would pass", "Republican and Democratic leaders", "said"}}},
		{"two names joined by and are a joint speaker, not the last of them (round 19)",
			`"We will go ahead," Ada Marlow and Ben Hart said.`,
			[]quoteFrame{{QuoteDirect, "We will go ahead,", "Ada Marlow and Ben Hart", "said"}}},
		{"one adjective before a plural role noun, as before",
			"Democratic officials said the debate would go ahead.",
			[]quoteFrame{{QuoteReported, "the debate would go ahead", "Democratic officials", "said"}}},
		{"according to a source, the paper said",
			"The debate would go on as planned, according to a source, the paper said.",
			[]quoteFrame{{QuoteReported, "The debate would go on as planned", "a source", "according to"}}},
		{"according to a source, said the Times",
			"The debate would go on as planned, according to a source, said the Times.",
			[]quoteFrame{{QuoteReported, "The debate would go on as planned", "a source", "according to"}}},
		{"according to a source, a clause goes on",
			"The debate would go on, according to a source, but the moderators were not chosen.",
			[]quoteFrame{{QuoteReported, "The debate would go on but the moderators were not chosen", "a source", "according to"}}},
	})
}
