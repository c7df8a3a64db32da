package nlp

import "testing"

// The subject of a cue is a noun phrase: an adverb after it ("Sawang
// further said"), a participle after a document ("The statement issued
// further stated") and a relative clause ("the government which took
// office in June said") are no part of it. A passive ("have been
// reported among the victims") and a modal that puts the saying ahead
// or in doubt ("may argue") report nothing said. Sentences from the
// spent audit rounds, with controls.
func TestSpeakerSubject(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "an adverb after the name",
			text: "Sawang further said several people had been taken to a nearby hospital.",
			want: []quoteFrame{{QuoteReported, "several people had been taken to a nearby hospital", "Sawang", "said"}}},
		{name: "a document and its participle name no speaker",
			text: "The statement issued further stated that the acquisition is expected to be accretive to Disney earnings per share.",
			want: []quoteFrame{{QuoteReported, "the acquisition is expected to be accretive to Disney earnings per share", "", "stated"}}},
		{name: "a relative clause in the subject",
			text: "Within hours of the disaster, the anti-establishment government which took office in June said it showed Italy needed to spend more.",
			want: []quoteFrame{{QuoteReported, "it showed Italy needed to spend more", "the anti-establishment government", "said"}}},
		{name: "control: a relative clause of an aside",
			text: "Mark Cuban, the billionaire owner of the Dallas Mavericks who rebuffed pleas to run, says he's open to running in the future.",
			want: []quoteFrame{{QuoteReported, "he's open to running in the future", "Mark Cuban", "says"}}},
		{name: "a modal of doubt",
			text: "Now the defense may argue that the judge violated federal rules of due process.",
			want: nil},
		{name: "a passive names no speaker",
			text: "Americans, British, Australians, Turkish, Dutch, Chinese, Portuguese, Indians, and Danes have been reported among the victims.",
			want: nil},
		{name: "a passive after a modal is the writer's formula (round 23, africa-wild-polio-free)",
			text: "It could be recalled that on June 18, WHO certified Nigeria a wild polio-free country after the country’s documentation for wild polio virus-free status was accepted by the Africa Regional Certification Commission for polio eradication.",
			want: nil},
		{name: "control: a modal's passive inside what a ministry said",
			text: "The results will be announced on Monday, the ministry said.",
			want: []quoteFrame{{QuoteReported, "The results will be announced on Monday", "the ministry", "said"}}},
		{name: "control: would of narration",
			text: "Donald Trump would later say that he never met her.",
			want: []quoteFrame{{QuoteReported, "he never met her", "Donald Trump", "say"}}},
		{name: "control: a name that is a modal's word",
			text: "Theresa May said she would resign as Conservative leader.",
			want: []quoteFrame{{QuoteReported, "she would resign as Conservative leader", "Theresa May", "said"}}},
		{name: "control: a passive inside what officials said",
			text: "Three deaths were reported in the town, officials said.",
			want: []quoteFrame{{QuoteReported, "Three deaths were reported in the town", "officials", "said"}}},
	})
}

// "which" after a comma stands for the phrase right before it: a
// speaker named earlier in the sentence is not its antecedent (round 11).
func TestSpeakerWhichRelative(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "which is the second province, not the first",
			text: "Sindh Province in the south was the worst-hit region with 44 killed, followed by the southwestern Balochistan Province, which reported eight deaths with six others injured, the report said.",
			want: []quoteFrame{{QuoteReported, "eight deaths with six others injured", "", "reported"}}},
		{name: "control: which right after its speaker",
			text: "The ministry, which said the road was closed, gave no details.",
			want: []quoteFrame{{QuoteReported, "the road was closed, gave no details", "The ministry", "said"}}},
	})
}
