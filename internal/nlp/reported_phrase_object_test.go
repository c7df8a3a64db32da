package nlp

import "testing"

// Reported speech is a statement: a noun phrase after "declared" names
// an act ("declared the emergency martial law"), not what was said, and
// a past form after an article is an adjective, no verb of a clause ("in
// a televised address"). Sentences from the spent audit rounds, with
// controls.
func TestReportedPhraseObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "declared and a phrase with a participle after an article",
			text: "Yoon declared the emergency martial law in a televised emergency address on Tuesday night.",
			want: nil},
		{name: "control: announced keeps a noun phrase, as annotators do",
			text: "The Kremlin announced Putin’s arrival in Vladivostok.",
			want: []quoteFrame{{QuoteReported, "Putin’s arrival in Vladivostok", "Kremlin", "announced"}}},
		{name: "control: announced and a clause",
			text: "Theresa May announced she is resigning as Tory leader.",
			want: []quoteFrame{{QuoteReported, "she is resigning as Tory leader", "Theresa May", "announced"}}},
		{name: "control: announced and a clause after a long subject",
			text: "Scotland Yard announced the death toll from the blaze had risen to 79.",
			want: []quoteFrame{{QuoteReported, "the death toll from the blaze had risen to 79", "Scotland Yard", "announced"}}},
		{name: "control: announced that",
			text: "Disney announced that the per-share value of the merger consideration is 51.57 US dollars.",
			want: []quoteFrame{{QuoteReported, "the per-share value of the merger consideration is 51.57 US dollars", "Disney", "announced"}}},
	})
}
