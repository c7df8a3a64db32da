package lang

// Classes of the clues the timeline reads to a page's own date and to the
// tense of a day it names (data/en/time.lex).
const (
	// TellingYearOpeners, right before a year, place the telling in it
	// ("at the start of 2015"); the value is how many of the year's first
	// months the telling may lie in.
	TellingYearOpeners Class = "telling-year-openers"
	// CountedThingDeterminers stand before the thing a count of years
	// back names ("the election five years ago").
	CountedThingDeterminers Class = "counted-thing-determiners"
	// ThingYearPrepositions join a thing to the year naming it ("the
	// election of 2014").
	ThingYearPrepositions Class = "thing-year-prepositions"
	// RetrospectiveWords mark a page that looks back from a later time
	// ("ten years on"): a year its title names is not its telling's.
	RetrospectiveWords Class = "retrospective-words"
	// EventClauseOpeners open a clause that tells what happened on the
	// day just named ("on Friday evening when a train ran over"): its
	// tense is the day's.
	EventClauseOpeners Class = "event-clause-openers"
	// CitedReportOpeners, right before a day, cite a report already
	// made ("according to a Thursday estimate"): the day is past.
	CitedReportOpeners Class = "cited-report-openers"
)
