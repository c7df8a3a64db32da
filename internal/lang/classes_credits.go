package lang

// Labels, credit lines and notes to editors (data/en/credits.lex), read
// into the regular expressions of internal/nlp.
const (
	// LeadLabels are labels printed before an article's first words.
	LeadLabels Class = "lead-labels-cased"
	// QuoteLineLabels open a line that quotes a statement.
	QuoteLineLabels Class = "quote-line-labels-cased"
	// CreditTasks are the work a credit line credits.
	CreditTasks Class = "credit-tasks"
	// CreditAdditions add a credited task to the byline.
	CreditAdditions Class = "credit-additions"
	// CreditSourcePrepositions tell what a credited work was made from.
	CreditSourcePrepositions Class = "credit-source-prepositions"
	// BylineRoles are the roles of a byline left in the body.
	BylineRoles Class = "byline-roles"
	// EditorNoteLabels open a wire service's note to editors.
	EditorNoteLabels Class = "editor-note-labels"
	// UpdateStamps stand before a live blog's timestamp.
	UpdateStamps Class = "update-stamps"
	// ClockHalves are the halves of the day after a clock time, written
	// with their letters' full stops or without.
	ClockHalves Class = "clock-halves"
	// WireParagraphs name a paragraph in a wire correction stub.
	WireParagraphs Class = "wire-paragraphs"
	// WirePrevious end a wire correction stub.
	WirePrevious Class = "wire-previous"
	// PhotoAgencies are credited in a photo credit in brackets.
	PhotoAgencies Class = "photo-agencies"
	// PhotoCreditWords are the words of a photo credit in brackets.
	PhotoCreditWords Class = "photo-credit-words"
	// CreditWithWords open an AFP-style credit line, capitalised.
	CreditWithWords Class = "credit-with-words"
)

// The attribution patterns' words (data/en/credits.lex).
const (
	// SourceLineLabels label a line naming the source, capitalised.
	SourceLineLabels Class = "source-line-labels"
	// ContributionVerbs, ContributionPrepositions, ContributionDeterminers
	// and ContributionObjects make a contribution line ("contributed to
	// this report").
	ContributionVerbs        Class = "contribution-verbs"
	ContributionPrepositions Class = "contribution-prepositions"
	ContributionDeterminers  Class = "contribution-determiners"
	ContributionObjects      Class = "contribution-objects"
	// AdditionalReportingCues credit an additional reporter.
	AdditionalReportingCues Class = "additional-reporting-cues"
	// ReadMoreCues say where to read the rest.
	ReadMoreCues Class = "read-more-cues"
	// CitationEndVerbs end a name cited after "citing".
	CitationEndVerbs Class = "citation-end-verbs"
	// ToldSourceDeterminers, ToldSourceNouns and ToldCues make "a source
	// told CNN".
	ToldSourceDeterminers Class = "told-source-determiners"
	ToldSourceNouns       Class = "told-source-nouns"
	ToldCues              Class = "told-cues"
	// OutletSourceNouns and OutletSourceVerbs make "CNN's sources said".
	OutletSourceNouns Class = "outlet-source-nouns"
	OutletSourceVerbs Class = "outlet-source-verbs"
	// CitedNameJoiners may join the words of a cited name.
	CitedNameJoiners Class = "cited-name-joiners"
	// CitedNameEnders end a name cited "according to".
	CitedNameEnders Class = "cited-name-enders"
)
