package nlp

import "testing"

// TestReportedNotNarration checks that reported speech holds what the
// speaker said and no words of the writer's: no frame in a free relative
// ("what Trump says his plan would do"), a frame in a subordinate clause
// that opens the sentence ends with that clause, an aside between dashes
// is cut out, and a phrase after "even as" does not end what was said.
// A fronted phrase before the subject holds no speaker. Texts are made up
// in the shape of US political coverage; each rule has a control.
func TestReportedNotNarration(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a cue in a free relative frames nothing",
			text: "The gap between what Mayor Jon Keel says his budget would do and what it would actually do began a year ago.",
			want: nil},
		{name: "a cue after how frames nothing",
			text: "That difference between the plan and how experts say it would shape tax law has endured throughout the campaign.",
			want: nil},
		{name: "control: the same words without what are a frame",
			text: "Mayor Jon Keel says his budget would cut taxes for the port.",
			want: []quoteFrame{{QuoteReported, "his budget would cut taxes for the port", "Jon Keel", "says"}}},
		{name: "a frame in an opening subordinate clause ends at its comma",
			text: "Although Mayor Jon Keel has admitted that he used the loophole, he does not defend it.",
			want: []quoteFrame{{QuoteReported, "he used the loophole", "Jon Keel", "admitted"}}},
		{name: "a frame in an opening when-clause ends at its comma",
			text: "When Mayor Jon Keel said the port would close, the council laughed.",
			want: []quoteFrame{{QuoteReported, "the port would close", "Jon Keel", "said"}}},
		{name: "control: a frame of the main clause runs to its comma and conjunction",
			text: "Mayor Jon Keel said on Monday that the budget is balanced, and the council agreed.",
			want: []quoteFrame{{QuoteReported, "the budget is balanced", "Jon Keel", "said"}}},
		{name: "an aside between dashes is the writer's",
			text: "Mayor Jon Keel says the plan to close the port -- a position the council has since dropped -- and the new tax bear the blame for the loss.",
			want: []quoteFrame{{QuoteReported, "the plan to close the port and the new tax bear the blame for the loss", "Jon Keel", "says"}}},
		{name: "control: a single dash still ends what was said",
			text: "Mayor Jon Keel says the plan will pass -- and the council is not so sure.",
			want: []quoteFrame{{QuoteReported, "the plan will pass", "Jon Keel", "says"}}},
		{name: "even as before a phrase does not end what was said",
			text: "Mayor Jon Keel warned that the governor, even as a candidate, had raised the risks for the city.",
			want: []quoteFrame{{QuoteReported, "the governor, even as a candidate, had raised the risks for the city", "Jon Keel", "warned"}}},
		{name: "control: even as before a clause ends what was said",
			text: "Mayor Jon Keel warned that the port would close, even as he says the city will grow.",
			want: []quoteFrame{{QuoteReported, "the port would close", "Jon Keel", "warned"}, {QuoteReported, "the city will grow", "Jon Keel", "says"}}},
		{name: "a phrase before the subject holds no speaker",
			text: "At a forum with union leaders in Ohio on Monday, one questioner claimed that the new rules were hurting the plant.",
			want: []quoteFrame{{QuoteReported, "the new rules were hurting the plant", "one questioner", "claimed"}}},
	})
}

// A subordinate clause alone before a subject and its cue is the
// writer's adverbial: "Although both sides have not confirmed the
// takeover, Musk tweeted …" reports only the tweet (round 11).
func TestReportedNotASubordinateClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a concessive clause before the tweet",
			text: "Although both sides have not confirmed the takeover, Musk tweeted in the early hours of Friday, “the bird is freed”, referencing the logo of the company.",
			want: []quoteFrame{{QuoteDirect, "the bird is freed", "Musk", "tweeted"}}},
		{name: "a concessive clause before a closing attribution",
			text: "Although both sides have not confirmed the takeover, Musk said.",
			want: nil},
		{name: "control: a main clause before the attribution",
			text: "Both sides have not confirmed the takeover, Musk said.",
			want: []quoteFrame{{QuoteReported, "Both sides have not confirmed the takeover", "Musk", "said"}}},
	})
}

// A conjunction right after a cue joins another clause or verb to it:
// "After the closing arguments concluded and the jury went into
// deliberations …" reports nothing (round 11).
func TestReportedNotAConjunction(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "concluded and another clause",
			text: "After the closing arguments concluded and the jury went into deliberations it took them a total of 23 hours to arrive at their decision.",
			want: nil},
		{name: "control: concluded that",
			text: "The commission concluded that the cladding had spread the fire.",
			want: []quoteFrame{{QuoteReported, "the cladding had spread the fire", "The commission", "concluded"}}},
	})
}
