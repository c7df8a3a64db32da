package lang

// identifiers are the string literals of the rule packages that look like
// words but are no word of a language: names of kinds, units and measures
// the code itself defines, codes of formats and languages, names of
// templates, columns and CSS classes.
var identifiers = map[string][]string{
	// Kinds of values and of names (nlp.Kind*, the value kinds of align).
	"align/conflict.go": {"number", "person", "place", "time"},
	"align/slot.go":     {"length", "number", "ordinal", "person", "place", "time"},
	// "people" is nlp's unit of every count of persons; "that" opens a
	// relative clause's feature ("that", verb), a label compared only
	// with other labels.
	"align/countslot.go": {"number", "people", "that"},
	// Canonical units of nlp's quantities and the measures they belong to.
	"align/measure.go": {"cm", "kg", "km", "l", "length", "m", "mass", "mm", "number", "t", "volume"},
	// Concept labels of the paraphrase groups and nlp's role class keys.
	"align/transfer.go": {"acquire", "leader", "supply"},
	// Language codes ("und" is undetermined).
	"brief/analysis.go": {"en"},
	"brief/briefing.go": {"after", "before", "und"}, // nlp.TimeExpr.Open values
	"nlp/language.go":   {"en"},
	// Column names of the CSV export.
	"brief/csv.go": {"clause", "fact", "status", "text"},
	// Template, function and CSS class names; URL schemes.
	"brief/html.go": {"cell", "css", "date", "day", "http", "https", "inc", "join", "link", "matrix", "pct", "sent"},
	// Record types of the gazetteer file.
	"nlp/gazetteer.go": {"country", "event", "leader", "news", "org", "place", "seat"},
	// Values of the lexicons' writing and number-format classes; keys
	// of the date-markers class naming the open interval a word after a
	// date makes ("since" for "以来"), nlp.TimeExpr's bound kinds.
	"nlp/multilingual.go":      {"after", "apostrophe", "before", "comma", "dot", "no", "since", "space", "until", "yes"},
	"align/moving_unspaced.go": {"no"},
	// "people" and "years" are canonical units the lexicons map words to
	// ("человек = people", "года = years").
	"nlp/multilingual_number.go": {"people", "years"},
	"nlp/multilingual_time.go":   {"after", "before", "dmy", "mdy", "none", "since", "until", "ymd"},
	// Values of the possessive-time-relations class.
	"nlp/timeexpr_possessive.go": {"earlier", "later", "same"},
	// Values of the event-anchors and time-units classes.
	"nlp/timeexpr_anchored.go": {"before", "day", "week"},
	// Kinds of time-bounds ("since = from") the time expressions are
	// bounded by, and the canonical units of time-units ("weeks = week").
	"nlp/timeexpr.go":         {"after", "before", "from", "until"},
	"nlp/timeexpr_resolve.go": {"day", "from", "month", "until", "week", "weekend", "year"},
}
