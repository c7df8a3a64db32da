package lang

// Classes of words that tell the writer's narration, or a name that is
// no speaker, from someone's reported words (data/en/narration.lex).
const (
	// ImpostorModifiers: Adjectives that, right before a name, say the
	// one writing was not its bearer ("fake Joe Biden wrote").
	ImpostorModifiers Class = "impostor-modifiers"
	// UnknownWords: Words of the writer's "it is unclear whether …"
	// after what was reported.
	UnknownWords Class = "unknown-words"
	// KnownWords: Words that say the same after "it is not" ("it was
	// not immediately clear").
	KnownWords Class = "known-words"
	// ImpersonalItForms: The forms of "it" that open such a clause.
	ImpersonalItForms Class = "impersonal-it-forms"
	// PossessiveDeterminers: Possessive determiners, after which an
	// "-ing" word with only modifiers between is a noun ("its red
	// warning").
	PossessiveDeterminers Class = "possessive-determiners"
)
