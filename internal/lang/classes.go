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
