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
