package lang

// The classes of words the stages look up. Every class here must be in the
// English lexicon (lang_test.go checks it); other languages fill what they
// can.
const (
	// Months maps month names and their abbreviations to 1..12.
	Months Class = "months"
	// Weekdays maps weekday names and abbreviations to 0 (Sunday)..6.
	Weekdays Class = "weekdays"

	// EventParaphrases maps words news uses for the same thing to one
	// concept ("visit" = travel, "summit" = meet).
	EventParaphrases Class = "event-paraphrases"
	// EventWords are base verbs, event nouns and concepts that state a
	// happening: a clause's predicates.
	EventWords Class = "event-words"
	// EventPastForms maps past forms not ending in -ed to their base verb.
	EventPastForms Class = "event-past-forms"
	// EventFrameVerbs are verbs and nouns of saying: who says a fact,
	// not the fact.
	EventFrameVerbs Class = "event-frame-verbs"
	// EventIrrealis are words before a predicate that make it future,
	// modal, intended or conditional.
	EventIrrealis Class = "event-irrealis"
	// EventNegation are words before a predicate that deny it.
	EventNegation Class = "event-negation"
	// EventMovingCounts are the words of counts that move as a story
	// unfolds (the dead, the injured, the missing).
	EventMovingCounts Class = "event-moving-counts"
	// EventParticles are the adverbs after a verb that make another event
	// of it ("check out", "step down", "call off").
	EventParticles Class = "event-particles"
	// EventLocatives are the prepositions that place an event ("in",
	// "at").
	EventLocatives Class = "event-locatives"
	// EventNounMarkers are the determiners and possessives before a noun:
	// a participle after them describes a thing ("his armored train").
	EventNounMarkers Class = "event-noun-markers"
	// EventAuxiliaries are the forms of "be" before a verb's -ing form.
	EventAuxiliaries Class = "event-auxiliaries"
	// EventLightVerbs are verbs whose event is in their object ("taken
	// to hospital", "made an offer"): no predicate of their own.
	EventLightVerbs Class = "event-light-verbs"
	// EventPlaceGeneric are the words of place names that do not tell one
	// place from another ("Center", "Gulf", "North").
	EventPlaceGeneric Class = "event-place-generic"
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
