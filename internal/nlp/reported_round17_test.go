package nlp

import "testing"

// Reported speech of the spent round 17 (judged before these rules were
// written) that held no one's words or named a fragment as the speaker,
// told in invented sentences with controls: "reported to" a superior, a
// dummy subject after the one told, a topic explained, results that
// indicate, the way one observes, and a name that only modifies a common
// noun.
func TestReportedRound17(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "reported to a superior is a chain of command",
			text: "The harbour police, a unit of the coast guard, reported directly to the governor and its chief was feared by all.",
			want: nil},
		{name: "control: reported with a clause is speech",
			text: "The harbour police reported that two divers had been rescued near the pier.",
			want: []quoteFrame{{QuoteReported, "two divers had been rescued near the pier", "The harbour police", "reported"}}},
		{name: "a dummy subject after the one told opens what was told",
			text: "Mayor Jon Keel told Harbour Radio there are hundreds of people in shelters.",
			want: []quoteFrame{{QuoteReported, "there are hundreds of people in shelters", "Jon Keel", "told"}}},
		{name: "a topic explained is no statement",
			text: "Professor Dana Stiff explained the tides and the currents in her best-selling book Sea Change.",
			want: nil},
		{name: "control: explained with a clause reports it",
			text: "Professor Dana Stiff explained the tides were higher because of the storm.",
			want: []quoteFrame{{QuoteReported, "the tides were higher because of the storm", "Dana Stiff", "explained"}}},
		{name: "what results indicate is read from them",
			text: "These results indicated that the pier would need a new foundation.",
			want: nil},
		{name: "the way one observes is a manner",
			text: "Dana Stiff, the engineer who changed the way we observe the tides, has died at the age of 80.",
			want: nil},
		{name: "a name between a number and a common noun is no speaker",
			text: "The two Ardlow clubs on Tuesday announced the deal for the striker who joined in 2008.",
			want: nil},
		{name: "a name with an elided particle names a noun that speaks",
			text: "In a letter, the three-time Trophée d’Or winner said his years in the capital had been the happiest of his life.",
			want: []quoteFrame{{QuoteReported, "his years in the capital had been the happiest of his life", "Trophée d’Or winner", "said"}}},
		{name: "control: a name before a noun that speaks",
			text: "The Ardlow coast guard said the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "The Ardlow coast guard", "said"}}},
		{name: "control: a name before a phrase of a source",
			text: "One Democrat familiar with the talks said the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Democrat", "said"}}},
	})
}
