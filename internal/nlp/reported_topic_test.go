package nlp

import "testing"

// Sentences of the spent rounds 13-15 whose reported words were a topic,
// ran over a sentence's end or the speaker's next act, or lost the
// clause before a closing attribution, with controls.
func TestReportedTopicAndEnds(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a topic after an object pronoun",
			text: "After the verdict was delivered, Judge Steven O'Neill thanked jurors for their service, then warned them about interactions with the media.",
			want: nil},
		{name: "control: a topic, then what was said in quotation marks",
			text: "Mayor Jon Keel said about the pier, “It will reopen in May.”",
			want: []quoteFrame{
				{QuoteDirect, "It will reopen in May.", "Jon Keel", "said"},
				{QuoteReported, "about the pier, “It will reopen in May.”", "Jon Keel", "said"},
			}},
		{name: "control: about before a number is an approximation",
			text: "The budget office said about half of the deficit reflected revenue losses from the tax cuts.",
			want: []quoteFrame{{QuoteReported, "about half of the deficit reflected revenue losses from the tax cuts", "The budget office", "said"}}},
		{name: "a sentence that ends inside what was said",
			text: "Turan Kislakci said Sunday that officials have told him Khashoggi is dead.”We have evidence he was killed in a barbaric way.”",
			want: []quoteFrame{
				{QuoteReported, "officials have told him Khashoggi is dead", "Turan Kislakci", "said"},
			}},
		{name: "but refused: the speaker's next act",
			text: "Police Commissioner Sawang said several people had been taken to a nearby hospital but refused to provide an exact figure.",
			want: []quoteFrame{{QuoteReported, "several people had been taken to a nearby hospital", "Commissioner Sawang", "said"}}},
		{name: "control: but with a subject of its own goes on with what was said",
			text: "Police Commissioner Sawang said several people had been taken to a nearby hospital but doctors refused to give details.",
			want: []quoteFrame{{QuoteReported, "several people had been taken to a nearby hospital but doctors refused to give details", "Commissioner Sawang", "said"}}},
		{name: "a compound noun in the next clause's subject",
			text: "The airliner said it had lost contact with Flight JT-610 and Indonesia's search and rescue agency posted images of debris it has found.",
			want: []quoteFrame{
				{QuoteReported, "it had lost contact with Flight JT-610", "The airliner", "said"},
				{QuoteReported, "images of debris it has found", "", "posted"},
			}},
		{name: "control: after a comma, and opens the next clause",
			text: "Mayor Jon Keel said the pier is safe and sound, and harbour officials said the ferry would sail on Monday.",
			want: []quoteFrame{
				{QuoteReported, "the pier is safe and sound", "Jon Keel", "said"},
				{QuoteReported, "the ferry would sail on Monday", "", "said"},
			}},
		{name: "a clause before a closing attribution is what was said",
			text: "Besides the 13 service members killed, 15 were wounded, the Pentagon said.",
			want: []quoteFrame{{QuoteReported, "Besides the 13 service members killed, 15 were wounded", "Pentagon", "said"}}},
		{name: "control: an auxiliary of the closing cue",
			text: "President Robert Mugabe has resigned via a letter, the speaker of Zimbabwe’s parliament has said, halting the impeachment debate.",
			want: []quoteFrame{{QuoteReported, "President Robert Mugabe has resigned via a letter", "the speaker of Zimbabwe’s parliament", "said"}}},
		{name: "control: a topic after a closing cue",
			text: "That's just the competitor that she is, Emma Raducanu said about Fernandez.",
			want: []quoteFrame{{QuoteReported, "That's just the competitor that she is", "Emma Raducanu", "said"}}},
		{name: "control: a plain closing attribution",
			text: "Fifteen service members were wounded, Pentagon spokesman John Kirby said.",
			want: []quoteFrame{{QuoteReported, "Fifteen service members were wounded", "John Kirby", "said"}}},
	})
}

// "according to" inside a clause, with no comma, is part of what the
// frame around it says (spent round 12); set off by a comma it is the
// source of the sentence (control).
func TestReportedAccordingInClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "inside the speaker's clause",
			text: "National Assembly Speaker Woo Won-shik said the president should immediately lift the martial law order according to the parliament's resolution approval, noting that the martial law declaration became invalid.",
			want: []quoteFrame{
				{QuoteReported, "the president should immediately lift the martial law order according to the parliament's resolution approval", "Assembly Speaker Woo Won-shik", "said"},
				{QuoteReported, "the martial law declaration became invalid", "Assembly Speaker Woo Won-shik", "noting"},
			}},
		{name: "control: set off by a comma",
			text: "Nearly three in four say they would like to buy goods made at home, according to the survey.",
			want: []quoteFrame{{QuoteReported, "Nearly three in four say they would like to buy goods made at home", "", "according to"}}},
	})
}
