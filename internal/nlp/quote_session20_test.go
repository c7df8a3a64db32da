package nlp

import "testing"

// TestSession20SpeakerClasses checks the speaker and reported-speech
// classes judged wrong in spent rounds 34 and 35 (BENCHMARKS "2026-12-20
// session 20: quotes and speakers"): sentences in the shapes of the
// judged ones, each rule with a control; every quote of the text.
func TestSession20SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a platform after the speaker's head is where it was written, not who wrote it",
			"“I felt I was suffocating,” wrote one person on Sina Weibo, a Chinese equivalent of Twitter.",
			[]quoteFrame{{QuoteDirect, "I felt I was suffocating,", "", "wrote"}}},
		{"control: an organisation named after the cue speaks",
			"“The port is closed for now,” said the Ministry of Transport.",
			[]quoteFrame{{QuoteDirect, "The port is closed for now,", "Ministry of Transport", "said"}}},
		{"a place in the speaker's relative clause is no speaker",
			"“It was a good rally this time,” said the industrial engineer who travelled to KL.",
			[]quoteFrame{{QuoteDirect, "It was a good rally this time,", "the industrial engineer", "said"}}},
		{"a bare group noun after \"as\" is the cue's subject, not the place owning the sentence's subject",
			"Malaysia’s first overnight street rally ended at midnight as organisers claimed thousands of people turned up.",
			[]quoteFrame{{QuoteReported, "thousands of people turned up", "organisers", "claimed"}}},
		{"control: \"as\" before a name's phrase keeps reading the sentence",
			"The rally ended at midnight as Mr Lim claimed thousands of people turned up.",
			[]quoteFrame{{QuoteReported, "thousands of people turned up", "Lim", "claimed"}}},
		{"a cue whose words are only the closing attribution reports nothing",
			"Gunshots were heard after police responded, another state news organisation said.",
			[]quoteFrame{{QuoteReported, "Gunshots were heard after police responded", "another state news organisation", "said"}}},
		{"control: a cue with a clause after it",
			"Gunshots were heard after police said the station was closed.",
			[]quoteFrame{{QuoteReported, "the station was closed", "police", "said"}}},
		{"the one an outlet cites as saying is the speaker",
			"The official news agency Xinhua cited a witness as saying people had rushed to retrieve notes thrown from a window.",
			[]quoteFrame{{QuoteReported, "people had rushed to retrieve notes thrown from a window", "a witness", "saying"}}},
		{"a quotation after a characterising verb is its subject's, not the relaying outlet's",
			"One eyewitness described the scene as \"horrific and hellish,\" Xinhua said.",
			[]quoteFrame{{QuoteDirect, "horrific and hellish,", "One eyewitness", "described"}}},
		{"a quotation inside narration is not the relaying outlet's",
			"The president ordered “all-out efforts” to punish the attackers and “crack down on violent terrorist activities,” according to Xinhua.",
			[]quoteFrame{
				{QuoteDirect, "all-out efforts", "president", ""},
				{QuoteDirect, "crack down on violent terrorist activities,", "", "according to"},
			}},
		{"control: an outlet's words right before its cue",
			"“The search will go on,” Xinhua said.",
			[]quoteFrame{{QuoteDirect, "The search will go on,", "Xinhua", "said"}}},
		{"a cry inside what a witness reports is the crier's",
			"A witness said the perpetrator, Shinji Aoba, was shouting “You die!” as he splashed the liquid.",
			[]quoteFrame{
				{QuoteDirect, "You die!", "Shinji Aoba", "shouting"},
				{QuoteReported, "the perpetrator, Shinji Aoba, was shouting “You die!”", "A witness", "said"},
			}},
		{"a cry relayed by an outlet is nobody's the text names when its subject is not read",
			"Police said a man ran into the studio and sprayed a liquid, shouting, “Drop dead,” according to the BBC.",
			[]quoteFrame{{QuoteDirect, "Drop dead,", "", "shouting"}}},
		{"a compound place name modifying the police is no speaker",
			"The Jammu and Kashmir police said 33 troopers were confirmed dead.",
			[]quoteFrame{{QuoteReported, "33 troopers were confirmed dead", "The Jammu and Kashmir police", "said"}}},
		{"a full stop after a closing mark with no space ends the sentence",
			"‘I ran away with everyone,’ he told the news agency, adding some people ‘just fell on the ground’.Another crying victim told the news agency: ‘I can’t find my mother.’",
			[]quoteFrame{
				{QuoteDirect, "I ran away with everyone,", "", "told"},
				{QuoteDirect, "just fell on the ground", "", "adding"},
				{QuoteDirect, "I can’t find my mother.", "Another crying victim", "told"},
			}},
		{"\"another\" opens a speaker's description as a determiner does",
			"He fled. Another crying victim outside the station told the news agency: ‘I can’t find my husband.’",
			[]quoteFrame{{QuoteDirect, "I can’t find my husband.", "Another crying victim outside the station", "told"}}},
		{"control: a quotation in the narration of a thing is the outlet's own",
			"The test “marked a very significant occasion in attaining the final goal”, KCNA said.",
			[]quoteFrame{{QuoteDirect, "marked a very significant occasion in attaining the final goal", "KCNA", "said"}}},
		{"a description before the name set off after it gives way to the name, not to an earlier person it may stand for",
			"President Benigno Aquino said he would investigate.\n\n\"[The gunman] is dead,\" the leader of the police assault, Superintendent Nelson Yabut, told the AFP news agency.",
			[]quoteFrame{
				{QuoteDirect, "[The gunman] is dead,", "Superintendent Nelson Yabut", "told"},
				{QuoteReported, "he would investigate", "Benigno Aquino", "said"},
			}},
		{"a dash-led participle after a leading source is the writer's, and coordinate adjectives are no aside",
			"According to exit polls, the sharp-tongued, silver-haired politician won by a large margin — laying to rest concerns about unrest.",
			[]quoteFrame{{QuoteReported, "the sharp-tongued, silver-haired politician won by a large margin", "", "according to"}}},
		{"control: a dash that closes an aside opens no adjunct",
			"It was a disaster, and according to The Fashion Law, the organizers issued a statement, saying “we need to cancel all existing flights,” before ultimately canceling the festival altogether, while — get this — refusing refunds.",
			[]quoteFrame{
				{QuoteDirect, "we need to cancel all existing flights,", "the organizers", "saying"},
				{QuoteReported, "saying “we need to cancel all existing flights,” before ultimately canceling the festival altogether, while — get this — refusing refunds", "The Fashion Law", "according to"},
			}},
	})
}
