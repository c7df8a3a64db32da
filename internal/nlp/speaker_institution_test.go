package nlp

import "testing"

// A count or a sampling speaks for nobody unless its phrase names who
// made it, and a group noun opening a sentence ("Police say") is the
// group, not a person whose title holds the same word. Sentences from
// the spent audit rounds, with controls.
func TestSpeakerInstitution(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "exit polls in a country name nobody",
			text: "Exit polls in Ukraine indicate standup comedian Volodymyr Zelenskiy has won a landslide victory in the runoff.",
			want: []quoteFrame{{QuoteReported, "standup comedian Volodymyr Zelenskiy has won a landslide victory in the runoff", "", "indicate"}}},
		{name: "according to a poll with no maker",
			text: "According to a poll released on Monday, most voters back the plan.",
			want: []quoteFrame{{QuoteReported, "most voters back the plan", "", "according to"}}},
		{name: "control: a poll by a named pollster keeps its phrase",
			text: "According to a poll by Gallup, most voters back the plan.",
			want: []quoteFrame{{QuoteReported, "most voters back the plan", "a poll by Gallup", "according to"}}},
		{name: "control: a named survey keeps its phrase",
			text: "According to a Gallup survey, most voters back the plan.",
			want: []quoteFrame{{QuoteReported, "most voters back the plan", "a Gallup survey", "according to"}}},
		{name: "police are not the commissioner named later",
			text: "Police say a man in his late 20s has been arrested and charged with murder. New Zealand Police Commissioner Bush confirmed that the man was not known to security services.",
			want: []quoteFrame{
				{QuoteReported, "a man in his late 20s has been arrested and charged with murder", "Police", "say"},
				{QuoteReported, "the man was not known to security services", "Police Commissioner Bush", "confirmed"}}},
		{name: "control: one word of a name is the person named in full",
			text: "Finance Minister Jo Kirby presented the budget on Monday. Kirby said the deficit would shrink.",
			want: []quoteFrame{{QuoteReported, "the deficit would shrink", "Jo Kirby", "said"}}},
	})
}
