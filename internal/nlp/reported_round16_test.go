package nlp

import "testing"

// Reported speech of the spent round 16 (scored before these rules were
// written) that held the writer's narration, with invented controls: the
// channel after a noun-phrase object, a listener with an adjective in
// -ed before "that", a channel before "that", an act named by a cue,
// and evidence after a spaced hyphen.
func TestReportedRound16Narration(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "the channel after a noun phrase is no part of it",
			text: "Mayor Jon Keel announced the new budget plan in a televised address on Monday.",
			want: []quoteFrame{{QuoteReported, "the new budget plan", "Jon Keel", "announced"}}},
		{name: "control: a clause keeps its occasion",
			text: "Mayor Jon Keel said the plan would be unveiled in a speech on Monday.",
			want: []quoteFrame{{QuoteReported, "the plan would be unveiled in a speech on Monday", "Jon Keel", "said"}}},
		{name: "a listener with an adjective in -ed before that",
			text: "Mayor Jon Keel told the town in an unexpected late night broadcast on local radio that the pier had collapsed.",
			want: []quoteFrame{{QuoteReported, "the pier had collapsed", "Jon Keel", "told"}}},
		{name: "a channel before that",
			text: "Mayor Jon Keel said through an interpreter that the pier would reopen in May.",
			want: []quoteFrame{{QuoteReported, "the pier would reopen in May", "Jon Keel", "said"}}},
		{name: "an act cue with a noun phrase reports nothing",
			text: "Governor Dana Stiff declared a state of emergency on Wednesday for 30 counties.",
			want: nil},
		{name: "and a summit concluded is no saying",
			text: "Mayor Jon Keel and Governor Dana Stiff concluded an extraordinary meeting Tuesday with promises to rebuild the pier.",
			want: nil},
		{name: "control: an act cue with a clause reports it",
			text: "Governor Dana Stiff declared that the vote was void.",
			want: []quoteFrame{{QuoteReported, "the vote was void", "Dana Stiff", "declared"}}},
		{name: "control: a clause with no determiner after an act cue",
			text: "Governor Dana Stiff declared bankruptcy hurt small businesses across the state.",
			want: []quoteFrame{{QuoteReported, "bankruptcy hurt small businesses across the state", "Dana Stiff", "declared"}}},
		{name: "evidence after a spaced hyphen is the writer's inference",
			text: "The Harbour Party has won more seats than in 2014 - leads suggest the party will cross the 300 mark.",
			want: nil},
	})
}

// A name set off by commas after a source named by its role is the
// source (spent round 16: "According to the country's interim prime
// minister, Claude Joseph, …"), with controls: a group's source and a
// name that opens a list are what was said.
func TestReportedRound16AppositiveSource(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "the role's name is the source",
			text: "According to the harbour master, Declan Ferris, the pier collapsed at dawn.",
			want: []quoteFrame{{QuoteReported, "the pier collapsed at dawn", "Declan Ferris", "according to"}}},
		{name: "control: after a group, the name is what was said",
			text: "According to police, Declan Ferris, 41, was arrested at dawn.",
			want: []quoteFrame{{QuoteReported, "Declan Ferris, 41, was arrested at dawn", "police", "according to"}}},
		{name: "control: a name opening a list is what was said",
			text: "According to the harbour master, Declan Ferris and two divers were trapped.",
			want: []quoteFrame{{QuoteReported, "Declan Ferris and two divers were trapped", "the harbour master", "according to"}}},
	})
}
