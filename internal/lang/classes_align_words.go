package lang

// Classes of words the alignment reads besides (internal/align, data/en/align.lex).
const (
	// CountNumberNames: Words that write a number or a count of one ("nine", "dozens", "scores"), before any hyphen.
	CountNumberNames Class = "count-number-names"
	// OurWords: Words that end in -our in both spellings ("detour").
	OurWords Class = "our-words"
	// DoubledLVerbs: Verbs whose l British English doubles before -ed, -ing, -er ("travelled").
	DoubledLVerbs Class = "doubled-l-verbs"
	// SpellingPairs: British spellings to American ones that the regular correspondences do not reach.
	SpellingPairs Class = "spelling-pairs"
	// GoodsClasses: Goods that states trade and news reports on, to their class ("shell = weapon").
	GoodsClasses Class = "goods-classes"
	// TransferPredicateClasses: Words that govern a transfer, to their class: an intent, a deterrent or an allegation (stems and concepts of the paraphrase groups).
	TransferPredicateClasses Class = "transfer-predicate-classes"
	// SpellingOurFolds: British endings in -our to the American ones.
	SpellingOurFolds Class = "spelling-our-folds"
	// SpellingIseFolds: British endings in -ise and -yse to the American ones.
	SpellingIseFolds Class = "spelling-ise-folds"
	// SpellingTreFolds: British endings in -tre to the American ones, after a consonant.
	SpellingTreFolds Class = "spelling-tre-folds"
	// SpellingDoubledLFolds: British endings with a doubled l to the American ones.
	SpellingDoubledLFolds Class = "spelling-doubled-l-folds"
	// VowelLetters: The letters of vowels.
	VowelLetters Class = "vowel-letters"
	// BoundWords: Words that make a count a bound when they stand just before it ("more than", "at least").
	BoundWords Class = "bound-words"
	// ComparisonWords: The word of a comparison after a scope word ("than").
	ComparisonWords Class = "comparison-words"
	// CountPhraseDeterminers: Determiners and possessives inside the phrase that says what a count counts.
	CountPhraseDeterminers Class = "count-phrase-determiners"
	// RestrictiveRelatives: Words that open a restrictive relative clause after a count ("that", "which").
	RestrictiveRelatives Class = "restrictive-relatives"
	// SpeechConcepts: The concept of the verbs of saying (event-paraphrases).
	SpeechConcepts Class = "speech-concepts"
	// PurposePrepositions: The preposition of a purpose ("for").
	PurposePrepositions Class = "purpose-prepositions"
	// NegationSuffixes: The ending of a negated auxiliary ("n't").
	NegationSuffixes Class = "negation-suffixes"
	// SingularSubjectPronouns: Subject pronouns of one person or thing before a present form in -s.
	SingularSubjectPronouns Class = "singular-subject-pronouns"
	// TimeValuePrepositions: Prepositions a time expression may open with ("on", "in").
	TimeValuePrepositions Class = "time-value-prepositions"
	// SourcePrepositions: The preposition of where goods come from ("from").
	SourcePrepositions Class = "source-prepositions"
)
