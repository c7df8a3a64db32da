package nlp

import "testing"

// Speakers that are things or fragments, the one talked to, an outlet
// relaying, and cue verbs in a sense other than speech: each class with
// hard negatives (the speaker a rule must not take away).
func TestSpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// Documents.
		{name: "a document names no speaker",
			text: "The memo stated that the plant would close in March.",
			want: []quoteFrame{{QuoteReported, "the plant would close in March", "", "stated"}}},
		{name: "a document's issuer after it is the speaker",
			text: "According to a statement issued by the ministry, the border will reopen on Monday.",
			want: []quoteFrame{{QuoteReported, "the border will reopen on Monday", "the ministry", "according to"}}},
		{name: "a document's possessor is the speaker",
			text: "The ministry's statement said that the border would reopen on Monday.",
			want: []quoteFrame{{QuoteReported, "the border would reopen on Monday", "The ministry", "said"}}},
		{name: "control: a role noun still speaks",
			text: "The spokesman said that the border would reopen on Monday.",
			want: []quoteFrame{{QuoteReported, "the border would reopen on Monday", "spokesman", "said"}}},
		// Fragments and time zones.
		{name: "a live blog's time stamp names nobody",
			text: "4:12pm EST: ESPN has confirmed that the coach resigned on Sunday.",
			want: []quoteFrame{{QuoteReported, "the coach resigned on Sunday", "ESPN", "confirmed"}}},
		{name: "the subject of a clause after a subordinator",
			text: "The museum closed its doors early, after Scotland Yard announced the alert had been raised.",
			want: []quoteFrame{{QuoteReported, "the alert had been raised", "Scotland Yard", "announced"}}},
		// Relays and nested attributions.
		{name: "an outlet relays the speaker before it",
			text: "The toll has risen to 40, a regional governor said, according to Reuters.",
			want: []quoteFrame{{QuoteReported, "The toll has risen to 40", "a regional governor", "said"}}},
		{name: "a closing attribution owns the report inside it",
			text: "The crew reported smoke in the cabin and turned back, said the airline's spokeswoman, Ana Ruiz.",
			want: []quoteFrame{{QuoteReported, "The crew reported smoke in the cabin and turned back", "Ana Ruiz", "said"}}},
		{name: "control: a clause after a conjunction is no attribution",
			text: "Governor Ana Ruiz said on Monday that the toll had risen, and the council agreed.",
			want: []quoteFrame{{QuoteReported, "the toll had risen", "Ana Ruiz", "said"}}},
		{name: "control: a participle after the comma is no attribution",
			text: "On Friday, Ana Ruiz told the AP that she would not run again, conceding the seat to Lee.",
			want: []quoteFrame{{QuoteReported, "she would not run again", "Ana Ruiz", "told"}}},
		// The one talked about.
		{name: "a name in what a closing he reports is not he",
			text: "Chief Inspector Mark Ruiz said the search would go on. Detective Sergeant Tom Lee has been appointed to lead the inquiry, he added.",
			want: []quoteFrame{{QuoteReported, "the search would go on", "Inspector Mark Ruiz", "said"}, {QuoteReported, "Detective Sergeant Tom Lee has been appointed to lead the inquiry", "Inspector Mark Ruiz", "added"}}},
		// Cue verbs in another sense.
		{name: "a goal added is no speech",
			text: "Striker Tom Lee added a third after a quick break down the left - finished by a low shot - as the hosts tired.",
			want: nil},
		{name: "a participle after no describes the noun",
			text: "The crash killed at least five, with no reported survivors among those on board.",
			want: nil},
		{name: "a day and a phrase after the cue are adjuncts",
			text: "Ana Ruiz will leave the bank, the company's board announced Friday in a surprise move suggesting she was fired.",
			want: []quoteFrame{{QuoteReported, "Ana Ruiz will leave the bank", "the company's board", "announced"}}},
		{name: "a participle's piece goes on with what was said",
			text: "Six are missing, presumed dead, fire chief Ana Ruiz said on Monday.",
			want: []quoteFrame{{QuoteReported, "Six are missing, presumed dead", "Ana Ruiz", "said"}}},
		{name: "control: a role and a name before the cue are the speaker's",
			text: "The water had reached the roofs, a retired teacher, Tom Lee, said.",
			want: []quoteFrame{{QuoteReported, "The water had reached the roofs", "Tom Lee", "said"}}},
		{name: "a headline before a colon is no part of what was said",
			text: "Ferry sinks off the coast: A ferry carrying 80 people capsized on Sunday, the coast guard confirmed.",
			want: []quoteFrame{{QuoteReported, "A ferry carrying 80 people capsized on Sunday", "the coast guard", "confirmed"}}},
		{name: "control: a day before that keeps the clause",
			text: "The board announced Friday that Ana Ruiz will leave the bank.",
			want: []quoteFrame{{QuoteReported, "Ana Ruiz will leave the bank", "The board", "announced"}}},
		{name: "control: added with its own clause is speech",
			text: "Coach Ana Ruiz added the team would rest on Sunday.",
			want: []quoteFrame{{QuoteReported, "the team would rest on Sunday", "Ana Ruiz", "added"}}},
	})
}

// Direct quotes: the one told, an outlet quoting someone, and a speaker
// described by a participle before the name.
func TestDirectSpeakerClasses(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"the one told is no speaker",
			"“She works harder than anyone,” the former champion told Good Morning America in 2019.",
			"She works harder than anyone,", ""},
		{"the host told is no speaker, nor an epithet for someone named elsewhere",
			"“We never argue about it,” the athlete told the host.",
			"We never argue about it,", ""},
		{"the host told is no speaker",
			"“We never argue about it,” the singer told the host.",
			"We never argue about it,", "singer"},
		{"control: an inverted warned keeps its speaker",
			"“That would be a disaster,” warned Ana Ruiz.",
			"That would be a disaster,", "Ana Ruiz"},
		{"an outlet quoting a named speaker",
			"A spokesman for the Red Cross (ICRC) said the need was “far greater than feared,” Reuters reported.",
			"far greater than feared,", "A spokesman for the Red Cross"},
		{"the defence's words reported by an outlet",
			"The defense argued that Lee “never meant to mislead anyone,” according to CNN.",
			"never meant to mislead anyone,", "The defense"},
		{"control: an outlet's own words",
			"“The storm is the worst in decades,” Reuters reported.",
			"The storm is the worst in decades,", "Reuters"},
		{"a participle before the name describes it",
			"Mark Ruiz said on Monday he was leaving. Greg Lee also announced his departure on Tuesday. A visibly stunned Ruiz left the building. “I loved my time here,” he said.",
			"I loved my time here,", "Mark Ruiz"},
		{"a quote goes on after an interview frame",
			"“We will not pay for it,” Ana Ruiz said in an interview with CNBC. “It is useless.”",
			"It is useless.", "Ana Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
}
