package lang

// Classes of clauses, names and counts (data/en/nlp.lex).
const (
	// StrongSubordinators: Subordinators that open an adjunct clause even without a comma.
	StrongSubordinators Class = "strong-subordinators"
	// PartyLabels: Party labels that stand for a member of the party ("the Republican told"), no speaker's name.
	PartyLabels Class = "party-labels"
	// AnaphoricSources: Source phrases that point back to a source named before ("the same source").
	AnaphoricSources Class = "anaphoric-sources"
	// StampWords: Words of a page's stamps before its first sentence ("Update 12:45 ET:", "date 2016-07-14").
	StampWords Class = "stamp-words"
	// AgeStamps: A page's age notice after its number, glued to its first sentence ("8 year oldDozens of …").
	AgeStamps Class = "age-stamps"
	// ListenerWords: Whom a speaker tells, when one word names them ("told reporters").
	ListenerWords Class = "listener-words"
	// ClauseAuxiliaries: Auxiliaries that make a run of words a clause.
	ClauseAuxiliaries Class = "clause-auxiliaries"
	// RelativePronouns: Pronouns that open a relative clause.
	RelativePronouns Class = "relative-pronouns"
	// Coordinators: Coordinating conjunctions.
	Coordinators Class = "coordinators"
	// NounPhraseOpeners: Determiners and possessives that open a noun phrase.
	NounPhraseOpeners Class = "noun-phrase-openers"
	// ClauseOpeners: Words that, after a comma, open a clause of their own: coordinating conjunctions, subordinators and relative pronouns.
	ClauseOpeners Class = "clause-openers"
	// ReportingObjects: Words after a reporting verb that belong to the frame, not to what is reported ("said in a statement").
	ReportingObjects Class = "reporting-objects"
	// IngNouns: Common nouns ending in -ing that open no clause.
	IngNouns Class = "ing-nouns"
	// PlacePrefixes: Words that open a place's name ("Port", "Mount").
	PlacePrefixes Class = "place-prefixes"
	// NumberedPlaces: Nouns of places named by a number after them ("Pier 39").
	NumberedPlaces Class = "numbered-places"
	// PlaceNouns: Nouns that say the name before or after them is a place.
	PlaceNouns Class = "place-nouns"
	// PlaceAfterNouns: Nouns after a name that make it a place ("coast", "border").
	PlaceAfterNouns Class = "place-after-nouns"
	// OrganisationNouns: Nouns that say the name beside them is an organisation's.
	OrganisationNouns Class = "organisation-nouns"
	// PlaceBeforeWords: Words before a name that make it a place ("near").
	PlaceBeforeWords Class = "place-before-words"
	// DistanceWords: Units of distance before "off" a place.
	DistanceWords Class = "distance-words"
	// CountPersonNouns: Nouns for people a count counts: they count in "people".
	CountPersonNouns Class = "count-person-nouns"
	// CasualtyWords: Words of counts of casualties.
	CasualtyWords Class = "casualty-words"
	// CountAuxiliaries: Auxiliaries between a count and its casualty word ("were injured").
	CountAuxiliaries Class = "count-auxiliaries"
	// SpeechActVerbs: Verbs that narrate an act of speech by its name (an
	// accusation, a request, a refusal, a vow): after ", and" they tell the
	// speaker's or another's next act ("…, and his lawyers then accused
	// Twitter of …").
	SpeechActVerbs Class = "speech-act-verbs"
	// InferenceCues: Cues that, besides a speaker's saying ("Clinton
	// suggested that …"), tell what a thing is evidence of ("The findings
	// suggest that …").
	InferenceCues Class = "inference-cues"
	// EvidenceNouns: Nouns for evidence, which speaks for nobody: as the
	// subject of an inference cue they make it the writer's inference,
	// not reported speech ("the fact that SpaceX has released no update
	// suggests …").
	EvidenceNouns Class = "evidence-nouns"
	// RecordNouns: Nouns for what records or pictures a happening
	// (photos, video, a calendar): it shows what the writer
	// tells and says nothing, neither as the subject of an inference cue
	// ("Photos suggested …") nor after "according to" ("according to
	// webcast video").
	RecordNouns Class = "record-nouns"
	// UntoldDetailGerunds: Gerunds of telling after "without": the
	// writer's note on what a report left out ("announced his death
	// without naming a cause"), no part of what was said.
	UntoldDetailGerunds Class = "untold-detail-gerunds"
	// UntoldDetailOpeners: The preposition before an untold detail's
	// gerund ("without").
	UntoldDetailOpeners Class = "untold-detail-openers"
	// TieParticiples: Participles that tie a noun to a body it stands
	// with ("a Telegram channel associated with the Wagner Group"):
	// after the noun they open its modifier, as a preposition does.
	TieParticiples Class = "tie-participles"
	// HaveForms: Forms of "have" that make a perfect with a participle
	// after them ("had already “wiped out”").
	HaveForms Class = "have-forms"
	// ArrivalSignPrepositions: Prepositions that open the sign an
	// arrival was made known by ("with a double sonic boom").
	ArrivalSignPrepositions Class = "arrival-sign-prepositions"
	// CaptionPlacePrepositions: Prepositions that open the place a
	// photo's caption closes with before its date (", in Palm Beach,
	// Florida, U.S., August 8, 2022").
	CaptionPlacePrepositions Class = "caption-place-prepositions"
	// SignalledArrivalNouns: Nouns of coming or being somewhere that a
	// cue takes as its object with a sign after it ("announced its
	// arrival with a sonic boom"): a sign made it known, not words.
	SignalledArrivalNouns Class = "signalled-arrival-nouns"
	// UnnamedReportNouns: Nouns for news reports that, bare ("according
	// to reports", "reports say"), credit no person, organisation or
	// group: the speaker is shown uncertain.
	UnnamedReportNouns Class = "unnamed-report-nouns"
	// TalkedAboutParticiples: Participles that, after a form of "be",
	// make the subject the one others spoke of ("was accused of …",
	// "has been described as …"): a quote with no cue after them is not
	// the subject's.
	TalkedAboutParticiples Class = "talked-about-participles"
	// DatelineMarks: Marks that close a dateline or a label at a
	// paragraph's start ("SEYNE-LES-ALPES Mar. 27:", "NARA —").
	DatelineMarks Class = "dateline-marks"
	// RecordTimeOpeners: Two words that open the time of a record's state
	// after its noun ("the calendar as of this writing").
	RecordTimeOpeners Class = "record-time-openers"
	// AccordanceNouns: Nouns that, bare after "according to", say in
	// accordance with what, not whose account ("if everything goes
	// according to plan").
	AccordanceNouns Class = "accordance-nouns"
	// CryCues: Cues of cries ("yelled", "shouted"): the words in
	// quotation marks after them are the crier's, and they report no
	// statement of their own.
	CryCues Class = "cry-cues"
	// TopicPrepositions: Prepositions that open the topic of a saying
	// ("warned them about …"), not what was said.
	TopicPrepositions Class = "topic-prepositions"
	// ContrastConjunctions: Conjunctions that, with no comma and no new
	// subject, join the speaker's next act to what a cue reports ("… but
	// refused to provide an exact figure").
	ContrastConjunctions Class = "contrast-conjunctions"
	// MediumPrepositions: Prepositions that open the channel a cue's
	// words went through ("said through an interpreter that …"), no
	// part of what was said.
	MediumPrepositions Class = "medium-prepositions"
	// MediumNouns: Nouns for the occasion or channel of a saying ("on
	// state television", "in a televised address"): a phrase they head
	// after a cue's noun-phrase object tells how it was said, not what.
	MediumNouns Class = "medium-nouns"
	// ActCues: Cues that with a noun-phrase object name an act, not
	// words ("declared a state of emergency", "concluded a summit"):
	// they report speech only with a clause after them.
	ActCues Class = "act-cues"
	// QuantityComparatives: Words before "than" that make a past form
	// after it a verb ("more than doubled"); after another comparative
	// it is a participle with its clause left out ("better than
	// expected results").
	QuantityComparatives Class = "quantity-comparatives"
	// ClauseOrObjectCues: Cues that take a clause or a noun-phrase
	// object ("warned the storm could strengthen", "warned him for
	// hitting"): a statement only with a finite verb.
	ClauseOrObjectCues Class = "clause-or-object-cues"
	// SayingSetObjects: Words a verb of saying takes as a set phrase
	// ("said goodbye to", "said grace"): no words are reported.
	SayingSetObjects Class = "saying-set-objects"
	// TidingsObjects: Nouns that, as the object of a verb of saying, name
	// the telling itself and not its words ("announced the news himself
	// in a Twitter message"); words follow only a "that".
	TidingsObjects Class = "tidings-objects"
	// RequestedThingPrepositions: The preposition that, after a verb of
	// asking and its object, names the thing asked for ("asked Twitter
	// users for logo ideas"): no words are reported.
	RequestedThingPrepositions Class = "requested-thing-prepositions"
	// ReflexiveObjects: Reflexive pronouns; as the object of a verb of
	// saying they make the subject what is shown ("revealed himself to
	// be"), and no words are reported.
	ReflexiveObjects Class = "reflexive-objects"
	// ConcealedQuestionNouns: Nouns that, as a cue's object, stand for
	// an answer the sentence does not give ("announced the name of the
	// new pope" is announcing what the name was): no words are reported.
	ConcealedQuestionNouns Class = "concealed-question-nouns"
	// MadeKnownEvents: Nouns for a happening made known without giving
	// it ("announced the news"): as a cue's object with no "that" they
	// name an act of making known, and no words are reported.
	MadeKnownEvents Class = "made-known-events"
	// WriterGerundOpeners: Words before a gerund cue that make it the
	// writer's remark ("it's worth noting"): nobody is reported.
	WriterGerundOpeners Class = "writer-gerund-openers"
	// SharedAuxiliaries: Auxiliaries that, repeated after "and" with no
	// subject ("had denied that … and had brushed off"), start a second
	// verb phrase of the cue's subject: the writer's account, not what
	// was said.
	SharedAuxiliaries Class = "shared-auxiliaries"
	// ShortAdverbs: Short adverbs between a form of "be" and a past
	// form ("were only denied"), which leave it a passive.
	ShortAdverbs Class = "short-adverbs"
	// AttendantOpeners: Prepositions that open a sentence's phrase of
	// attendant circumstance ("With wind gusts of up to 235mph"); a
	// source set off after it vouches for that phrase only.
	AttendantOpeners Class = "attendant-openers"
	// ParticipleEndings: The ending of a present participle
	// ("announcing"), in which a cue may modify a noun before it.
	ParticipleEndings Class = "participle-endings"
	// SpeakerObjectMarkers: The word that makes a cue's object the
	// speaker of a participle after it ("reported the Red Cross as
	// saying").
	SpeakerObjectMarkers Class = "speaker-object-markers"
	// SayingOccasions: Nouns for the occasion of a saying ("in an
	// unexpected announcement", "in an interview with CNN"): a phrase
	// they head, set off after what was said, is the writer's account of
	// when and how it was said.
	SayingOccasions Class = "saying-occasions"
	// OccasionPrepositions: Prepositions before the occasion of a
	// saying ("in an interview", "at a news conference").
	OccasionPrepositions Class = "occasion-prepositions"
	// ProspectiveAuxiliaries: Auxiliaries of what has not happened yet
	// ("would"): an occasion after them is part of what was said.
	ProspectiveAuxiliaries Class = "prospective-auxiliaries"
	// CircumstanceOpeners: Words that open the writer's circumstance
	// after a source set off by commas ("…, according to police, as the
	// company announced …", "…, amid recriminations"): what the source
	// vouches for ends before them.
	CircumstanceOpeners Class = "circumstance-openers"
	// SourceMarkers: Phrases that name, after what was said, where the
	// writer read it ("…,” as per an Indian Express report"): the
	// writer's sourcing, no part of the words.
	SourceMarkers Class = "source-markers"
	// DenialCues: Verbs that deny what their object says ("denied
	// reports that …"): the object's words are not the subject's.
	DenialCues Class = "denial-cues"
	// ClaimNouns: Nouns for what others claimed, a denial's object
	// before its "that" ("reports", "allegations").
	ClaimNouns Class = "claim-nouns"
	// CircumstancePrepositions: Prepositions that, after a comma,
	// open the writer's circumstance of what was reported (", amid").
	CircumstancePrepositions Class = "circumstance-prepositions"
	// UnfinishedEnds: Words no clause ends with; reported words ending
	// on one were cut off ("which caused more than").
	UnfinishedEnds Class = "unfinished-ends"
	// KinNouns: Nouns for a relative ("his father, Omar Bongo"): the
	// family's surname alone may be another member's.
	KinNouns Class = "kin-nouns"
	// ModifierTitles: Title words that qualify another title or open an
	// organisation's name ("State Department"), not a rank alone.
	ModifierTitles Class = "modifier-titles"
	// RelayObjectVerbs: Verbs whose object a following "as saying" makes
	// the speaker ("The Associated Press quoted X as saying", "Reuters
	// reported the Red Cross as saying"): the verb's subject only relays.
	RelayObjectVerbs Class = "relay-object-verbs"
	// ChantCues: Cues of words a crowd voices together ("chanted"): a
	// slogan, shown with no speaker.
	ChantCues Class = "chant-cues"
)
