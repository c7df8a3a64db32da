package lang

// Classes the alignment reads (internal/align, data/en/align.lex).
const (
	// FutureWords: Words that put a clause about what will or may happen (modal and future auxiliaries, verbs of plans).
	FutureWords Class = "future-words"
	// TimeContextWords: Words of time around a value (weekdays, parts of day, calendar units, "last", "next"): context that does not tell one slot from another.
	TimeContextWords Class = "time-context-words"
	// EarlierWords: Words that mark a noun's thing as one before the one the story is about ("previous", "former").
	EarlierWords Class = "earlier-words"
	// EventDeterminers: Determiners and possessives before an event noun.
	EventDeterminers Class = "event-determiners"
	// DirectionWords: Words of direction before a place ("from", "off", "away").
	DirectionWords Class = "direction-words"
	// TimeMeasureWords: Words that may stand before a subordinator opening a sentence to measure the time it gives ("three days after", "hours before", "a week since").
	TimeMeasureWords Class = "time-measure-words"
	// HedgeWords: Words that make a value approximate or limit it ("just", "nearly").
	HedgeWords Class = "hedge-words"
	// FacilityWords: Nouns of facilities that place an event inside a place ("hospital", "airport").
	FacilityWords Class = "facility-words"
	// OwnerWords: Prepositions that tie a count to what holds it ("of", "aboard").
	OwnerWords Class = "owner-words"
	// PlacePrepositions: Prepositions before the place of a transfer ("in", "against").
	PlacePrepositions Class = "place-prepositions"
	// PartyResultVerbs: Verbs whose subject owns the share or result they govern ("won 62 percent", "got", "claimed").
	PartyResultVerbs Class = "party-result-verbs"
	// PartyResultNouns: Nouns of a result owned by the one they are "for" ("a win for Widodo, with about 55 percent").
	PartyResultNouns Class = "party-result-nouns"
	// PartyClaimVerbs: Verbs by which a party claims a result for itself ("claimed to have won").
	PartyClaimVerbs Class = "party-claim-verbs"
	// PartyPrepositions: Prepositions between a result noun and the party it is of ("a win for Widodo").
	PartyPrepositions Class = "party-prepositions"
)

// Classes of the term vectors of summaries and stories (data/en/terms.lex).
const (
	// FunctionWords say nothing about a story; both vectors leave them out.
	FunctionWords Class = "function-words"
	// SummaryStopWords are what the summary's vectors leave out besides.
	SummaryStopWords Class = "summary-stop-words"
	// ClusterStopWords are what the story vectors leave out besides.
	ClusterStopWords Class = "cluster-stop-words"
	// OccasionNouns are nouns of scheduled gatherings that hold other
	// events: a speech, a protest, a fact-check is part of a convention,
	// a debate, a summit.
	OccasionNouns Class = "occasion-nouns"
)
