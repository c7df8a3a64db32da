package nlp

import "testing"

// TestSession19SpeakerClasses checks the quote and speaker classes still
// judged wrong in spent rounds 29-31 (BENCHMARKS "2026-12-19 session 19:
// quotes and speakers"). Sentences written in the shapes of the judged
// ones, with controls; every quote of the text.
func TestSession19SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an opening mark typed for the closing one ends the quote before the narration",
			"“I like to take my good friend someplace every year and torture him,“ Jo Hart once said.\n\n“We learned this morning about the death of an American chef,” a prosecutor told reporters.",
			[]quoteFrame{
				{QuoteDirect, "I like to take my good friend someplace every year and torture him,", "Jo Hart", "said"},
				{QuoteDirect, "We learned this morning about the death of an American chef,", "a prosecutor", "told"},
			}},
		{"control: a quotation opened after a space inside a sentence",
			"The mayor called the plan “a disaster for the town” and left the room.",
			[]quoteFrame{{QuoteDirect, "a disaster for the town", "mayor", ""}}},
		{"a credit line after the cue is its subject, not what was said",
			"Ada Bello, the singer who recorded “Respect,” died Thursday at age 76, said her representative, Gwendolyn Quinn.",
			nil},
		{"control: a lower-case clause after the cue is what was said",
			"The talks collapsed on Friday, and the minister said the army would stay in the city.",
			[]quoteFrame{{QuoteReported, "the army would stay in the city", "minister", "said"}}},
		{"a country's capitalised ministry speaks, not the country",
			"Gunfire could still be heard hours after the attack began, as Kenya’s Interior ministry said the “attackers have been cornered in one hostel”.",
			[]quoteFrame{
				{QuoteDirect, "attackers have been cornered in one hostel", "Kenya’s Interior ministry", "said"},
				{QuoteReported, "the “attackers have been cornered in one hostel”", "Kenya’s Interior ministry", "said"},
			}},
		{"control: a lower-case ministry",
			"France’s foreign ministry said “the attack is a crime”.",
			[]quoteFrame{{QuoteDirect, "the attack is a crime", "France’s foreign ministry", "said"}}},
		{"the rest of a place's name is no attribution",
			"The chef was found in his hotel room in Strasbourg, France, CNN reported.",
			[]quoteFrame{{QuoteReported, "The chef was found in his hotel room in Strasbourg, France", "CNN", "reported"}}},
		{"control: a place after a lower-case word and a comma",
			"The rescue teams have found two more bodies on the mountain, Italy said.",
			[]quoteFrame{{QuoteReported, "The rescue teams have found two more bodies on the mountain", "Italy", "said"}}},
		{"the agent of a passive verb of saying is the next he's antecedent",
			"Chester Bennington, the singer of the band, has died at age 41.\n\nThe death was confirmed by Brian Elias, the chief of operations for the county coroner's office, the Times reported.\n\nHe said deputies responded to a call shortly after 9 a.m. and were conducting a death investigation.",
			[]quoteFrame{
				{QuoteReported, "The death was confirmed by Brian Elias, the chief of operations for the county coroner's office", "Times", "reported"},
				{QuoteReported, "deputies responded to a call shortly after 9 a.m. and were conducting a death investigation", "Brian Elias", "said"},
			}},
		{"control: the agent of another passive verb is no subject",
			"Chester Bennington, the singer of the band, has died at age 41.\n\nThe house was searched by Brian Elias, the chief of operations for the county coroner's office, the Times reported.\n\nHe said deputies responded to a call shortly after 9 a.m. and were conducting a death investigation.",
			[]quoteFrame{
				{QuoteReported, "The house was searched by Brian Elias, the chief of operations for the county coroner's office", "Times", "reported"},
				{QuoteReported, "deputies responded to a call shortly after 9 a.m. and were conducting a death investigation", "Chester Bennington", "said"},
			}},
		{"a clause with its own cue after an according-to source quotes its subject",
			"According to The Fashion Law, the organizers issued a statement, saying “we need to cancel all existing flights,” before canceling the festival.",
			[]quoteFrame{
				{QuoteDirect, "we need to cancel all existing flights,", "the organizers", "saying"},
				{QuoteReported, "saying “we need to cancel all existing flights,” before canceling the festival", "The Fashion Law", "according to"},
			}},
		{"control: a quotation right after the source",
			"According to the police, “the suspect fled on foot,” and was arrested later.",
			[]quoteFrame{
				{QuoteDirect, "the suspect fled on foot,", "the police", "according to"},
				{QuoteReported, "“the suspect fled on foot,” and was arrested later", "the police", "according to"},
			}},
	})
}
