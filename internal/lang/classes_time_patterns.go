package lang

// The words of the English time patterns (data/en/time.lex, read by
// internal/nlp/timeexpr.go), one class for each place in a pattern.
const (
	// RangeOpeners open a range of days or months ("from").
	RangeOpeners Class = "range-openers"
	// RangeWords stand between the ends of a range across months.
	RangeWords Class = "range-words"
	// DayRangeWords stand between the two days of a range in a month.
	DayRangeWords Class = "day-range-words"
	// YearRangeWords stand between the two years of a range.
	YearRangeWords Class = "year-range-words"
	// RangeBetweenWords open a range whose ends "and" joins.
	RangeBetweenWords Class = "range-between-words"
	// MonthPreceders place a month without a day ("in March").
	MonthPreceders Class = "month-preceders"
	// MonthBoundPrepositions map the month preceders that bound the
	// time to their kind of time-bounds.
	MonthBoundPrepositions Class = "month-bound-prepositions"
	// YearPreceders place a year ("in 2009").
	YearPreceders Class = "year-preceders"
	// YearRangePreceders open a range of years.
	YearRangePreceders Class = "year-range-preceders"
	// DecadePairPreceders and DecadePreceders open two decades or one.
	DecadePairPreceders Class = "decade-pair-preceders"
	DecadePreceders     Class = "decade-preceders"
	// DecadeParts name a part of a decade ("the late 1990s").
	DecadeParts Class = "decade-parts"
	// WeekdayPairOpeners stand before a weekday or two; WeekdayAlternatives
	// between the two.
	WeekdayPairOpeners  Class = "weekday-pair-openers"
	WeekdayAlternatives Class = "weekday-alternatives"
	// DeadlineBounds are the time-bounds that set a deadline ("by
	// Monday", "no later than Monday").
	DeadlineBounds Class = "deadline-bounds"
	// ClockWords are the words of a clock time besides numbers ("noon",
	// "p.m.").
	ClockWords Class = "clock-words"
	// WeekdayAppositionArticles stand between a full date and a weekday
	// set beside it ("February 3, 2023, a Friday").
	WeekdayAppositionArticles Class = "weekday-apposition-articles"
	// WeekdayPreceders place a weekday ("last Friday").
	WeekdayPreceders Class = "weekday-preceders"
	// NightDays map the relative days that name a night to their offset.
	NightDays Class = "night-days"
	// PartOfDayOpeners stand before a part of a day ("this morning").
	PartOfDayOpeners Class = "part-of-day-openers"
	// AgoCounts, AgoUnits and AgoWords make a time counted back ("three
	// weeks ago").
	AgoCounts Class = "ago-counts"
	AgoUnits  Class = "ago-units"
	AgoWords  Class = "ago-words"
	// RelativeUnits are the units of a relative period ("next week").
	RelativeUnits Class = "relative-units"
	// PeriodOpeners stand before "the" and a part of a period ("at the
	// end of").
	PeriodOpeners Class = "period-openers"
	// SpanOpeners stand before a step word that counts a span from the
	// reference day ("the past week", "this past week"), and SpanUnits
	// are the units it counts in.
	SpanOpeners Class = "span-openers"
	SpanUnits   Class = "span-units"
	// SpanSteps map the words that count a span back (-1) or ahead (1)
	// from the reference day; SpanRefusers after the unit make the step
	// word rank instead ("the last week of July", "the last week before
	// the vote").
	SpanSteps    Class = "span-steps"
	SpanRefusers Class = "span-refusers"
	// AgoComparatives map the words before a count back ("less than two
	// weeks ago") to the open end they leave: after or before.
	AgoComparatives Class = "ago-comparatives"
	// NarrativeSteps are the span steps that, in a clause told in the
	// past, count from the event told ("the next two weeks were quiet").
	NarrativeSteps Class = "narrative-steps"
	// SpanPrepositions before "the next week" make it a period ahead of
	// the telling whatever the clause's tense ("in the next week").
	SpanPrepositions Class = "span-prepositions"
	// ExpressionPrepositions open a time expression of their own ("on
	// Friday", "in 2009"): a bound word right before one takes no time
	// for its object ("as it rampaged through on Friday").
	ExpressionPrepositions Class = "expression-prepositions"
	// NamedDaysCased map the names of days to their date: a month and
	// day, a weekday on or after one, or the dates listed.
	NamedDaysCased Class = "named-days-cased"
	// TimeWordNames are names that hold a time word ("Saturday
	// Night Live"): the word in them dates nothing.
	TimeWordNames Class = "time-word-names-cased"
	// DayOrdinalWords map the ordinal words of the days of a month to
	// the day ("fourth = 4").
	DayOrdinalWords Class = "day-ordinal-words"
	// AmountComparisonWords before "more than" make it compare an amount
	// ("much more than a year ago"), besides numbers.
	AmountComparisonWords Class = "amount-comparison-words"
)
