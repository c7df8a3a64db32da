package nlp

import "testing"

// Speakers of the spent round 16 (scored before these rules were
// written) given to the wrong one, with invented controls: the agent of
// an opening participle's clause ("When reached by CNN"), the subject of
// an earlier clause for a participle after "but …", and the one who
// vouches for a report for the words a verb of saying quotes.
func TestSpeakerRound16Clauses(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "an opening clause's agent is not the speaker",
			text: "When reached by CNN late Saturday night, the gunman's father, Matthew Crooks, said he was fine.",
			want: []quoteFrame{{QuoteReported, "he was fine", "Matthew Crooks", "said"}}},
		{name: "nor a participle's phrase's",
			text: "Speaking to reporters on Monday, the mayor, Jon Keel, said the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jon Keel", "said"}}},
		{name: "control: a participle before a noun is the name's",
			text: "Retired teacher Jo Hart, 61, said the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jo Hart", "said"}}},
		{name: "a participle after a clause opened by but takes that clause's subject",
			text: "Keel was due to face the vote on Sunday, but council clerk Dana Stiff disallowed it, saying it was motivated by malice.",
			want: []quoteFrame{{QuoteReported, "it was motivated by malice", "Dana Stiff", "saying"}}},
		{name: "control: without the conjunction, the main clause's subject",
			text: "Mayor Jon Keel endorsed Dana Stiff, saying she would rebuild the pier.",
			want: []quoteFrame{{QuoteReported, "she would rebuild the pier", "Jon Keel", "saying"}}},
		{name: "words a verb of saying quotes are its subject's, whoever vouches",
			text: "The gunmen shouted “we have avenged the Prophet Muhammad”, witnesses say.",
			want: []quoteFrame{{QuoteDirect, "we have avenged the Prophet Muhammad", "The gunmen", "shouted"}}},
		{name: "a cue after and shares the first verb's subject, not the relaying outlet",
			text: "Mayor Jon Keel called the closure “a disgrace” and said the pier would reopen “within weeks,” the AP reported.",
			want: []quoteFrame{
				{QuoteDirect, "a disgrace", "Jon Keel", ""},
				{QuoteDirect, "within weeks,", "Jon Keel", "said"},
				{QuoteReported, "the pier would reopen “within weeks", "", "said"},
			}},
	})
}
