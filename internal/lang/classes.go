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

// Speech: quotes, their speakers and reported speech (data/en/speech.lex).
const (
	// SpeechCues are the verbs and phrases that report what someone said
	// ("said", "told", "according to").
	SpeechCues Class = "speech-cues"
	// Pronouns are the personal pronouns, which stand for a speaker
	// named elsewhere and so are never a speaker's name.
	Pronouns Class = "pronouns"
	// HeadPrepositions open a modifier after a noun phrase's head ("a
	// spokesman for Clinton", "residents of Vladivostok").
	HeadPrepositions Class = "head-prepositions"
	// RelativeWords open a relative clause ("who", "which").
	RelativeWords Class = "relative-words"
)
