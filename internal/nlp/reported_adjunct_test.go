package nlp

import "testing"

// TestReportedWithoutWritersAdjunct checks that what was said ends
// before the writer's words after it: a free adjunct in -ing after a
// comma ("…, raising questions about …"), after an "according to" source
// too, and the time and place of a closing attribution ("…, the mayor
// said Tuesday at a news briefing."), with what follows its comma.
// Texts are made up in the shape of the spent rounds' sentences; each
// rule has a control.
func TestReportedWithoutWritersAdjunct(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a participle after the comma is the writer's",
			text: "Mayor Jon Keel said the pier would reopen in May, raising questions about the ferry schedule.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jon Keel", "said"}}},
		{name: "over a connective set off by commas",
			text: "Mayor Jon Keel denied that the pier was unsafe, however, appearing to rely on an old survey.",
			want: []quoteFrame{{QuoteReported, "the pier was unsafe", "Jon Keel", "denied"}}},
		{name: "a participle after a closing quotation mark keeps the mark",
			text: "Mayor Jon Keel said there are \"about 70 boats we can confirm,\" raising questions about the others.",
			want: []quoteFrame{{QuoteDirect, "about 70 boats we can confirm,", "Jon Keel", "said"}, {QuoteReported, "there are \"about 70 boats we can confirm,\"", "Jon Keel", "said"}}},
		{name: "control: a participle set off inside the clause is said",
			text: "Captain Jon Keel said the search, comprising aircraft and boats, is taking place 900 miles off the cape.",
			want: []quoteFrame{{QuoteReported, "the search, comprising aircraft and boats, is taking place 900 miles off the cape", "Jon Keel", "said"}}},
		{name: "control: including continues the list said",
			text: "Mayor Jon Keel said the storm closed three piers, including the ferry landing.",
			want: []quoteFrame{{QuoteReported, "the storm closed three piers, including the ferry landing", "Jon Keel", "said"}}},
		{name: "control: a participle inside the quotation is the speaker's",
			text: "Mayor Jon Keel said the city was \"done with it, moving on to the next thing\" after the vote.",
			want: []quoteFrame{{QuoteDirect, "done with it, moving on to the next thing", "Jon Keel", "said"}, {QuoteReported, "the city was \"done with it, moving on to the next thing\" after the vote", "Jon Keel", "said"}}},
		{name: "a participle after an according-to source is the writer's",
			text: "The toll from the storm reached 93 on Saturday, according to the county website, making it the deadliest storm in a century.",
			want: []quoteFrame{{QuoteReported, "The toll from the storm reached 93 on Saturday", "the county website", "according to"}}},
		{name: "a closing attribution's time and place are not what was said",
			text: "Some 109 people are still unaccounted for since the collapse on June 24, Mayor Jon Keel said Tuesday afternoon at a news briefing.",
			want: []quoteFrame{{QuoteReported, "Some 109 people are still unaccounted for since the collapse on June 24", "Jon Keel", "said"}}},
		{name: "nor the writer's words after the time's comma",
			text: "Regulators have closed Harbor Bank and taken control of its deposits, the Port Ardlow Banking Authority announced Friday, in what is the largest bank failure in a decade.",
			want: []quoteFrame{{QuoteReported, "Regulators have closed Harbor Bank and taken control of its deposits", "Port Ardlow Banking Authority", "announced"}}},
		{name: "control: a time before a clause is still a report, the time the saying's",
			text: "Mayor Jon Keel said Tuesday the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jon Keel", "said"}}},
	})
}
