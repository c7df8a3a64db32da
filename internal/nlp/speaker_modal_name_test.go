package nlp

import "testing"

// A name that is also an auxiliary ("May") stays whole before the cue:
// auxiliaries are written in lower case (spent round 13). An "as" clause
// with no comma to close it reports nothing (spent round 13); "As Trump
// said, …" still reports its main clause (control).
func TestSpeakerModalNameAndAsClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "Theresa May announced",
			text: "UK Prime Minister Theresa May has announced that she will resign on June 7.",
			want: []quoteFrame{{QuoteReported, "she will resign on June 7", "Theresa May", "announced"}}},
		{name: "control: a modal in lower case",
			text: "Defense lawyers may argue that the judge violated federal rules.",
			want: nil},
		{name: "an as clause with no comma",
			text: "As she concluded the speech she fought back tears, as her husband and adviser Philip watched on.",
			want: nil},
	})
}
