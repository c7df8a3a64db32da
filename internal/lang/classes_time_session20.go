package lang

// Classes of the session-20 timeline rules (data/en/time.lex).
const (
	// TellingYearOpeners, right before a year, place the telling in it
	// ("at the start of 2015"); the value is the part of the year the
	// telling lies in ("early", "any").
	TellingYearOpeners Class = "telling-year-openers"
	// RetrospectiveWords mark a page that looks back from a later time
	// ("ten years on"): a year its title names is not its telling's.
	RetrospectiveWords Class = "retrospective-words"
)
