package nlp

import "testing"

// TestPost37SpeakerClasses checks the classes judged wrong in spent
// rounds 36 and 37 (BENCHMARKS "2026-12-20 session 20: after round 37,
// quotes and speakers"): sentences in the shapes of the judged ones, each
// rule with a control; every quote of the text.
func TestPost37SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a full stop with no space after a word ends the sentence",
			"Rescuers worked in a narrow street of the harbour district.One official said the ferry was full.",
			[]quoteFrame{{QuoteReported, "the ferry was full", "One official", "said"}}},
		{"a full stop with no space after a name ends the sentence before a pronoun",
			"An official said the ferry left from Dover.He did not give a number.",
			[]quoteFrame{{QuoteReported, "the ferry left from Dover", "An official", "said"}}},
		{"control: a web address keeps its dot",
			"The ministry said the list is on example.com for all to read.",
			[]quoteFrame{{QuoteReported, "the list is on example.com for all to read", "The ministry", "said"}}},
		{"a bare party label is no speaker",
			"\"It is clearly an act of terror,\" the Republican told a news conference.",
			[]quoteFrame{{QuoteDirect, "It is clearly an act of terror,", "", "told"}}},
		{"control: a party named as a group speaks",
			"\"It is clearly an act of terror,\" the Republican Party said in a statement.",
			[]quoteFrame{{QuoteDirect, "It is clearly an act of terror,", "Republican Party", "said"}}},
		{"a phrase pointing back to a source is no speaker",
			"The attack left 239 people wounded, according to the same source.",
			[]quoteFrame{{QuoteReported, "The attack left 239 people wounded", "", "according to"}}},
		{"a live blog's update stamp is no part of what was said",
			"Update 12:45 ET: According to Governor Rick Scott, the shooting left 50 dead.",
			[]quoteFrame{{QuoteReported, "the shooting left 50 dead", "Governor Rick Scott", "according to"}}},
		{"a feed's date and a dateline are no part of what was said",
			"date 2016-07-14 PARIS (Reuters) - Some 30 people were killed in Nice, a regional official said.",
			[]quoteFrame{{QuoteReported, "Some 30 people were killed in Nice", "a regional official", "said"}}},
		{"an age notice glued to the first sentence is no part of what was said",
			"8 year oldDozens of people were killed in Nice, the mayor said on Twitter.",
			[]quoteFrame{{QuoteReported, "Dozens of people were killed in Nice", "mayor", "said"}}},
		{"control: a number of years that is what was said stays",
			"Some 8 years passed before the trial, the mayor said.",
			[]quoteFrame{{QuoteReported, "Some 8 years passed before the trial", "mayor", "said"}}},
		{"a listener and a colon before a quotation introduce direct speech only",
			"A soldier at the port told AFP: “It’s a catastrophe inside.”",
			[]quoteFrame{{QuoteDirect, "It’s a catastrophe inside.", "A soldier at the port", "told"}}},
		{"the tail of an organisation's name is widened to the whole name",
			"\"Regime forces stepped up operations,\" the Syrian Observatory for Human Rights told AFP news agency.",
			[]quoteFrame{{QuoteDirect, "Regime forces stepped up operations,", "Syrian Observatory for Human Rights", "told"}}},
		{"control: an organisation named on its own keeps its name",
			"\"Regime forces stepped up operations,\" Human Rights Watch told AFP news agency.",
			[]quoteFrame{{QuoteDirect, "Regime forces stepped up operations,", "Human Rights Watch", "told"}}},
	})
}
