package nlp

import "testing"

// TestRound29SpeakerClasses checks the quote-speaker and reported-speech
// classes judged wrong in round 29 (BENCHMARKS "2026-12-18 session 18:
// after round 29, quote speakers and reported speech"). Sentences
// written in the shapes of the judged ones, with controls; every quote
// of the text.
func TestRound29SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a name after an adjective of imposture", "“I am giving back to the community,” fake Jo Hart wrote in comparison.",
			[]quoteFrame{{QuoteDirect, "I am giving back to the community,", "", "wrote"}}},
		{"control: the name's bearer writing", "“I am giving back to the community,” Jo Hart wrote in comparison.",
			[]quoteFrame{{QuoteDirect, "I am giving back to the community,", "Jo Hart", "wrote"}}},
		{"the writer's it-is-unclear after what was said", "Harbour Air announced it will cease flying to Doha, and it’s unclear if Coast Air will be able to continue flying.",
			[]quoteFrame{{QuoteReported, "it will cease flying to Doha", "Harbour Air", "announced"}}},
		{"the writer's it-was-not-clear", "The ministry said 40 people had been rescued, and it was not immediately clear how many remain missing.",
			[]quoteFrame{{QuoteReported, "40 people had been rescued", "The ministry", "said"}}},
		{"control: unclear in what was said", "The ministry said the cause of the fire was unclear and that it would investigate.",
			[]quoteFrame{{QuoteReported, "the cause of the fire was unclear and that it would investigate", "The ministry", "said"}}},
		{"the writer's judging in a relative clause", "North Korea said it set off a hydrogen bomb in its sixth nuclear test, which judging by the earthquake it set off appeared to be its most powerful yet.",
			[]quoteFrame{{QuoteReported, "it set off a hydrogen bomb in its sixth nuclear test", "North Korea", "said"}}},
		{"an -ing noun after a possessive", "The extreme temperatures triggered a series of alerts, with the Met Office issuing its first-ever red warning for extreme heat.",
			nil},
		{"control: an -ing word after a clause with a possessive", "The Governors Association, which had more seats to defend, held onto most of its territory while adding Democratic strongholds like Illinois and Massachusetts.",
			[]quoteFrame{{QuoteReported, "Democratic strongholds like Illinois and Massachusetts", "Governors Association", "adding"}}},
		{"control: a warning that says something", "The Met Office issued its first red warning that temperatures could reach 40C in London.",
			[]quoteFrame{{QuoteReported, "temperatures could reach 40C in London", "Met Office", "warning"}}},
		{"an inference participle after a happening", "A second smaller quake was detected shortly after the first one, suggesting the possibility of a tunnel collapse.",
			nil},
		{"control: an inference participle after a body's act", "Four days into deliberations, the jury sent a note to the judge, suggesting they were unanimous on three of the five charges.",
			[]quoteFrame{{QuoteReported, "they were unanimous on three of the five charges", "", "suggesting"}}},
		{"control: an inference participle after someone's words", "Jo Hart also complained that Ada Bello is too principled, suggesting the first-term senator sees issues as black and white.",
			[]quoteFrame{
				{QuoteReported, "Ada Bello is too principled", "Jo Hart", "complained"},
				{QuoteReported, "the first-term senator sees issues as black and white", "", "suggesting"},
			}},
		{"a listener named without an article", "An official in Larnaca told Associated Press that 56 people had been released.",
			[]quoteFrame{{QuoteReported, "56 people had been released", "An official in Larnaca", "told"}}},
		{"the speaker named after an inverted cue, with a relative aside", "About 15 million cubic yards of debris continue to block the Stilly, said Jo Hart, who heads the county’s public works department.",
			nil},
		{"control: a pronoun after a cue set off by a comma", "Rep. Jo Hart (D-Va.), one of the bill’s chief negotiators, said he fully supports the compromise.",
			[]quoteFrame{{QuoteReported, "he fully supports the compromise", "", "said"}}},
		{"a speaker set off inside the clause said", "The contrast with Jo Hart, said Ada Bello and others, would be clear since Hart has no former presidents by his side.",
			[]quoteFrame{{QuoteReported, "The contrast with Jo Hart would be clear since Hart has no former presidents by his side", "Ada Bello", "said"}}},
		{"a speaker with a relative aside set off inside the clause said", "And Jo Hart, said Ada Bello, who remains friendly with her former boss, doesn't forgive or forget.",
			[]quoteFrame{{QuoteReported, "Jo Hart doesn't forgive or forget", "Ada Bello", "said"}}},
		{"control: an inverted cue read", "Debris continues to block the Stilly, said Jo Hart, who heads the county’s public works department.",
			[]quoteFrame{{QuoteReported, "Debris continues to block the Stilly", "Jo Hart", "said"}}},
		{"a closing attribution with its channel, after an aged subject", "Jo Hart, 57, is “still doing well” three days after the surgery, and will continue to be monitored, the university said in a statement.",
			[]quoteFrame{{QuoteDirect, "still doing well", "the university", "said"}}},
		{"the channel alone after a cue is no words", "Jo Hart is recovering, the university said inĀ a statement.",
			[]quoteFrame{{QuoteReported, "Jo Hart is recovering", "the university", "said"}}},
		{"a description closing the sentence is the cue's subject, not an appositive", "King Jo Hart of Harbourland will abdicate in favour of his son Crown Prince Ada Bello, the king said in a televised address on Monday.",
			[]quoteFrame{{QuoteReported, "King Jo Hart of Harbourland will abdicate in favour of his son Crown Prince Ada Bello", "Jo Hart of Harbourland", "said"}}},
		{"a quotation in a clause with a subject of its own", "Prime Minister Jo Hart described it as “absolutely unacceptable” while Russia's foreign ministry expressed “strongest condemnation”.",
			[]quoteFrame{
				{QuoteDirect, "absolutely unacceptable", "Jo Hart", ""},
				{QuoteDirect, "strongest condemnation", "", ""},
			}},
		{"control: a participle keeps the subject's clause", "Prime Minister Jo Hart attacked the plan while calling it “absolutely unacceptable”.",
			[]quoteFrame{{QuoteDirect, "absolutely unacceptable", "Jo Hart", "calling"}}},
		{"a quotation's cue inside what another cue reports", "The plane landed at Larnaca.\nHarbour Air reported the delay.\nHarbour Air said Cypriot authorities at the airport had confirmed “the belt that the man allegedly said he was wearing is fake”.",
			[]quoteFrame{
				{QuoteDirect, "the belt that the man allegedly said he was wearing is fake", "Cypriot authorities", "confirmed"},
				{QuoteReported, "Cypriot authorities at the airport had confirmed “the belt that the man allegedly said he was wearing is fake”", "Harbour Air", "said"},
			}},
		{"control: a pronoun between the cues", "Jo Hart said he told reporters “we will win”.",
			[]quoteFrame{
				{QuoteDirect, "we will win", "Jo Hart", "told"},
				{QuoteReported, "he told reporters “we will win”", "Jo Hart", "said"},
			}},
		{"control: a clause between the cues", "Jo Hart said he welcomed extradition to the United States and added, “I'll plead guilty, no problem.”",
			[]quoteFrame{
				{QuoteDirect, "I'll plead guilty, no problem.", "", "added"},
				{QuoteReported, "he welcomed extradition to the United States", "Jo Hart", "said"},
			}},
		{"control: a cue in a relative clause before the quote's cue", "The man who said he was a doctor told reporters “we will win”.",
			[]quoteFrame{
				{QuoteDirect, "we will win", "The man", "told"},
				{QuoteReported, "we will win”", "The man", "told"},
			}},
		{"words holding a second source's attribution", "Estimates of the yield have ranged from between 50 and 60 kilotons, according to the weather agency, to over 100 kilotons according to a Norway-based group.",
			nil},
	})
}
