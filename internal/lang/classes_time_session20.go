package lang

// Classes of the session-20 timeline rules (data/en/time.lex).
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
)
