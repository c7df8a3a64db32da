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
)
