package lang

// Classes of how a language is written and of what the rules for languages
// other than English read (internal/nlp/multilingual.go): quote marks,
// numbers and dates in the language's own format, cue verbs and the
// words around speakers.
const (
	// Writing maps properties of the script to yes or no: "spaces" (words
	// are separated by spaces), "capitalised-nouns" (every noun starts
	// with a capital, so a capital alone does not make a name).
	Writing Class = "writing"
	// QuoteMarks maps each opening quotation mark to its closing one
	// ("„ = “", "« = »", "「 = 」").
	QuoteMarks Class = "quote-marks"
	// QuoteMarkDoubles maps two single marks written for one double
	// quotation mark to that mark ("'' = \"").
	QuoteMarkDoubles Class = "quote-mark-doubles"
	// NumberFormat maps "thousands" and "decimal" to the separator the
	// language writes in numbers: dot, comma, space or apostrophe.
	NumberFormat Class = "number-format"
	// NumberWords maps the words and numerals of small numbers to their
	// value ("zwei = 2", "三 = 3").
	NumberWords Class = "number-words"
	// NumberMultipliers maps the words that multiply the number before
	// them to the factor ("millionen = 1000000", "万 = 10000").
	NumberMultipliers Class = "number-multipliers"
	// Units maps the words after a number to the unit the quantity is
	// kept in: "people" for every word for people, a currency code, "%",
	// "km"; other count nouns are kept as written.
	Units Class = "units-cased"
	// DateMarkers maps "year", "month" and "day" to the characters written
	// after each number of a date in languages that mark them ("年").
	DateMarkers Class = "date-markers"
	// DateFillers are the words a date puts between its day, month and
	// year ("12 de septiembre de 2023").
	DateFillers Class = "date-fillers"
	// DayOrdinalEndings end a day's number written as an ordinal
	// ("1er" in French); the marks º, ª and ° are read in every
	// language.
	DayOrdinalEndings Class = "day-ordinal-endings"
	// DateOrder says how all-digit dates are ordered: "numeric = dmy",
	// "mdy" or "ymd".
	DateOrder Class = "date-order"
	// Complementizers open the clause of reported speech after a cue
	// ("dass", "que", "что").
	Complementizers Class = "complementizers"
	// AfterQuoteCues only follow a quote ("so" in „…“, so Scholz):
	// cues that name the speaker after them but report no clause.
	AfterQuoteCues Class = "after-quote-cues"
	// SpeakerParticles follow a speaker's name before a quote in
	// languages that mark the subject ("は", "が").
	SpeakerParticles Class = "speaker-particles"
	// PeopleNouns are the nouns for people that a count counts ("Menschen",
	// "personnes"): a number before one counts people.
	PeopleNouns Class = "people-nouns"
	// StopWords carry no content; term vectors leave them out.
	StopWords Class = "stop-words"
)

// ReportNouns name a text that says something ("報導", "报道": the
// report), not who says it: before a cue they are no speaker.
const ReportNouns Class = "report-nouns"

// SpeakerBoundaries open what follows a speaker's name before the cue in
// languages written without spaces (a place, a time, an adverb: "在",
// "昨天"): the speaker ends before them.
const SpeakerBoundaries Class = "speaker-boundaries"

// SettingParticles end a phrase that tells where, when or to whom
// something was said ("記者会見で"), not what was said.
const SettingParticles Class = "setting-particles"

// OwnerParticles join an organisation to its member before a name
// ("保安部の山田部長"): the name follows the last one.
const OwnerParticles Class = "owner-particles"

// CommonNouns are nouns a language that capitalises every noun writes
// beside one another often ("die Polizei Demonstranten"): never a word
// of a name by themselves.
const CommonNouns Class = "common-nouns"

// NounSuffixes end the language's common nouns ("-ung", "-heit"): a
// capitalised word ending so is no name.
const NounSuffixes Class = "noun-suffixes"

// UnitFillers stand between a number and its unit ("2,5 miliardi di
// euro", "millions of dollars").
const UnitFillers Class = "unit-fillers"

// AsCueOpeners open a sentence whose first clause names the speaker of
// the rest ("Как заявил Песков, …", "Wie Müller sagte, …").
const AsCueOpeners Class = "as-cue-openers"

// SpeechDashes introduce direct speech written without quote marks, its
// attribution set off by the same dash ("— Мы готовы, — заявил он.").
const SpeechDashes Class = "speech-dashes"

// ReportedMoodWords are verb forms of the mood a language marks reported
// speech with (German Konjunktiv I and its stand-ins: "sei", "habe",
// "müsse"): a clause after a cue and a comma is reported speech only when
// one of them marks it.
const ReportedMoodWords Class = "reported-mood-words"

// ImpersonalCues report speech without naming a speaker before them ("es
// hieß", "heißt es"): the word before one is no speaker.
const ImpersonalCues Class = "impersonal-cues"

// NamingCues report what a speaker called a thing, the words in quote
// marks after its object ("назвала законопроект «…»"): the speaker stands
// before the cue.
const NamingCues Class = "naming-cues"
