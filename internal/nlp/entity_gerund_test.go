package nlp

import "testing"

// A gerund opening a quotation with a name in the possessive as its
// object is no part of the name (spent round 13): "Disney announced" is
// Disney's, not "Combining Disney"'s. A company named with such a word
// keeps it (control, PolNeAR train).
func TestOpeningGerundNoName(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a gerund before a possessive name",
			text: "“Combining Disney’s and 21st Century Fox’s extraordinary collection of creative content is a unique opportunity,” said Robert Iger. Disney announced that the per-share value of the merger consideration is 51.57 dollars.",
			want: []quoteFrame{
				{QuoteDirect, "Combining Disney’s and 21st Century Fox’s extraordinary collection of creative content is a unique opportunity,", "Robert Iger", "said"},
				{QuoteReported, "the per-share value of the merger consideration is 51.57 dollars", "Disney", "announced"},
			}},
		{name: "control: a company's name",
			text: "Playing Field Promotions, a sports and celebrity talent agency, says that Walker has lost close to $100,000 in fees.",
			want: []quoteFrame{{QuoteReported, "Walker has lost close to $100,000 in fees", "Playing Field Promotions", "says"}}},
	})
}
