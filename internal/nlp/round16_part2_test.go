package nlp

import "testing"

// Speakers and reported words of the spent round 16 (scored before
// these rules were written), invented sentences of the same shape, with
// controls.
func TestRound16SpeakersPart2(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "quoted words left open at a comma are no subject of a participle",
			text: "“Soon I’ll be gone like the others,” Jo Hart said, suggesting her time was near.",
			want: []quoteFrame{
				{QuoteDirect, "Soon I’ll be gone like the others,", "Jo Hart", "said"},
				{QuoteReported, "her time was near", "", "suggesting"},
			}},
		{name: "a possessive's relative takes the name set off after it",
			text: "Keel’ father, Matthew Keel, said he was fine.",
			want: []quoteFrame{{QuoteReported, "he was fine", "Matthew Keel", "said"}}},
		{name: "control: examples after a description are not its name",
			text: "The town's oldest fishermen, like Hart and Keel, say the pier was never safe.",
			want: []quoteFrame{{QuoteReported, "the pier was never safe", "The town's oldest fishermen", "say"}}},
		{name: "a relative aside left open runs to the cue; its antecedent speaks",
			text: "Council clerk Dana Stiff, who was chairing the session of the town council has announced that the motion passed.",
			want: []quoteFrame{{QuoteReported, "the motion passed", "Dana Stiff", "announced"}}},
		{name: "another name before a participle after and is another speaker",
			text: "The leaders met on Tuesday, with Mayor Jon Keel declaring the two would have “great talks” and Governor Dana Stiff saying they had overcome “old obstacles” to get there.",
			want: []quoteFrame{
				{QuoteDirect, "great talks", "", ""},
				{QuoteDirect, "old obstacles", "", "saying"},
				{QuoteReported, "the two would have “great talks”", "Jon Keel", "declaring"},
				{QuoteReported, "they had overcome “old obstacles” to get there", "Dana Stiff", "saying"},
			}},
		{name: "a source after and vouches for its clause only",
			text: "There were reports of roofs collapsing in Port Ardlow and, according to the harbour master, 10 people were injured.",
			want: []quoteFrame{{QuoteReported, "10 people were injured", "the harbour master", "according to"}}},
		{name: "control: and before a verb joins predicates, the source vouches for both",
			text: "The council has replaced two clerks and, according to officials, adopted a new policy on the pier.",
			want: []quoteFrame{{QuoteReported, "The council has replaced two clerks and adopted a new policy on the pier", "officials", "according to"}}},
		{name: "a closing outlet's report is no part of the source's words",
			text: "According to the harbour master, the storm destroyed ten boats and the pier, Radio Ardlow reported Wednesday afternoon.",
			want: []quoteFrame{{QuoteReported, "the storm destroyed ten boats and the pier", "the harbour master", "according to"}}},
		{name: "a relative clause's report ends at its comma",
			text: "The mayor was hit by debris, including a plank that Jon Keel says struck him in the leg, at a rally in Port Ardlow on July 13.",
			want: []quoteFrame{{QuoteReported, "struck him in the leg", "Jon Keel", "says"}}},
		{name: "a list that goes on after the source is the source's",
			text: "He was registered as a fisherman, according to a harbour listing that matched his name, age, and a Port Ardlow address.",
			want: []quoteFrame{{QuoteReported, "He was registered as a fisherman", "", "according to"}}},
	})
}
