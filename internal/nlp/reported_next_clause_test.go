package nlp

import "testing"

// After ", and" a verb of an accusation, an attack, a request or a
// refusal, with or without a new subject, narrates a next act: what was
// said ends at the comma (sentences after the spent news round 11 and
// PolNeAR train). Hard negatives: a second "that", a clause of its own
// ("and the council would vote"), a verb that takes what was said
// ("and cited a list of concerns"), an accusation inside the speaker's
// quotation, and "and" with no comma.
func TestReportedNextAct(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a new subject, an adverb, then an accusation",
			text: "Musk said he planned to clean up the spam accounts, and his lawyers then accused Twitter of failing to comply with his requests.",
			want: []quoteFrame{{QuoteReported, "he planned to clean up the spam accounts", "Musk", "said"}}},
		{name: "a pronoun subject",
			text: "Khan said Mr. Trump had shown disrespect to his wife, and he accused Mr. Trump of running a campaign of hatred.",
			want: []quoteFrame{{QuoteReported, "Mr. Trump had shown disrespect to his wife", "Khan", "said"}}},
		{name: "no new subject: the speaker's next act",
			text: "Attorneys for the department said they would miss the deadline, and requested another month.",
			want: []quoteFrame{{QuoteReported, "they would miss the deadline", "Attorneys for the department", "said"}}},
		{name: "a refusal",
			text: "The ministry said several people had been taken to a nearby hospital, and declined to give an exact figure.",
			want: []quoteFrame{{QuoteReported, "several people had been taken to a nearby hospital", "The ministry", "said"}}},
		{name: "control: a second that goes on with what was said",
			text: "The mayor said the pier would reopen in May, and that the council rejected the budget.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May, and that the council rejected the budget", "mayor", "said"}}},
		{name: "control: a clause with a verb of its own before the charge verb",
			text: "The mayor said the pier would reopen in May, and the council would reject the budget.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May, and the council would reject the budget", "mayor", "said"}}},
		{name: "control: a verb that takes what was said",
			text: "Officials said the agency also met with the director of the film, Michael Bay, and cited a list of concerns about the book.",
			want: []quoteFrame{{QuoteReported, "the agency also met with the director of the film, Michael Bay, and cited a list of concerns about the book", "Officials", "said"}}},
		{name: "control: no comma before and",
			text: "Police said the protesters blocked the road and attacked two officers.",
			want: []quoteFrame{{QuoteReported, "the protesters blocked the road and attacked two officers", "Police", "said"}}},
	})
}

func TestNextActStart(t *testing.T) {
	for _, tt := range []struct {
		rest string
		want int
	}{
		{"the vote was rigged, and his lawyers then accused the board", len("the vote was rigged")},
		{"the vote was rigged,” and he railed against it", len("the vote was rigged,”")},
		{"the vote was rigged, and the board accused him of it", len("the vote was rigged")},
		{"he “was told the vote was rigged, and accused the board", -1},
		{"the vote was rigged, and people familiar with it accused the board", -1},
		{"the vote was rigged, and the board had rejected it", -1},
		{"the vote was rigged, and that the board rejected it", -1},
		{"the vote was rigged and rejected by the board", -1},
	} {
		if got := nextActStart(tt.rest); got != tt.want {
			t.Errorf("nextActStart(%q) = %d, want %d", tt.rest, got, tt.want)
		}
	}
}
