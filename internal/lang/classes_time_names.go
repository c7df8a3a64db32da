package lang

// Classes of the timeline's words that are parts of names and titles
// (data/en/time.lex).
const (
	// MonthCompoundParts follow a month and a hyphen in a date ("by
	// March-end"); any other word there makes the month part of a name
	// ("Mar-a-Lago").
	MonthCompoundParts Class = "month-compound-parts"
	// WeekdayOfficeHeads head a title that a weekday and a noun make
	// ("the Friday prayers clergy", "Imam of Friday Prayer"): the weekday
	// names no day.
	WeekdayOfficeHeads Class = "weekday-office-heads"
)
