package lang

// The classes of words the stages look up. Every class here must be in the
// English lexicon (lang_test.go checks it); other languages fill what they
// can.
const (
	// Months maps month names and their abbreviations to 1..12.
	Months Class = "months"
	// Weekdays maps weekday names and abbreviations to 0 (Sunday)..6.
	Weekdays Class = "weekdays"
)

// Classes of time expressions (internal/nlp/timeexpr.go).
const (
	// TimeBounds maps a word before a time expression that makes it an
	// open interval to which end the expression gives: "from", "after",
	// "before" or "until".
	TimeBounds Class = "time-bounds"
	// RelativeDays maps days named from the reference date to their
	// offset in days ("yesterday" = -1).
	RelativeDays Class = "relative-days"
	// PartsOfDay are the parts of a day ("morning", "night").
	PartsOfDay Class = "parts-of-day"
	// RelativeSteps maps the words picking one of a run of weeks, months,
	// years or seasons to its offset from the current one ("last" = -1).
	RelativeSteps Class = "relative-steps"
	// TimeUnits maps calendar units as written to "day", "week",
	// "weekend", "month" or "year".
	TimeUnits Class = "time-units"
	// Seasons maps season names to the month-day they begin.
	Seasons Class = "seasons"
	// FutureCues put a clause in the future; PastCues in the past;
	// PassiveAuxiliaries before a participle keep it from marking the
	// past ("would be held").
	FutureCues         Class = "future-cues"
	PastCues           Class = "past-cues"
	PassiveAuxiliaries Class = "passive-auxiliaries"
)

// Classes of words that make a sentence depend on the ones before it
// (internal/brief/summary.go).
const (
	// Anaphors are pronouns that point back.
	Anaphors Class = "anaphors"
	// Demonstratives point at something named before ("That estimate").
	Demonstratives Class = "demonstratives"
	// ShellNouns after "the" stand for something said before ("The move").
	ShellNouns Class = "shell-nouns"
	// Connectives tie a sentence to the previous one ("However").
	Connectives Class = "connectives"
	// ScenePrepositions open a scene-setting phrase ("On the quay,").
	ScenePrepositions Class = "scene-prepositions"
)
