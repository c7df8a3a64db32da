package lang

// Classes of the round-19 timeline rules (data/en/time.lex).
const (
	// WeekdayNameHeads follow a weekday in a name ("Sheffield Wednesday
	// Football Club").
	WeekdayNameHeads Class = "weekday-name-heads-cased"
	// WeekdayHabitNouns are nouns a bare weekday classifies ("Saturday
	// pay"): the weekday names no day.
	WeekdayHabitNouns Class = "weekday-habit-nouns"
	// OpenIntervalFrom is the "from" that opens an interval when nothing
	// after the time closes a range ("from 2012" is from 2012 on).
	OpenIntervalFrom Class = "open-interval-from"
	// OpenFromClosers, after the time, continue or join what "from"
	// opened ("from 2012 to 2015").
	OpenFromClosers Class = "open-from-closers"
	// OpenFromJoiners join a second time to what "from" opened when a
	// time follows them ("from 2012 and 2013").
	OpenFromJoiners Class = "open-from-joiners"
	// OpenFromRunners say the interval "from" opened runs on ("from 2012
	// onwards").
	OpenFromRunners Class = "open-from-runners"
	// RecordNounsBeforeFrom make "from" tell when a record was made ("a
	// photo from 2012"), bounding nothing.
	RecordNounsBeforeFrom Class = "record-nouns-before-from"
	// SameDayAnaphors set a telling on the day the narration last named
	// ("earlier in the day").
	SameDayAnaphors Class = "same-day-anaphors"
	// ContinuingSpeakerPronouns go on with the speaker named before ("…,”
	// he said").
	ContinuingSpeakerPronouns Class = "continuing-speaker-pronouns"
	// OtherFeastCalendars, before a feast that moves with Easter, name a
	// calendar whose Easter is not the Western one ("Orthodox Easter").
	OtherFeastCalendars Class = "other-feast-calendars-cased"
	// OpenFromCloserLeads may stand before the word that closes a range
	// "from" opened ("from 1967 up until 2009").
	OpenFromCloserLeads Class = "open-from-closer-leads"
	// DateMoveVerbs, right before "from", move a date ("postponed from
	// 2025 until 2027"): the two times are the old and the new date, not
	// the ends of a span.
	DateMoveVerbs Class = "date-move-verbs"
	// AfterHappeningAnaphors in an attribution place the telling after
	// the happening the narration has just dated ("said Musk
	// afterward").
	AfterHappeningAnaphors Class = "after-happening-anaphors"
	// NameEpithetArticles stand between a ruler's name and its epithet
	// ("August the Strong"): a month word so followed is a name.
	NameEpithetArticles Class = "name-epithet-articles"
	// RulerEpithets follow such an article in a ruler's name ("the
	// Strong").
	RulerEpithets Class = "ruler-epithets-cased"
	// RangeEndDeterminers stand between the word closing a range and a
	// year modifying the noun that ends it ("until his 2009 death").
	RangeEndDeterminers Class = "range-end-determiners"
)

// Classes of the round-30 timeline rules (data/en/time.lex).
const (
	// FiscalYearWords make a year a fiscal one ("the 2017 fiscal year",
	// "fiscal 2017"), whose months the calendar's are not.
	FiscalYearWords Class = "fiscal-year-words"
)

// Classes of the session-19 timeline rules (data/en/time.lex).
const (
	// TermPrepositions before a span looking ahead make it a term ("for
	// the next 90 days"), whose start is that of what it belongs to.
	TermPrepositions Class = "term-prepositions"
	// SmallHoursWords before a day put a happening after its midnight
	// ("halted early Tuesday").
	SmallHoursWords Class = "small-hours-words"
)
