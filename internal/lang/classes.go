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
