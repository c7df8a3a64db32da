package lang

// The classes of words the stages look up. Every class here must be in the
// English lexicon (lang_test.go checks it); other languages fill what they
// can.
const (
	// Months maps month names and their abbreviations to 1..12.
	Months Class = "months"
	// Weekdays maps weekday names and abbreviations to 0 (Sunday)..6.
	Weekdays Class = "weekdays"
	// TimeZones maps the abbreviations printed after a time ("IST") to
	// their offsets ("+05:30"); read them with ZoneOffset.
	TimeZones Class = "time-zones-cased"
)

// Classes of page types and metadata (internal/pagetype, internal/extract).
const (
	// ErrorPagePhrases are what error, block and not-found pages say in
	// their title or headline ("page not found", "access denied").
	ErrorPagePhrases Class = "error-page-phrases"
	// BlockPagePhrases are what bot checks and block pages say anywhere
	// on a short page ("checking your browser", "request unsuccessful").
	BlockPagePhrases Class = "block-page-phrases"
	// PaywallPhrases ask the reader to subscribe or sign in to read on.
	PaywallPhrases Class = "paywall-phrases"
	// ListingTitlePhrases mark the title of a search, tag, category,
	// archive or author page ("search results", "posts tagged").
	ListingTitlePhrases Class = "listing-title-phrases"
	// SectionLabels are the section names a page title may start with
	// before its headline ("Opinion | ...").
	SectionLabels Class = "section-labels"
	// NotAuthorNames are what author fields hold when they name nobody
	// ("No Author", "Staff", "Admin").
	NotAuthorNames Class = "not-author-names"
	// AuthorRoles are the words of a job title after a byline's name
	// ("Senior Staff Technologist", "special correspondent").
	AuthorRoles Class = "author-roles"
	// PublisherWords end a publisher's name ("... Networks", "... Media
	// Group"): a short line of them under an article is a brand line.
	PublisherWords Class = "publisher-words"
	// SharePhrases are the lines of a share bar ("Tweet this", "Digg
	// this", "Trending On Reuters").
	SharePhrases Class = "share-phrases"
	// CreditLabels start a credit line ("Source:", "Photo:").
	CreditLabels Class = "credit-labels"
	// CreditAgencies are the agencies a credit line or a caption names
	// ("Reuters", "AP Photo", "Getty Images").
	CreditAgencies Class = "credit-agencies"
	// CommentPolicyPhrases are what a comment policy says.
	CommentPolicyPhrases Class = "comment-policy-phrases"
)

// Classes of time expressions (internal/nlp/timeexpr.go).
const (
	// TimeBounds maps a word before a time expression that makes it an
	// open interval to which end the expression gives: "from", "after",
	// "before" or "until".
	TimeBounds Class = "time-bounds"
	// RelativeDays maps days named from the reference date to their
	// offset in days ("yesterday" = -1).
	RelativeDays Class = "relative-days"
	// PartsOfDay are the parts of a day ("morning", "night").
	PartsOfDay Class = "parts-of-day"
	// RelativeSteps maps the words picking one of a run of weeks, months,
	// years or seasons to its offset from the current one ("last" = -1).
	RelativeSteps Class = "relative-steps"
	// TimeUnits maps calendar units as written to "day", "week",
	// "weekend", "month" or "year".
	TimeUnits Class = "time-units"
	// Seasons maps season names to the month-day they begin.
	Seasons Class = "seasons"
	// FutureCues put a clause in the future; PastCues in the past;
	// PassiveAuxiliaries before a participle keep it from marking the
	// past ("would be held").
	FutureCues         Class = "future-cues"
	PastCues           Class = "past-cues"
	PassiveAuxiliaries Class = "passive-auxiliaries"
)

// Classes of words that make a sentence depend on the ones before it
// (internal/brief/summary.go).
const (
	// Anaphors are pronouns that point back.
	Anaphors Class = "anaphors"
	// Demonstratives point at something named before ("That estimate").
	Demonstratives Class = "demonstratives"
	// ShellNouns after "the" stand for something said before ("The move").
	ShellNouns Class = "shell-nouns"
	// Connectives tie a sentence to the previous one ("However").
	Connectives Class = "connectives"
	// ScenePrepositions open a scene-setting phrase ("On the quay,").
	ScenePrepositions Class = "scene-prepositions"
)
