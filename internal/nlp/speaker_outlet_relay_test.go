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
