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
		{name: "control: a name before a phrase of a source (a bare party label is no speaker's name since session 20)",
			text: "One Democrat familiar with the talks said the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "", "said"}}},
	})
}

// A sentence break that lost its space ends what was said (spent round
// 17: "the danger is not over.Puerto Rico Governor …"), with controls:
// an abbreviation and an address.
func TestReportedRunOn(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a lost space after a period ends what was said",
			text: "While the storm has left Ardlow, officials warn that the danger is not over.Harbour master Declan Ferris described this as the worst storm in memory.",
			want: []quoteFrame{{QuoteReported, "the danger is not over", "officials", "warn"}}},
		{name: "control: an abbreviation",
			text: "Officials warned that the U.S. Coast Guard would close the harbour at 6 p.m. Monday.",
			want: []quoteFrame{{QuoteReported, "the U.S. Coast Guard would close the harbour at 6 p.m. Monday", "Officials", "warned"}}},
		{name: "control: an address",
			text: "Mayor Jon Keel said the listings on Ardlow.com are user generated.",
			want: []quoteFrame{{QuoteReported, "the listings on Ardlow.com are user generated", "Jon Keel", "said"}}},
	})
}
