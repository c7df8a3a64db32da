package lang

// Classes of the quantity finder (internal/nlp/quantity.go, ordinal.go; data/en/quantity.lex).
const (
	// NumberWordValues: Number words and their value, or the range a vague one stands for ("tens of thousands = 1e4 1e5").
	NumberWordValues Class = "number-word-values"
	// OpenNumberWords: Vague plurals that state a floor and no ceiling ("dozens").
	OpenNumberWords Class = "open-number-words"
	// NumberMultiplierValues: Words that multiply the number before them ("million = 1e6").
	NumberMultiplierValues Class = "number-multiplier-values"
	// MeasureUnitsCased: Unit words: the unit a quantity is kept in, the factor to it and, for scales with another zero, the offset ("mile = km 1.609344").
	MeasureUnitsCased Class = "measure-units-cased"
	// MultiWordUnits: Units of more than one word or with a sign, matched before single words.
	MultiWordUnits Class = "multi-word-units"
	// NumberQualifiers: Words before a number that say how exact it is, to the qualifier ("more than = more-than").
	NumberQualifiers Class = "number-qualifiers"
	// PartitiveDeterminers: Determiners between "of" and the counted noun ("two of the sailors").
	PartitiveDeterminers Class = "partitive-determiners"
	// PartitivePronouns: What "of" takes after a number to count what the sentence counted last ("two of them").
	PartitivePronouns Class = "partitive-pronouns"
	// OrdinalWordValues: Ordinal words that count occurrences, to their value ("third = 3").
	OrdinalWordValues Class = "ordinal-word-values"
	// OrdinalSuffixes: What is written after digits to make an ordinal ("12th").
	OrdinalSuffixes Class = "ordinal-suffixes"
	// OrdinalSuffixByNumber: Which ordinal suffix a number takes, keyed by its last two digits, else its last digit, else "other" ("1 = st", "11 = th").
	OrdinalSuffixByNumber Class = "ordinal-suffix-by-number"
	// OrdinalModifiers: Words between an ordinal and its noun that keep it a count ("the 12th consecutive month").
	OrdinalModifiers Class = "ordinal-modifiers"
	// NumberNouns: Words that make a run of text hold a number though no digit or number word is in it ("dozen").
	NumberNouns Class = "number-nouns"
	// MagnitudeScales: Scales written after an earthquake's magnitude ("on the Richter scale").
	MagnitudeScales Class = "magnitude-scales"
	// NumberRangeWords: Words between the two numbers of a range ("to").
	NumberRangeWords Class = "number-range-words"
	// NumberJoiningWords: Words between the parts of a number in words after a scale word ("two hundred and five").
	NumberJoiningWords Class = "number-joining-words"
	// MagnitudeWords: Words written before an earthquake's magnitude ("magnitude").
	MagnitudeWords Class = "magnitude-words"
	// MinusWords: Words that put a temperature below zero ("minus").
	MinusWords Class = "minus-words"
	// CountPronouns: Pronouns in -s after a number that count nothing ("others").
	CountPronouns Class = "count-pronouns"
	// NumberAbbreviations: Abbreviations of "number" before digits ("No.").
	NumberAbbreviations Class = "number-abbreviations"
)
