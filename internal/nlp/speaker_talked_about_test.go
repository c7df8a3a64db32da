package nlp

import (
	"testing"
	"time"
)

// TestSpeakerNotTalkedAbout checks that a quote goes to the one talking,
// not to a person the text talks about: a surname two people of the
// text bear names neither unless a title picks one, a quotation that is
// its subject's predicate is not the subject's, two quotes of two
// sentences are not one, and a description of a speaker in the quote's
// sentence stops the quote before from going on. Texts are made up in the
// shape of US political coverage; each rule has a control that must keep
// its speaker.
func TestSpeakerNotTalkedAbout(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a surname a widow and her late husband share names neither",
			"Ruth Calder, whose husband, Army Sgt. Lon Calder, was killed in 2011, spoke on the radio on Friday.\n\n“It is an honor to give your medal to another,” Calder said.",
			"It is an honor to give your medal to another,", "Calder"},
		{"control: a surname one person of the text bears is that person",
			"Ruth Calder spoke on the radio on Friday.\n\n“It is an honor to give your medal to another,” Calder said.",
			"It is an honor to give your medal to another,", "Ruth Calder"},
		{"a title of one sex picks the only bearer of that sex",
			"Walter Brisk and his wife, Helen Brisk, spoke at the convention.\n\n“We lost our son,” Mrs. Brisk said.",
			"We lost our son,", "Helen Brisk"},
		{"a title that fits two bearers names neither of them",
			"Amir Zaidi and his son, Tariq Zaidi, were at the rally.\n\n“Vote for unity,” Mr. Zaidi said.",
			"Vote for unity,", "Zaidi"},
		{"a quotation right after its subject is said about it",
			"“We thought only the governor was careless,” said Ken Oda, a journalist. Joe Walsh “kind of misspoke. This is not something to say in public.”",
			"kind of misspoke. This is not something to say in public.", ""},
		{"control: a verb between subject and quotation keeps the subject",
			"Joe Walsh called the plan “a total disgrace” on Monday.",
			"a total disgrace", "Joe Walsh"},
		{"two quotes of two sentences are two speakers'",
			"The media are \"shaping and framing this campaign,\" Gilroy said. Farina, speaking to voters, said, \"Last time I looked, you had not voted yet.\"",
			"Last time I looked, you had not voted yet.", "Farina"},
		{"control: a quote split around its attribution is one",
			"\"We are shaping this campaign,\" Gilroy said, \"and we will win it.\"",
			"We are shaping this campaign and we will win it.", "Gilroy"},
		{"an answer by the one described does not go on in the asker's voice",
			"Lund was asked by moderator Gerard Bakker whether the plan would risk “adding another costly program.” The Ohio senator’s answer was that “the family is what matters most,” so the state should help.",
			"the family is what matters most,", ""},
		{"a quotation after a possessive in a fronted phrase is not the owner's",
			"From Joe Walsh’s “long and rambling speech” in Ohio last week to his call for a new “border force,” the columnist wrote a harsh piece.",
			"long and rambling speech", ""},
		{"a quotation after a copula describes the subject",
			"To Ann Marsh, Joe Walsh is the “kind-hearted and caring” man who saved her farm.",
			"kind-hearted and caring", ""},
		{"control: a verb after the subject keeps it",
			"Joe Walsh warned of “a real disaster” on Monday.",
			"a real disaster", "Joe Walsh"},
		{"a cue before a colon presents the next quote, not the one before",
			"After Justice Ann Marsh said that some students might do better at “less advanced schools,” Joe Walsh said: “I don't like what she said.”",
			"I don't like what she said.", "Joe Walsh"},
		{"a cue before a colon is not the attribution of the quote before it",
			"After Justice Ann Marsh said that some students might do better at “less advanced schools,” Joe Walsh said: “I don't like what she said.”",
			"less advanced schools,", "Ann Marsh"},
		{"control: a progressive is no copula",
			"Joe Walsh is telling diners at a breakfast spot in Ohio that “I need you tomorrow.”",
			"I need you tomorrow.", "Joe Walsh"},
		{"control: a fronted time phrase before the subject",
			"In March, Joe Walsh blasted the firm for its “outrageous practices” in Ohio.",
			"outrageous practices", "Joe Walsh"},
		{"control: a subordinate clause has its own subject",
			"When Joe Walsh used the words “I am not there yet,” he was echoing the speaker.",
			"I am not there yet,", "Joe Walsh"},
		{"control: a colon before narration explains the quote before",
			"“This is the lie his campaign is built on,” Joe Walsh said: that the senator is more conservative than everyone else.",
			"This is the lie his campaign is built on,", "Joe Walsh"},
		{"an as-clause with a verb says whose words the quotation is",
			"As the paper's Ann Marsh puts it, Joe Walsh is trying to make the council “an offer it cannot refuse.”",
			"an offer it cannot refuse.", ""},
		{"an aside between dashes hides where the subject starts",
			"In the letter - addressed to the U.S. attorney for Ohio, Dana K. Reyes - the senator asks whether “the mayor broke the law.”",
			"the mayor broke the law.", ""},
		{"control: a cue after a quote with no colon is its attribution",
			"“We will build it,” Joe Walsh said on Monday.",
			"We will build it,", "Joe Walsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
}

// TestInvertedAttributionNeedsSpeaker checks that "…, said" followed by
// a clause is no attribution whose speaker comes after the cue.
func TestInvertedAttributionNeedsSpeaker(t *testing.T) {
	d := Analyze("Gov. Tom Reyes of Ohio, a Republican who has refused to endorse the nominee, said the Ross family deserved better.", time.Time{})
	for _, q := range d.Quotes {
		if q.Speaker == "Ross" {
			t.Errorf("%q given to the family talked about: %+v", q.Text, q)
		}
	}
	d = Analyze("Turnout was higher than in any year before, said Jane Henson, director of the project.", time.Time{})
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Jane Henson" {
		t.Errorf("control: want the frame of Jane Henson, got %+v", d.Quotes)
	}
}
