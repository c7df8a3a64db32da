package nlp

import "testing"

// TestRound27SpeakerClasses checks the quote and speaker classes judged
// wrong in round 27 (BENCHMARKS "2026-12-17 session 17: after round 27,
// quote speakers"). Sentences written in the shapes of the judged ones,
// with controls; every quote of the text.
func TestRound27SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a nickname in marks is nobody's words", "Jo Hart, nicknamed “Sea Wolf” or “the harbour queen” after she led the rescue, accused the port of neglect.",
			[]quoteFrame{{QuoteDirect, "the harbour queen", "", "nicknamed"}}},
		{"a name after known as", "The plan, known as “the northern harbour scheme”, was dropped.",
			[]quoteFrame{{QuoteDirect, "the northern harbour scheme", "", "known"}}},
		{"control: words said after a cue", "Jo Hart said “the harbour is safe now”.",
			[]quoteFrame{{QuoteDirect, "the harbour is safe now", "Jo Hart", "said"}}},
		{"a closing she after the sentence's own subject", "Army chief Ada Bello spoke first.\nJo Hart said she chose to “call new elections so that the people can vote”, she said at a news conference.",
			[]quoteFrame{
				{QuoteDirect, "call new elections so that the people can vote", "Jo Hart", "said"},
				{QuoteReported, "she chose to “call new elections so that the people can vote”", "Jo Hart", "said"},
			}},
		{"control: a report as the sentence's subject", "Army chief Ada Bello spoke first.\nThe report said the port was “closed for good”, she said.",
			[]quoteFrame{{QuoteDirect, "closed for good", "Ada Bello", "said"}}},
		{"a quotation whose closing mark never comes", "“We are a tight knit town,” Ada Bello, a classmate, told the Courier. “Our town is mourning her loss with our love and condolences\n\n“Our hearts are grieving right now,” Mayor Jo Hart said Sunday.",
			[]quoteFrame{
				{QuoteDirect, "We are a tight knit town,", "Ada Bello", "told"},
				{QuoteDirect, "Our hearts are grieving right now,", "Jo Hart", "said"},
			}},
		{"control: a quotation going on in the next paragraph", "“We are a tight knit town,” Ada Bello, a classmate, told the Courier. “Our town is mourning her loss.\n\n“Our hearts are grieving right now,” Bello said.",
			[]quoteFrame{
				{QuoteDirect, "We are a tight knit town,", "Ada Bello", "told"},
				{QuoteDirect, "Our town is mourning her loss. Our hearts are grieving right now,", "Ada Bello", "said"},
			}},
		{"control: a lost mark, the next paragraph going on unattributed", "But Jo Hart, of Peak Tours, wrote in a blog: “I counted 13 helicopter lifts over the camp\n\n“Everyone is shaken here at Base Camp. Reality has set in.”",
			[]quoteFrame{{QuoteDirect, "I counted 13 helicopter lifts over the camp Everyone is shaken here at Base Camp. Reality has set in.", "Jo Hart", "wrote"}}},
		{"a name in a relative clause on the subject", "Jo Hart won the vote.\nThe 77-year-old veteran socialist who defeated Ada Bello in the October elections stated, “These fanatics have done something never seen.”",
			[]quoteFrame{{QuoteDirect, "These fanatics have done something never seen.", "", "stated"}}},
		{"control: a relative word after a subordinator", "The floods hit millions of people after which the Kessary government declared a “national emergency”.",
			[]quoteFrame{{QuoteDirect, "national emergency", "the Kessary government", "declared"}}},
	})
}
