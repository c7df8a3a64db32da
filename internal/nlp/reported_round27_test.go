package nlp

import "testing"

// TestRound27ReportedClasses checks the reported-speech classes judged
// wrong in rounds 26 and 27 (BENCHMARKS "2026-12-17 session 17: after
// round 27, reported speech"), on the real sentences of their sources,
// each with a control.
func TestRound27ReportedClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round27 bashir-ousted 03
		{"a participle in the subject ends at the main verb", "Thursday’s televised address from the defence minister announcing two years of military rule is unlikely to satisfy demonstrators.", nil},
		// news-round27 bashir-ousted 01
		{"the writer's noting", "With the arrest of WikiLeaks founder Julian Assange in London coming the same day as reports of Omar Bashir's removal as President of Sudan, it's worth noting the role that cables leaked by WikiLeaks had in exposing the corruption at the heart of Bashir's administration.", nil},
		{"control: the cue as the main verb", "The defence minister announced two years of military rule would follow.",
			[]quoteFrame{{QuoteReported, "two years of military rule would follow", "defence minister", "announced"}}},
		// news-round27 typhoon-haiyan 02
		{"an according-to aside attributes its phrase", "With wind gusts of up to 235mph, according to some reports, Haiyan carved a path of destruction across the central and southern Philippines, tearing off roofs, uprooting trees and tossing cars around like cardboard boxes.", nil},
		{"control: the source opens the sentence", "According to some reports, Haiyan carved a path of destruction across the Philippines.",
			[]quoteFrame{{QuoteReported, "Haiyan carved a path of destruction across the Philippines", "some reports", "according to"}}},
		// news-round27 mandela-death 02
		{"announced the news reports no words", "Mr Zuma announced the news to the nation at 23.50 local time, saying South Africa had lost its greatest son.",
			[]quoteFrame{{QuoteReported, "South Africa had lost its greatest son", "Zuma", "saying"}}},
		{"control: the news given as a clause", "The minister announced the news that the king had died in hospital.",
			[]quoteFrame{{QuoteReported, "the news that the king had died in hospital", "minister", "announced"}}},
		{"the made-known noun closing the words", "Mr Zuma announced the news.", nil},
		// news-round27 blatter-resignation 01
		{"declared his resignation reports no words", "Blatter's declared his unexpected resignation in Zurich, after the conference was delayed several times.", nil},
		// news-round27 blatter-resignation 03
		{"a second verb phrase after and had is the writer's", "In the wake of his re-election he had vehemently denied that the scandals had anything to do with him and had brushed off repeated calls from fans and Uefa officials for him to stand down.",
			[]quoteFrame{{QuoteReported, "the scandals had anything to do with him", "", "denied"}}},
		{"control: no auxiliary before the cue", "He said that he had visited Paris and had met the prime minister.",
			[]quoteFrame{{QuoteReported, "he had visited Paris and had met the prime minister", "", "said"}}},
		// news-round27 spain-womens-world-cup 01
		{"a passive denied of a goal", "Carmona fired her side ahead in the 29th minute and they were only denied a second when England goalkeeper Mary Earps saved a second-half penalty from Jennifer Hermoso.", nil},
		{"control: the writer's own clause with a speaker", "She said the gift was worth keeping for years to come.",
			[]quoteFrame{{QuoteReported, "the gift was worth keeping for years to come", "", "said"}}},
		// news-round27 typhoon-haiyan 04
		{"as saying names the speaker", "In the neighboring Samar province 200 are declared dead, Reuters reported the Red Cross as saying.", nil},
	})
}
