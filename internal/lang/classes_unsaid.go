package lang

// Classes of words that tell a phrase is no speaker's words or name
// (data/en/unsaid.lex).
const (
	// PerceptionVerbs: Verbs of hearing and seeing ("reports hearing
	// the boy tell …"): a speaker phrase holding one is a clause.
	PerceptionVerbs Class = "perception-verbs"
	// TopicObjectCues: Cues whose noun-phrase object is the matter
	// explained, not words said ("explaining his decision to …").
	TopicObjectCues Class = "topic-object-cues"
	// NarrationAsSubjects: Pronouns that open the writer's "as" clause
	// after what was reported ("… ” as he apologised").
	NarrationAsSubjects Class = "narration-as-subjects"
	// ConcessionOpeners: Conjunctions of concession that, after an
	// "according to X," inside a sentence, open the writer's clause.
	ConcessionOpeners Class = "concession-openers"
	// NarrationAsOpeners: The word that opens the writer's "as" clause
	// after what was reported.
	NarrationAsOpeners Class = "narration-as-openers"
	// IngFormSuffixRules: The ending of an -ing form ("saying").
	IngFormSuffixRules Class = "ing-form-suffix-rules"
	// SummaryNouns: Nouns that, in a phrase set off by a comma after a
	// clause, sum it up in the writer's words (", a move that …").
	SummaryNouns Class = "summary-nouns"
	// AsideRelativePrepositions: Prepositions that, before "which"
	// after a comma, open the writer's relative clause on a noun of
	// what was said (", in which four Americans were killed").
	AsideRelativePrepositions Class = "aside-relative-prepositions"
	// RiteNouns: Nouns of a rite, a ceremony or an event that a quoted
	// name before them qualifies ("the “washing of the feet” ritual").
	RiteNouns Class = "rite-nouns"
	// RiteVerbs: Verbs of holding or taking part in a rite or an event,
	// whose quoted object is its name ("celebrated the “…”").
	RiteVerbs Class = "rite-verbs"
	// AsideRelativePronouns: The relative pronouns after such a
	// preposition (", in which", ", with whom").
	AsideRelativePronouns Class = "aside-relative-pronouns"
	// HindsightWords: Words of hindsight or appearance in a relative
	// clause on what was said (", which he seemed to recover from"):
	// the writer judging the words with what came after.
	HindsightWords Class = "hindsight-words"
	// OpeningAdverbs: Adverbs of time or sequence that open a clause
	// before its subject with no comma ("Now the defense argues"): no
	// part of the speaker's phrase.
	OpeningAdverbs Class = "opening-adverbs"
	// EpithetNouns: Nouns for a person by the trade or the sport they
	// are known for, with which news text calls its subject after
	// naming them ("Roger Federer … The tennis player confirmed"),
	// unlike an office that brings in an unnamed source ("the
	// prosecutor said").
	EpithetNouns Class = "epithet-nouns"
)
