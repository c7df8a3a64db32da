package nlp

import "testing"

// TestReportedModifierAndApposition checks two shapes where reported
// speech took words no one said: a speech participle that modifies a
// noun ("warning sirens") read as a cue, which also dropped the negation
// before it, and the source's description after a closing "according to
// X," glued to what X said. Texts are made up; each rule has a control.
func TestReportedModifierAndApposition(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a participle after that modifies a noun",
			text: "County records show no indication that warning sirens sounded before the flood reached the town.",
			want: nil},
		{name: "a participle after a determiner modifies a noun",
			text: "Residents of the valley ignored the warning signs that the dam would fail that spring.",
			want: nil},
		{name: "a participle between two nouns modifies the second",
			text: "Residents questioned why the emergency warning systems did not alert them before the fire reached the town.",
			want: nil},
		{name: "control: a participle with its that-clause reports",
			text: "Mayor Jon Keel spoke for an hour on Monday, warning officials that the river would rise overnight.",
			want: []quoteFrame{{QuoteReported, "the river would rise overnight", "Jon Keel", "warning"}}},
		{name: "control: a participle after a comma reports",
			text: "Mayor Jon Keel closed the bridge, warning that the river would rise overnight.",
			want: []quoteFrame{{QuoteReported, "the river would rise overnight", "Jon Keel", "warning"}}},
		{name: "control: a warning that … is a saying",
			text: "On Monday the county issued a warning that the river would rise overnight.",
			want: []quoteFrame{{QuoteReported, "the river would rise overnight", "", "warning"}}},
		{name: "the source's description is not what it said",
			text: "About 9,000 visitors were on the island when the storm hit, according to Mara Quill, executive director of the island's tourism board.",
			want: []quoteFrame{{QuoteReported, "About 9,000 visitors were on the island when the storm hit", "Mara Quill", "according to"}}},
		{name: "control: a clause after the source is what it said",
			text: "In the north, according to Mara Quill, the ferries stopped running on Friday.",
			want: []quoteFrame{{QuoteReported, "In the north the ferries stopped running on Friday", "Mara Quill", "according to"}}},
	})
}
