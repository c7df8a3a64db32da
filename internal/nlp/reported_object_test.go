package nlp

import "testing"

// TestReportedNotTheObject checks that reported speech is what was
// said, not the cue's object or the subject's next act: after "told" a
// noun phrase with no clause is the listener ("told the court in his
// closing argument"), a phrase ending in a colon presents the quotation
// that follows, and "and" with a verb in the past after a noun-phrase
// object opens the subject's next act ("declared a mayday and attempted
// to land again"). The listener may carry where and when it was told,
// and a subject pronoun opens what was told after it. Texts are made
// up in the shape of the spent rounds' sentences; each rule has a
// control.
func TestReportedNotTheObject(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "told and a noun phrase names the listener only",
			text: "Prosecutor Jon Keel told the court in his closing argument.",
			want: nil},
		{name: "control: told and a clause is a frame",
			text: "Mayor Jon Keel told the court the defendant had lied about the loans.",
			want: []quoteFrame{{QuoteReported, "the court the defendant had lied about the loans", "Jon Keel", "told"}}},
		{name: "a phrase ending in a colon presents a quotation",
			text: "Mayor Jon Keel told the local paper:",
			want: nil},
		{name: "a noun phrase and a second act are no saying",
			text: "The pilot declared an emergency and attempted to land again.",
			want: nil},
		{name: "nor an acknowledged issue and an act",
			text: "Harbor Software acknowledged the issue and reverted the update.",
			want: nil},
		{name: "control: a past form before a noun is an adjective of what was said",
			text: "Mayor Jon Keel said the heat and unsettled weather could last through Friday.",
			want: []quoteFrame{{QuoteReported, "the heat and unsettled weather could last through Friday", "Jon Keel", "said"}}},
		{name: "a past participle between a number and a noun modifies it",
			text: "A retired teacher is the first visitor identified among the 115 confirmed victims of the storm.",
			want: nil},
		{name: "control: a cue before its clause reports it",
			text: "The coroner confirmed the victims were identified by Monday.",
			want: []quoteFrame{{QuoteReported, "the victims were identified by Monday", "The coroner", "confirmed"}}},
		{name: "the listener carries the setting before that",
			text: "Fire Chief Jon Keel told families at a private briefing Wednesday afternoon that the crews would remove the rescue dogs.",
			want: []quoteFrame{{QuoteReported, "the crews would remove the rescue dogs", "Jon Keel", "told"}}},
		{name: "a subject pronoun opens what was told",
			text: "Mayor Jon Keel told the Port Ardlow Courier on Saturday he would vote for the levy.",
			want: []quoteFrame{{QuoteReported, "he would vote for the levy", "Jon Keel", "told"}}},
		{name: "control: a pronoun in a relative clause of the listener",
			text: "Mayor Jon Keel tells voters who wonder why he is quiet that he was not raised that way.",
			want: []quoteFrame{{QuoteReported, "voters who wonder why he is quiet that he was not raised that way", "Jon Keel", "tells"}}},
	})
}
