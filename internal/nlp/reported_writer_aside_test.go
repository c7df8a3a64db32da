package nlp

import "testing"

// TestWriterAsideAfterFrame checks that what a cue governs ends before
// the writer's words that follow it in the same sentence: a phrase
// summing up the clause, a relative clause opened by a preposition and
// "which", the main clause's verb after a frame inside a relative aside,
// and words cut off inside a "that" clause. Real sentences of PolNeAR
// train, each with a control.
func TestWriterAsideAfterFrame(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a phrase summing up the claim", "Podliska further alleges that he was fired for taking time off to fulfill his military duties, a claim that Gowdy’s office strongly disputes.",
			[]quoteFrame{{QuoteReported, "he was fired for taking time off to fulfill his military duties", "Podliska", "alleges"}}},
		{"a phrase summing up a figure", "Trump’s new PFD form stated that his revenue increased from $362 million in 2014 to $557 million in 2015, an increase of almost $200 million.",
			[]quoteFrame{{QuoteReported, "his revenue increased from $362 million in 2014 to $557 million in 2015", "", "stated"}}},
		{"control: an apposition to a bare subject is the words' own", "The minister said the plan, a move that surprised many, was final.",
			[]quoteFrame{{QuoteReported, "the plan, a move that surprised many, was final", "minister", "said"}}},
		{"a pair of spaced hyphens around an aside", "Jason Furman acknowledged that overhauling business taxes - the United States' corporate tax rate of 35 percent is the highest of any advanced economy - carried the potential for greater benefits.",
			[]quoteFrame{{QuoteReported, "overhauling business taxes carried the potential for greater benefits", "Jason Furman", "acknowledged"}}},
		{"a relative clause opened by a preposition", "Trump said Clinton’s disastrous actions in Libya are not confined to the Benghazi scandal, in which four Americans were killed.",
			[]quoteFrame{{QuoteReported, "Clinton’s disastrous actions in Libya are not confined to the Benghazi scandal", "Donald Trump", "said"}}},
		{"control: a relative clause on a bare subject", "The senator said the scandal, in which four Americans were killed, was a failure of leadership.",
			[]quoteFrame{{QuoteReported, "the scandal, in which four Americans were killed, was a failure of leadership", "senator", "said"}}},
		{"after a source that opens the sentence", "According to the agency, Arizona was the first state to require documentary proof of citizenship from its voters, a practice that has also been adopted by Kansas, Georgia and Alabama.",
			[]quoteFrame{{QuoteReported, "Arizona was the first state to require documentary proof of citizenship from its voters", "the agency", "according to"}}},
		{"the main clause's verb after a relative aside", "Republicans may now ask whether candidates like Donald J. Trump, who suggested the battle against the Islamic State could be left to Russia, are wise choices in a world where Western capitals can be made into killing fields.",
			[]quoteFrame{{QuoteReported, "the battle against the Islamic State could be left to Russia", "Donald Trump", "suggested"}}},
		{"a verb of saying after a relative aside", "The union, which says the firm, run by his son, has grown too fast, announced a strike on Monday.",
			[]quoteFrame{{QuoteReported, "the firm, run by his son, has grown too fast", "The union", "says"}, {QuoteReported, "a strike on Monday", "The union", "announced"}}},
		{"words cut off inside a that clause", "The agency said there was no proof that the virus", nil},
		{"control: the that clause whole", "The agency said there was no proof that the virus had spread.",
			[]quoteFrame{{QuoteReported, "there was no proof that the virus had spread", "The agency", "said"}}},
	})
}

// TestAcronymSpellingRelative checks that an acronym in capitals that
// spells a relative word names the speaker ("the WHO said"), while a
// relative "who" still ends the phrase.
func TestAcronymSpellingRelative(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an acronym that spells who", "The WHO said the risk to the general public was low.",
			[]quoteFrame{{QuoteReported, "the risk to the general public was low", "World Health Organization", "said"}}},
		{"control: the relative who", "Doctors who treated the patients said the risk to the general public was low.",
			[]quoteFrame{{QuoteReported, "the risk to the general public was low", "Doctors", "said"}}},
	})
}

// TestSourceBeforeColon checks that an "according to" source closed by a
// colon presents the quotation after it: the quotation is the source's,
// and the words before the source are the writer's lead-in (news-round21
// harambe-shooting 03.txt); a colon before a list presents none.
func TestSourceBeforeColon(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the writer's lead-in before a source and its colon", "The zoo’s dangerous animal response team quickly evaluated the life-threatening situation and was forced to take the only reasonable solution according to Cincinnati Zoo Director Thane Maynard: “The choice was made to put down, or shoot, Harambe, so he’s gone”",
			[]quoteFrame{{QuoteDirect, "The choice was made to put down, or shoot, Harambe, so he’s gone", "Cincinnati Zoo Director Thane Maynard", "according to"}}},
		{"a source that opens the sentence", "According to the minister: “We tried everything we could.”",
			[]quoteFrame{{QuoteDirect, "We tried everything we could.", "the minister", "according to"}}},
		{"control: a colon before a list", "There are actually four that track the records of the Office of the Secretary of State, according to the State Department:",
			[]quoteFrame{{QuoteReported, "There are actually four that track the records of the Office of the Secretary of State", "the State Department", "according to"}}},
	})
}

// TestOpeningAdverbSpeaker checks that an adverb of time or sequence
// opening the clause with no comma is no part of the speaker's phrase
// (news-round12 maxwell-verdict: "Now the defense may argue …"; news-round14
// myanmar-coup: "Earlier this week the army said …"), while a comma after
// it was already read as an opening phrase.
func TestOpeningAdverbSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"an adverb before a noun phrase", "Now the defense argues the judge violated federal rules of due process.",
			[]quoteFrame{{QuoteReported, "the judge violated federal rules of due process", "the defense", "argues"}}},
		{"an adverb before a name", "Now Trump says the deal is dead.",
			[]quoteFrame{{QuoteReported, "the deal is dead", "Donald Trump", "says"}}},
		{"an adverb and a time", "Earlier this week the army said a coup could not be ruled out if complaints of widespread voting fraud in the election were ignored.",
			[]quoteFrame{{QuoteReported, "a coup could not be ruled out if complaints of widespread voting fraud in the election were ignored", "the army", "said"}}},
		{"a time alone", "Last week the army said a coup could not be ruled out.",
			[]quoteFrame{{QuoteReported, "a coup could not be ruled out", "the army", "said"}}},
		{"a time before a bare noun", "Last night police said the suspect had fled.",
			[]quoteFrame{{QuoteReported, "the suspect had fled", "police", "said"}}},
		{"control: a date set off by a comma", "Earlier on June 4, Premier Tomas Aldane conceded defeat, saying the voters had spoken.",
			[]quoteFrame{{QuoteReported, "the voters had spoken", "Tomas Aldane", "saying"}}},
		{"control: a determiner before a group noun", "This group said a coup could not be ruled out.",
			[]quoteFrame{{QuoteReported, "a coup could not be ruled out", "This group", "said"}}},
		{"control: the adverb set off by a comma", "Meanwhile, the ministry said the talks would resume.",
			[]quoteFrame{{QuoteReported, "the talks would resume", "the ministry", "said"}}},
	})
}
