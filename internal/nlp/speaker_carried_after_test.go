package nlp

import "testing"

// TestCarriedSpeakerNamedAfter: a quote of several sentences with no cue
// does not go on from the speaker of the quote before when the words
// after its closing mark name another person ("…,” PM Modi to ISRO
// scientists.", a headline's way of attributing); a quote of one
// sentence is checked alike (control), and a quote with nobody named
// after it still goes on (control).
func TestCarriedSpeakerNamedAfter(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "several sentences, another person named after",
			text: "\"The descent was normal. Data is being analysed,\" the Varsan agency said.\n\"There are ups and downs. This is no small feat. Move forward bravely,\" Premier Tomas Aldane to the scientists.",
			want: []quoteFrame{
				{QuoteDirect, "The descent was normal. Data is being analysed,", "the Varsan agency", "said"},
				{QuoteDirect, "There are ups and downs. This is no small feat. Move forward bravely,", "", ""},
			}},
		{name: "control: one sentence, another person named after",
			text: "\"The descent was normal. Data is being analysed,\" the Varsan agency said.\n\"Move forward bravely,\" Premier Tomas Aldane to the scientists.",
			want: []quoteFrame{
				{QuoteDirect, "The descent was normal. Data is being analysed,", "the Varsan agency", "said"},
				{QuoteDirect, "Move forward bravely,", "", ""},
			}},
	})
}
