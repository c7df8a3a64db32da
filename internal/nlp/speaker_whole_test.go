package nlp

import "testing"

// A speaker is a whole name, never a country cut from an organisation's
// name or a time phrase that opens the sentence; results and reports
// utter nothing. Each class with hard negatives.
func TestSpeakerWhole(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a country ending an organisation's name",
			text: "Greenpeace Brazil said the company's greed was to blame for the spill.",
			want: []quoteFrame{{QuoteReported, "the company's greed was to blame for the spill", "Greenpeace Brazil", "said"}}},
		{name: "a country ending an airline's name",
			text: "In a statement, Air India has said the flight overshot the runway.",
			want: []quoteFrame{{QuoteReported, "the flight overshot the runway", "Air India", "said"}}},
		{name: "a country before its military",
			text: "South Korea's military said that all political gatherings would be suspended.",
			want: []quoteFrame{{QuoteReported, "all political gatherings would be suspended", "South Korea's military", "said"}}},
		{name: "an opening adverb of time is no speaker",
			text: "Afterwards, the defence lawyer, Ana Ruiz, said her team was already working on an appeal.",
			want: []quoteFrame{{QuoteReported, "her team was already working on an appeal", "Ana Ruiz", "said"}}},
		{name: "results utter nothing",
			text: "The president won the runoff vote, according to final results.",
			want: []quoteFrame{{QuoteReported, "The president won the runoff vote", "", "according to"}}},
		{name: "control: results of a named count keep it",
			text: "According to results from the Electoral Commission, turnout fell to 52 percent.",
			want: []quoteFrame{{QuoteReported, "turnout fell to 52 percent", "results from the Electoral Commission", "according to"}}},
		{name: "control: a poll is still the source of its finding",
			text: "According to a Gallup poll, most voters back the plan.",
			want: []quoteFrame{{QuoteReported, "most voters back the plan", "a Gallup poll", "according to"}}},
		{name: "a phrase of time opened by a preposition is no speaker",
			text: "Throughout Sunday, families waited for news as Governor Tom Lee said most efforts would now recover bodies.",
			want: []quoteFrame{{QuoteReported, "most efforts would now recover bodies", "Tom Lee", "said"}}},
		{name: "control: an adverbial opener before the speaker",
			text: "After the vote, the mayor said the city would appeal.",
			want: []quoteFrame{{QuoteReported, "the city would appeal", "mayor", "said"}}},
		{name: "control: a day opening the sentence is no part of the name",
			text: "Today Brazil said the company's greed was to blame for the spill.",
			want: []quoteFrame{{QuoteReported, "the company's greed was to blame for the spill", "Brazil", "said"}}},
		{name: "control: a country speaks for its government",
			text: "Brazil said the company's greed was to blame for the spill.",
			want: []quoteFrame{{QuoteReported, "the company's greed was to blame for the spill", "Brazil", "said"}}},
	})
}
