package nlp

import "testing"

// Sentences of the spent round 14 whose listener or closing relay was
// read as what was said, with controls: a listener with a title before
// its name ("told new German Chancellor Olaf Scholz the …"), a listener
// before the subject of what was told ("told the newspaper Ghosn did
// not …"), a listener whose name holds a cue word ("The Washington
// Post"), and an outlet relaying it after a comma ("…, reports CBS
// News").
func TestReportedRound14Listeners(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a titled listener, then what was told",
			text: "French President Emmanuel Macron on Wednesday told new German Chancellor Olaf Scholz the two countries would work together to shape the future of Europe.",
			want: []quoteFrame{{QuoteReported, "the two countries would work together to shape the future of Europe", "Emmanuel Macron", "told"}}},
		{name: "a listener, then a name opening what was told",
			text: "One unidentified person told the newspaper Ghosn did not believe he would get a fair trial there.",
			want: []quoteFrame{{QuoteReported, "Ghosn did not believe he would get a fair trial there", "One unidentified person", "told"}}},
		{name: "control: a listener, then that",
			text: "Mayor Jon Keel told the council that Port Ardlow would reopen the pier in May.",
			want: []quoteFrame{{QuoteReported, "Port Ardlow would reopen the pier in May", "Jon Keel", "told"}}},
		{name: "only listeners told, one named with a cue word: nothing said",
			text: "Saudi Arabia murdered dissident journalist Jamal Khashoggi inside its consulate in Istanbul, unnamed Turkish officials told Reuters and The Washington Post.",
			want: nil},
		{name: "an outlet relaying after a comma is not what was said",
			text: "Olivarez said all of the victims were in that one classroom, reports The Associated Press.",
			want: []quoteFrame{{QuoteReported, "all of the victims were in that one classroom", "Olivarez", "said"}}},
		{name: "and without a determiner",
			text: "Officials say the gunman shot his grandmother before the attack, reports CBS News.",
			want: []quoteFrame{{QuoteReported, "the gunman shot his grandmother before the attack", "Officials", "say"}}},
		{name: "control: a relay inside the sentence leaves what follows",
			text: "Olivarez said the gunman, reports CBS News, had bought two rifles.",
			want: []quoteFrame{{QuoteReported, "the gunman, reports CBS News, had bought two rifles", "Olivarez", "said"}}},
	})
}

// A capitalised noun that ends a name ("The Washington Post") is no
// document whose issuer speaks ("The Washington"); a lower-case one is
// (control). Sentence from the spent round 14.
func TestReportedRound14NameNotDocument(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "two outlets, one named with a document noun",
			text: "Saudi Arabia has denied the allegations, according to Reuters and The Washington Post. Reporters from Reuters toured the Saudi consulate on Saturday.",
			want: []quoteFrame{{QuoteReported, "Saudi Arabia has denied the allegations", "Reuters and The Washington Post", "according to"}}},
		{name: "control: a lower-case document speaks through its issuer",
			text: "Saudi Arabia has denied the allegations, according to a Foreign Ministry statement.",
			want: []quoteFrame{{QuoteReported, "Saudi Arabia has denied the allegations", "Foreign Ministry", "according to"}}},
	})
}
