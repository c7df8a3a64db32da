package nlp

import "testing"

// An outlet that reports what another said relays it: the frame is the
// one its report names saying it ("Yonhap reported that the minister
// said …", "…, according to South Korea's Yonhap news agency"), the
// outlet named with its country's possessive. Someone who is no outlet
// reporting another's words keeps them. Sentences from the spent audit
// rounds and made-up ones in their shape, with controls.
func TestSpeakerOutletRelay(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "an agency reported that one it names said",
			text: "Yonhap news agency reported that Defence Minister Kim Yong-hyun said troops would stay in Seoul.",
			want: []quoteFrame{{QuoteReported, "troops would stay in Seoul", "Kim Yong-hyun", "said"}}},
		{name: "a quotation in what the military proclaimed, according to an agency",
			text: "Following Yoon’s announcement, South Korea’s military proclaimed that parliament and other political gatherings that could cause \"social confusion” would be suspended, according to South Korea’s Yonhap news agency.",
			want: []quoteFrame{{QuoteDirect, "social confusion", "South Korea’s military", "proclaimed"}}},
		{name: "what one said, according to an agency",
			text: "South Korea's military proclaimed that all political gatherings would be suspended, according to Yonhap news agency.",
			want: []quoteFrame{{QuoteReported, "all political gatherings would be suspended", "South Korea's military", "proclaimed"}}},
		{name: "control: an agency's own report",
			text: "According to Yonhap, troops would stay in Seoul.",
			want: []quoteFrame{{QuoteReported, "troops would stay in Seoul", "Yonhap", "according to"}}},
		{name: "control: one who is no outlet reporting another's words keeps them",
			text: "The minister reported that the police said the road was closed.",
			want: []quoteFrame{{QuoteReported, "the police said the road was closed", "minister", "reported"}}},
	})
}

// "X quoted Y as saying, “…”": Y said it, X relays it; a pronoun Y
// that cannot be named leaves the speaker unresolved (round 13).
func TestSpeakerQuotedAsSaying(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a lawyer quoting his client, who is not named in the sentence",
			text: "After the verdict Arthur Aidala, his lawyer, quoted him as saying, \"I am innocent.\"",
			want: []quoteFrame{{QuoteDirect, "I am innocent.", "", "saying"}}},
		{name: "the one quoted by name",
			text: "Kyodo quoted Tom Lee as saying, \"I resented it.\"",
			want: []quoteFrame{{QuoteDirect, "I resented it.", "Tom Lee", "saying"}}},
		{name: "control: a participle of the subject's own saying",
			text: "Arthur Aidala left the court, saying, \"We will appeal.\"",
			want: []quoteFrame{{QuoteDirect, "We will appeal.", "Arthur Aidala", "saying"}}},
	})
}
