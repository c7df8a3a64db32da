package lang

// Small closed classes of grammar the clause, quote, speaker and name rules read (data/en/grammar.lex).
const (
	// SourcePhrases: Phrases that name a source before or after what it says ("according to").
	SourcePhrases Class = "source-phrases"
	// InfinitiveMarkers: Words before a verb's bare form that make an infinitive ("to").
	InfinitiveMarkers Class = "infinitive-markers"
	// TellCues: Cues that name whom something was told before what was told ("told").
	TellCues Class = "tell-cues"
	// JoiningConjunctions: Conjunctions that, before a complementizer, join a second reported clause ("and that").
	JoiningConjunctions Class = "joining-conjunctions"
	// PastSuffixes: Endings of past forms and participles ("-ed").
	PastSuffixes Class = "past-suffixes"
	// ParticipleSuffixes: Endings of present participles ("-ing").
	ParticipleSuffixes Class = "participle-suffixes"
	// AdverbSuffixes: Endings of adverbs ("-ly").
	AdverbSuffixes Class = "adverb-suffixes"
	// NounAdjectiveSuffixes: Endings of nouns and adjectives: such a word after "to" is no verb.
	NounAdjectiveSuffixes Class = "noun-adjective-suffixes"
	// PropositionCues: Verbs that frame reported speech or belief: what follows them is the proposition reported.
	PropositionCues Class = "proposition-cues"
	// DefiniteArticles: The definite article ("the").
	DefiniteArticles Class = "definite-articles"
	// IndefiniteArticles: The indefinite articles ("a", "an").
	IndefiniteArticles Class = "indefinite-articles"
	// GenitivePrepositions: The preposition of possession and of names ("of").
	GenitivePrepositions Class = "genitive-prepositions"
	// OffPrepositions: Prepositions of a place at sea off a coast ("off").
	OffPrepositions Class = "off-prepositions"
	// PlaceNamePrepositions: Prepositions that make the unknown name after them a place's ("in", "near").
	PlaceNamePrepositions Class = "place-name-prepositions"
	// RoleModifiers: Words before a role head that make one role of the two ("prime minister").
	RoleModifiers Class = "role-modifiers"
	// CapitalNouns: The noun of a country's capital ("capital").
	CapitalNouns Class = "capital-nouns"
)
