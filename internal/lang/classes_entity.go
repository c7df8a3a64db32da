package lang

// Classes of the name finder (internal/nlp/entity.go, gazetteer.go; data/en/entity.lex).
const (
	// RoleHeads: Nouns that end a role description ("the Kremlin spokesman").
	RoleHeads Class = "role-heads"
	// ModifiedRoleHeads: Role heads that name a role only after a modifier: "the harbour master", but "the master permit".
	ModifiedRoleHeads Class = "modified-role-heads"
	// RoleStopVerbs: Reporting verbs that end a backwards walk for a role before a name.
	RoleStopVerbs Class = "role-stop-verbs"
	// NameConnectors: Words that may stand inside a capitalised name ("Bashar al-Assad", "Ministry of Defence").
	NameConnectors Class = "name-connectors"
	// OrganisationNamePrepositions: Prepositions inside an organisation's name after one of its nouns ("Federal Agency for Air Transport").
	OrganisationNamePrepositions Class = "organisation-name-prepositions"
	// CalendarWords: Words of the calendar that are never a name though capitalised.
	CalendarWords Class = "calendar-words"
	// VesselNouns: Nouns that, just before a name, say it names a ship or boat.
	VesselNouns Class = "vessel-nouns"
	// OrganisationSuffixes: Last words that make a name an organisation's ("... Council", "... Times").
	OrganisationSuffixes Class = "organisation-suffixes"
	// CompanyLegalForms: Last words that name a company's legal form ("Bayer AG", "Vale S.A."), written without dots.
	CompanyLegalForms Class = "company-legal-forms"
	// EventSuffixes: Last words that make a name an event's ("... Summit", "... Games").
	EventSuffixes Class = "event-suffixes"
	// PlaceSuffixes: Last words that make a name a place's ("... River", "... Harbour"). "Hill", "Lane", "Channel" or "Sound" are left out: they end persons' and broadcasters' names as often.
	PlaceSuffixes Class = "place-suffixes"
	// RoleClasses: Role heads that name the same position, to one of them ("dictator = leader").
	RoleClasses Class = "role-classes"
)
