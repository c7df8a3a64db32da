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
		{"the writer's hindsight in a relative clause", "In 2019 the mayor said that she had a rare lung disease, which she seemed to beat without surgery.",
			[]quoteFrame{{QuoteReported, "she had a rare lung disease", "mayor", "said"}}},
		{"control: a relative clause ahead", "The mayor said that the plan would go to the council, which will later vote on it.",
			[]quoteFrame{{QuoteReported, "the plan would go to the council, which will later vote on it", "mayor", "said"}}},
		{"a kicker before a vertical bar", "LIVE UPDATES | Two climbers die in an avalanche on the north face, governor says",
			[]quoteFrame{{QuoteReported, "Two climbers die in an avalanche on the north face", "governor", "says"}}},
	})
}

// TestRound26SpeakerClasses checks the speaker classes judged wrong in
// round 26: a speaker is the whole name, never a piece the entity finder
// cut off ("Radio Free" of "Radio Free Afghanistan", "Air Transport" of
// "Federal Agency for Air Transport", "A Telegram" of "A Telegram channel
// associated with …"); a quoted verb after an auxiliary is the subject's
// predicate in the words of the attribution that closes the sentence; a
// role's holder named after the organisation ("head of the Red Crescent
// Society Pir-Hossein Kolivand") is a person of their own, whom "he"
// then stands for. Sentences written in the shapes of the judged ones,
// with controls.
func TestRound26SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a broadcaster's name cut at a country", "“The streets are full of people singing,” Radio Free Kenya said.",
			[]quoteFrame{{QuoteDirect, "The streets are full of people singing,", "Radio Free Kenya", "said"}}},
		{"an agency's name cut at its preposition", "Kessary’s Federal Agency for Sea Transport said an inquiry into the grounding had been opened.",
			[]quoteFrame{{QuoteReported, "an inquiry into the grounding had been opened", "Federal Agency for Sea Transport", "said"}}},
		{"control: a person after a title", "Kessary’s Port Safety Director Jo Hart said an inquiry into the grounding had been opened.",
			[]quoteFrame{{QuoteReported, "an inquiry into the grounding had been opened", "Jo Hart", "said"}}},
		{"a name modifying the head noun after an article", "A Telegram channel linked to the militia said that its commander had died.", nil},
		{"a quoted verb after an auxiliary", "“We are at the sea's mercy,” Mayor Jo Hart said.\nThe storm had already “wiped out” the north pier, but most of the harbour wall held, Hart said.",
			[]quoteFrame{
				{QuoteDirect, "We are at the sea's mercy,", "Jo Hart", "said"},
				{QuoteDirect, "wiped out", "Jo Hart", "said"},
			}},
		{"control: a quotation after the subject's verb", "Mayor Jo Hart has called the storm “a monster from the south.”",
			[]quoteFrame{{QuoteDirect, "a monster from the south.", "Jo Hart", ""}}},
		{"a quoted verb after a modal", "Mayor Jo Hart will “hunt down” those responsible.",
			[]quoteFrame{{QuoteDirect, "hunt down", "", ""}}},
		{"the role's holder after the organisation", "All 12 crew of President Omar Bello's ship are feared dead, head of the Kessary Red Cross Society Amir Dastani announced.\n“No survivors have been found at the site,” he said on state television.",
			[]quoteFrame{{QuoteDirect, "No survivors have been found at the site,", "Amir Dastani", "said"}}},
	})
}
