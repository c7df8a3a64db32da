package lang

// Small closed classes of grammar the clause, quote, speaker and name rules read (data/en/grammar.lex).
const (
	// SourcePhrases: Phrases that name a source before or after what it says ("according to").
	SourcePhrases Class = "source-phrases"
	// ExistentialOpeners: Words before a name that present it as the
	// new topic ("Then there's Axelrod."): it is as salient as a subject.
	ExistentialOpeners Class = "existential-openers"
	// DegreeAdverbs: Words that modify the subordinator or preposition
	// after them ("almost immediately after", "soon after", "even as").
	DegreeAdverbs Class = "degree-adverbs"
	// UnsaidModals: Modals before a verb of saying that put the saying
	// ahead or in doubt ("the defense may argue"): nothing was said.
	UnsaidModals Class = "unsaid-modals"
	// SNouns: Nouns ending in -s that are never a present verb ("news").
	SNouns Class = "s-nouns"
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
	// PossessiveEndings: The endings of a possessive, with either apostrophe ("'s", "’s").
	PossessiveEndings Class = "possessive-endings"
	// MalePronouns: The pronouns of a man, every case ("he", "him", "his", "himself").
	MalePronouns Class = "male-pronouns"
	// FemalePronouns: The pronouns of a woman, every case ("she", "her", "hers", "herself").
	FemalePronouns Class = "female-pronouns"
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
	// AdditiveConjunctions: The conjunction that adds one more to a list ("and").
	AdditiveConjunctions Class = "additive-conjunctions"
	// ListConjunctions: Conjunctions that join the items of a list ("and", "or").
	ListConjunctions Class = "list-conjunctions"
	// PassiveBeForms: The forms of "be" before a passive participle ("was quoted").
	PassiveBeForms Class = "passive-be-forms"
	// FiniteBeForms: The finite forms of "be" before a participle.
	FiniteBeForms Class = "finite-be-forms"
	// SingularBeForms: The singular finite forms of "be" before a passive cue ("was quoted").
	SingularBeForms Class = "singular-be-forms"
	// PassiveCues: Cues of speech whose object, not subject, is the speaker ("quoted him as saying").
	PassiveCues Class = "passive-cues"
	// AgentPrepositions: The preposition of a passive's agent ("by").
	AgentPrepositions Class = "agent-prepositions"
	// PersonalSubjectPronouns: Personal pronouns of one person as subject ("he", "she").
	PersonalSubjectPronouns Class = "personal-subject-pronouns"
	// PersonalObjectPronouns: Personal pronouns of one person as object ("him", "her").
	PersonalObjectPronouns Class = "personal-object-pronouns"
	// PluralSubjectPronouns: The plural pronoun of a group as subject ("they").
	PluralSubjectPronouns Class = "plural-subject-pronouns"
	// CitingCues: Participles that cite a source ("citing").
	CitingCues Class = "citing-cues"
	// InscriptionVerbs: Verbs of what a written text says, no speech ("reads").
	InscriptionVerbs Class = "inscription-verbs"
	// ConcessiveAdverbs: Adverbs that make the subordinator after them concessive ("even as").
	ConcessiveAdverbs Class = "concessive-adverbs"
	// ContractionTails: What follows an apostrophe in a contraction of a verb.
	ContractionTails Class = "contraction-tails"
	// AmbiguousContractionTails: Contraction tails that may be a possessive too.
	AmbiguousContractionTails Class = "ambiguous-contraction-tails"
	// DemonstrativeSubjects: Demonstratives and expletives that take a contracted verb ("that's", "there's").
	DemonstrativeSubjects Class = "demonstrative-subjects"
	// SourceReportVerbs: Verb prefixes after a name that make it the source of a report.
	SourceReportVerbs Class = "source-report-verbs"
	// NamePhraseOpeners: Words that may open a cited name's phrase and are kept on it.
	NamePhraseOpeners Class = "name-phrase-openers"
	// TimeDemonstratives: Demonstratives that may open a time rather than point back ("This morning").
	TimeDemonstratives Class = "time-demonstratives"
	// StageIrregularPasts: Past forms of the stages of a proceeding that do not end in the past suffix ("pled").
	StageIrregularPasts Class = "stage-irregular-pasts"
	// SubjectBarriers: Subordinators and relatives that open a clause: a verb's subject is never before them ("that", "which", "when").
	SubjectBarriers Class = "subject-barriers"
	// ArgumentPronouns: Pronouns that may fill a verb's subject or object, standing for someone named elsewhere ("he", "they", "it").
	ArgumentPronouns Class = "argument-pronouns"
)
