package nlp

import "testing"

// Sentences of the spent round 15 (and 10) whose inference or idiom was
// read as reported speech, with controls: a person or a body suggesting
// or revealing something is reported speech, and "according to" before
// a source still credits it.
func TestReportedInference(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "findings suggest: the writer's inference",
			text: "The findings suggest that the destruction of the Airbus A320 aircraft was deliberate rather than due to a technical fault.",
			want: nil},
		{name: "the fact that … suggests",
			text: "It is unclear if the core crashed — but the fact that SpaceX hasn't yet released an update suggests that it wasn't a happy ending.",
			want: nil},
		{name: "information suggests",
			text: "The latest information suggests that eight bogies of the express derailed after colliding with the goods train.",
			want: nil},
		{name: "control: a person suggests",
			text: "Mayor Jon Keel suggested that the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jon Keel", "suggested"}}},
		{name: "control: a body reveals",
			text: "The ministry revealed that three more bodies had been found near the dam.",
			want: []quoteFrame{{QuoteReported, "three more bodies had been found near the dam", "The ministry", "revealed"}}},
		{name: "control: evidence that is said",
			text: "Investigators said the evidence suggests the pilot was alone in the cockpit.",
			want: []quoteFrame{{QuoteReported, "the evidence suggests the pilot was alone in the cockpit", "Investigators", "said"}}},
	})
}

func TestReportedAccordingToPlan(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "according to plan: an idiom, no source",
			text: "If everything goes according to plan, the car will drift into an orbit around Mars.",
			want: nil},
		{name: "according to schedule",
			text: "The launch went ahead according to schedule, and the crew reached the station on Friday.",
			want: nil},
		{name: "control: according to a named source",
			text: "The car will drift into an orbit around Mars, according to SpaceX.",
			want: []quoteFrame{{QuoteReported, "The car will drift into an orbit around Mars", "SpaceX", "according to"}}},
	})
}

// A cue inside brackets reports nothing past the closing bracket
// (spent round 15); a bracket closed before the cue changes nothing.
func TestReportedBracketCue(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a cue in brackets",
			text: "Captain Lee’s reasoning behind his judgment (he told REUTERS) was that he did not want to stir up panic among the passengers.",
			want: nil},
		{name: "control: brackets after the cue",
			text: "Mayor Jon Keel said the ferry (built in 1994) had been inspected in February.",
			want: []quoteFrame{{QuoteReported, "the ferry (built in 1994) had been inspected in February", "Jon Keel", "said"}}},
	})
}

// A cry with its own subject ends the reported words before it, and the
// quotation after it is the crier's (spent round 15).
func TestReportedCry(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "yelled at the one who spoke before",
			text: "Steele told the judge he wanted the bail increased because Cosby was a flight risk, at which point Bill Cosby yelled at Steele, “He doesn’t have a plane you a**hole!”",
			want: []quoteFrame{
				{QuoteDirect, "He doesn’t have a plane you a**hole!", "Bill Cosby", "yelled"},
				{QuoteReported, "he wanted the bail increased because Cosby was a flight risk", "Steele", "told"},
			}},
	})
}

// A passive of telling with nothing after it reports no content (spent
// round 14); a passive with what was told is reported speech.
func TestReportedToldBack(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "said he was told",
			text: "“We have evidence he was killed in a barbaric way,” Turan Kislakci said he was told.",
			want: []quoteFrame{{QuoteDirect, "We have evidence he was killed in a barbaric way,", "Turan Kislakci", "said"}}},
		{name: "control: what he was told follows",
			text: "Turan Kislakci said he was told the journalist had been killed inside the consulate.",
			want: []quoteFrame{{QuoteReported, "he was told the journalist had been killed inside the consulate", "Turan Kislakci", "said"}}},
	})
}

// TestReportedRecord: photos, video or a calendar record
// what happened and say nothing (record-nouns): the sentence is the
// writer's reading of them, no one's words, whether the record is the
// subject of an inference cue or follows "according to". Controls: a
// person suggesting, a source that speaks, a document's issuer.
func TestReportedRecord(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "photos suggested",
			text: "Photos suggested a panel near the rear door of the ferry had come loose.",
			want: nil},
		{name: "according to webcast video",
			text: "The booster touched down on the barge eight minutes after liftoff and stayed upright, according to webcast video of the landing.",
			want: nil},
		{name: "according to a calendar",
			text: "According to the Senate calendar, no vote has been scheduled for the bill this week.",
			want: nil},
		{name: "according to a calendar as of a time",
			text: "According to the Assembly Calendar as of this morning (9:10 CET), no debate has been scheduled.",
			want: nil},
		{name: "control: a person suggested",
			text: "The harbour master suggested a panel near the rear door of the ferry had come loose.",
			want: []quoteFrame{{QuoteReported, "a panel near the rear door of the ferry had come loose", "harbour master", "suggested"}}},
		{name: "control: according to a body",
			text: "According to the Kerrow Fire Service, the blaze was started by lightning.",
			want: []quoteFrame{{QuoteReported, "the blaze was started by lightning", "the Kerrow Fire Service", "according to"}}},
	})
}
