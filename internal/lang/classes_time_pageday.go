package lang

// Classes of the page's own day and of weekday idioms (data/en/pageday.lex).
const (
	// PageStampWords, right before a full date, make it the page's own
	// stamp ("Last updated 23rd Sep 2019").
	PageStampWords Class = "page-stamp-words"
	// PageStampFillers stand between a stamp word and its date ("updated
	// the 23rd September 2019", "published on").
	PageStampFillers Class = "page-stamp-fillers"
	// BylineWords open a byline ("By Nick Miroff"), after which a page
	// prints its own day.
	BylineWords Class = "byline-words-cased"
	// WeekdayIdioms hold a weekday and name no day ("Monday morning
	// quarterbacks").
	WeekdayIdioms Class = "weekday-idioms-cased"
	// TimeSayings hold a time word and date nothing by it ("the wait
	// 'til next year").
	TimeSayings Class = "time-sayings-cased"
	// CaptionPositions, set off by commas after a name, place a person
	// in a photograph and so mark its caption ("Manning, center, is
	// escorted").
	CaptionPositions Class = "caption-positions"
)
