package lang

// Endings of words: stemmers and plurals (data/en/endings.lex). The
// "-suffix-rules" classes are ordered rules applied with Suffixes.
const (
	// StemSuffixRules are nlp.Stem's rules: plurals, -ing and -ed.
	StemSuffixRules Class = "stem-suffix-rules"
	// UndoubleSuffixRules undouble a consonant doubled before -ing or
	// -ed, or drop a final e.
	UndoubleSuffixRules Class = "undouble-suffix-rules"
	// FinalESuffixRules drop a stem's final e.
	FinalESuffixRules Class = "final-e-suffix-rules"
	// TermStemSuffixRules stem the terms of summaries (internal/brief).
	TermStemSuffixRules Class = "term-stem-suffix-rules"
	// ClusterStemSuffixRules fold the plurals of story vectors' terms
	// (internal/cluster).
	ClusterStemSuffixRules Class = "cluster-stem-suffix-rules"
	// PluralSuffixRules fit a plural noun.
	PluralSuffixRules Class = "plural-suffix-rules"
	// GroupPluralSuffixRules fit a plural naming a group of speakers.
	GroupPluralSuffixRules Class = "group-plural-suffix-rules"
	// CountNounPluralSuffixRules fit a plural count noun after a number.
	CountNounPluralSuffixRules Class = "count-noun-plural-suffix-rules"
	// SlotStemSuffixRules drop what nlp.Stem leaves of an ending that
	// differs between a word's forms ("injur-y", "injur-ed").
	SlotStemSuffixRules Class = "slot-stem-suffix-rules"
	// PluralEndings end a plural noun; cut or added, they meet its
	// singular or plural.
	PluralEndings Class = "plural-endings"
	// ThirdPersonEndings end a verb's third person singular present.
	ThirdPersonEndings Class = "third-person-endings"
)
