package nlp

import "testing"

// TestRound26ReportedClasses checks the reported-speech classes judged
// wrong in round 26 (BENCHMARKS "2026-12-17 session 17: after round 26,
// quote speakers and reported speech"): the writer's words around what
// was said are no part of it. Sentences written in the shapes of the
// judged ones, with controls; every quote of the text.
func TestRound26ReportedClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"what a report left out", "Last spring the minister announced her retirement from the cabinet without giving the reasons behind it.",
			[]quoteFrame{{QuoteReported, "her retirement from the cabinet", "minister", "announced"}}},
		{"control: left out in what is to come", "The ministry said the port would reopen without naming a date.",
			[]quoteFrame{{QuoteReported, "the port would reopen without naming a date", "The ministry", "said"}}},
		{"control: without and another gerund", "The mayor said the crew had left the harbour without paying the fees.",
			[]quoteFrame{{QuoteReported, "the crew had left the harbour without paying the fees", "mayor", "said"}}},
		{"a caption's place and date", "Residents gather outside the town hall after the mayor said that the ferry service would resume, in Port Ardlow, Kessary, March 3, 2024.",
			[]quoteFrame{{QuoteReported, "the ferry service would resume", "mayor", "said"}}},
		{"control: a place and a date in what was said", "The mayor said that the ferry service would resume in Port Ardlow on March 3, 2024.",
			[]quoteFrame{{QuoteReported, "the ferry service would resume in Port Ardlow on March 3, 2024", "mayor", "said"}}},
		{"a day and a channel after a phrase object", "The Ardlow Courier first reported the closure Tuesday morning on Facebook.", nil},
		{"an arrival made known by a sign", "The freighter Kessary Star announced its arrival in the harbour at dawn with three long blasts of its horn.", nil},
		{"control: an arrival in a clause said", "The ministry said its arrival in the Kessary market was delayed with no new date set.",
			[]quoteFrame{{QuoteReported, "its arrival in the Kessary market was delayed with no new date set", "The ministry", "said"}}},
		{"a kicker before a vertical bar", "LIVE UPDATES | Two climbers die in an avalanche on the north face, governor says",
			[]quoteFrame{{QuoteReported, "Two climbers die in an avalanche on the north face", "governor", "says"}}},
	})
}
