package nlp

import "testing"

// TestPronounInDashAside checks that a "he" or "she" opening an aside
// between dashes right after a name stands for that name, the subject
// the aside interrupts, not for the speaker of the sentence before.
func TestPronounInDashAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "the he of an aside after a name is that name",
			text: "Ryan Eller, a tax lobbyist, said the plan was a good start.\n\nBut some note that Gov. Tom Reyes — even as he says his years in business make him qualified to rewrite the code — has proposed little.",
			want: []quoteFrame{
				{QuoteReported, "the plan was a good start", "Ryan Eller", "said"},
				{QuoteReported, "his years in business make him qualified to rewrite the code", "Tom Reyes", "says"},
			}},
		{name: "control: a name of the other gender before the dash is passed over",
			text: "Sen. Ann Hale praised the plan of Ryan Eller — even as she says the plan costs too much.",
			want: []quoteFrame{
				{QuoteReported, "the plan costs too much", "Ann Hale", "says"},
			}},
	})
}
