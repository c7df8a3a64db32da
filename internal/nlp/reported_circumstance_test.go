package nlp

import "testing"

// Reported speech of the spent news rounds whose words held the writer's
// circumstance of the saying (rounds 10-16, judged no), with invented
// controls: the writer's sourcing, the occasion of the saying, a clause
// after a phrase object, the circumstance after a source set off inside
// the sentence, and a passive cue before an infinitive.
func TestReportedCircumstance(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "the writer's sourcing after a closing quotation",
			text: "The company said that Murati, 34, had a “unique skill set” and would provide “a seamless transition,” as per an Indian Express report.",
			want: []quoteFrame{
				{QuoteDirect, "unique skill set", "The company", "said"},
				{QuoteDirect, "a seamless transition,", "The company", "said"},
				{QuoteReported, "Murati, 34, had a “unique skill set” and would provide “a seamless transition,”", "The company", "said"},
			}},
		{name: "the occasion set off by a comma",
			text: "Mayor Jon Keel has said he is resigning, in an unexpected announcement that came as he confirmed a vote for October.",
			want: []quoteFrame{{QuoteReported, "he is resigning", "Jon Keel", "said"}}},
		{name: "the occasion closing the words with a day",
			text: "A tearful Jon Keel confirmed he was leaving the harbour board in an emotional farewell press conference on Sunday.",
			want: []quoteFrame{{QuoteReported, "he was leaving the harbour board", "Jon Keel", "confirmed"}}},
		{name: "control: a future occasion is what was said",
			text: "Mayor Jon Keel said he would explain the plan in a speech on Monday.",
			want: []quoteFrame{{QuoteReported, "he would explain the plan in a speech on Monday", "Jon Keel", "said"}}},
		{name: "control: a purpose is no occasion",
			text: "The Gazette reported the board had flown Keel to Dover, for a possible interview with the mayor.",
			want: []quoteFrame{{QuoteReported, "the board had flown Keel to Dover, for a possible interview with the mayor", "Gazette", "reported"}}},
		{name: "a clause after a phrase object is the writer's",
			text: "Mayor Jon Keel promised a quiet summer, and the mayor's instincts were right.",
			want: nil},
		{name: "control: a clause before the comma keeps what follows",
			text: "Mayor Jon Keel said the pier was closed, and the ferries were late.",
			want: []quoteFrame{{QuoteReported, "the pier was closed, and the ferries were late", "Jon Keel", "said"}}},
		{name: "the circumstance after a source inside the sentence",
			text: "The death toll rose to 84, according to the harbour police, as the ferry company announced that two more boats would stop.",
			want: []quoteFrame{{QuoteReported, "The death toll rose to 84", "the harbour police", "according to"}}},
		{name: "control: a list going on after the source",
			text: "The death toll rose to 84, according to the harbour police, and 12 people are missing.",
			want: []quoteFrame{{QuoteReported, "The death toll rose to 84 and 12 people are missing", "the harbour police", "according to"}}},
		{name: "control: a participle before a closing source is the source's",
			text: "Mayor Jon Keel won the vote, defeating the incumbent with 73 percent, according to final results.",
			want: []quoteFrame{{QuoteReported, "Mayor Jon Keel won the vote, defeating the incumbent with 73 percent", "", "according to"}}},
		{name: "a passive cue before an infinitive is the clause's verb",
			text: "Mayor Jon Keel warned that the storms, which had eased last month, are predicted to continue for weeks.",
			want: []quoteFrame{{QuoteReported, "the storms, which had eased last month, are predicted to continue for weeks", "Jon Keel", "warned"}}},
	})
}
