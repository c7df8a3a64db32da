package nlp

import "testing"

// TestNameModifyingTheSpeaker checks that a name before lower-case
// nouns after the cue only qualifies the speaker ("says one Reddit
// poster" is a poster, not Reddit), and that an "according to" source
// keeps its own relative clause and apposition out of what it says, and
// vouches for no relative clause of the writer's. Made-up texts; each
// rule has a control.
func TestNameModifyingTheSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a name before the speaker's noun after the cue",
			text: "“Our whole office is offline,” says one Harborsoft forum poster.",
			want: []quoteFrame{{QuoteDirect, "Our whole office is offline,", "Harborsoft forum poster", "says"}}},
		{name: "control: the name alone after the cue speaks",
			text: "“Our whole office is offline,” said Harborsoft in a statement.",
			want: []quoteFrame{{QuoteDirect, "Our whole office is offline,", "Harborsoft", "said"}}},
		{name: "control: a person after the organisation's noun",
			text: "“Our whole office is offline,” said Harborsoft spokesman Jon Keel.",
			want: []quoteFrame{{QuoteDirect, "Our whole office is offline,", "Jon Keel", "said"}}},
		{name: "a relative clause about the source is not what it said",
			text: "One of the shells landed inside a school yard in the camp, according to reporter Jon Keel, who was on the phone with sources in the camp.",
			want: []quoteFrame{{QuoteReported, "One of the shells landed inside a school yard in the camp", "reporter Jon Keel", "according to"}}},
		{name: "nor an apposition with its own relative clause",
			text: "Independents turn out at lower rates than partisans, according to Jon Keel, director of the Harbor Survey Center, which conducted the poll.",
			want: []quoteFrame{{QuoteReported, "Independents turn out at lower rates than partisans", "Jon Keel", "according to"}}},
		{name: "a reference mark ends the sentence and what was said",
			text: "The board also said video showed an overheated wheel bearing.[6] Governor Jon Keel sent a letter to the railroad.[7]",
			want: []quoteFrame{{QuoteReported, "video showed an overheated wheel bearing", "The board", "said"}}},
		{name: "a source inside a relative clause of the writer's",
			text: "The patch could not help those already affected which, according to Harborsoft, was about 8.5 million machines.",
			want: nil},
	})
}
