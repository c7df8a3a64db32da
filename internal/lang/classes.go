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
	// EventParaphrases maps words news uses for the same thing to one
	// concept ("visit" = travel, "summit" = meet).
	EventParaphrases Class = "event-paraphrases"
	// EventWords are base verbs, event nouns and concepts that state a
	// happening: a clause's predicates.
	EventWords Class = "event-words"
	// EventPastForms maps past forms not ending in -ed to their base verb.
	EventPastForms Class = "event-past-forms"
	// EventFrameVerbs are verbs and nouns of saying: who says a fact,
	// not the fact.
	EventFrameVerbs Class = "event-frame-verbs"
	// EventIrrealis are words before a predicate that make it future,
	// modal, intended or conditional.
	EventIrrealis Class = "event-irrealis"
	// EventConditional are the words of EventIrrealis that make a
	// predicate only possible or conditional ("could", "if"), as against
	// planned or expected: a prospect told as real ("faces a sentence")
	// is not one that might be ("could face a sentence").
	EventConditional Class = "event-conditional"
	// EventNegation are words before a predicate that deny it.
	EventNegation Class = "event-negation"
	// EventMovingCounts are the words of counts that move as a story
	// unfolds (the dead, the injured, the missing).
	EventMovingCounts Class = "event-moving-counts"
	// EventMovingCountKinds maps a moving count's word to what it counts
	// ("遇难" = dead) where words of one kind are many and no stemmer
	// joins them (languages written without spaces).
	EventMovingCountKinds Class = "event-moving-count-kinds"
	// EventParticles are the adverbs after a verb that make another event
	// of it ("check out", "step down", "call off").
	EventParticles Class = "event-particles"
	// EventLocatives are the prepositions that place an event ("in",
	// "at").
	EventLocatives Class = "event-locatives"
	// EventNounMarkers are the determiners and possessives before a noun:
	// a participle after them describes a thing ("his armored train").
	EventNounMarkers Class = "event-noun-markers"
	// EventAuxiliaries are the forms of "be" before a verb's -ing form.
	EventAuxiliaries Class = "event-auxiliaries"
	// EventLightVerbs are verbs whose event is in their object ("taken
	// to hospital", "made an offer"): no predicate of their own.
	EventLightVerbs Class = "event-light-verbs"
	// EventPlaceGeneric are the words of place names that do not tell one
	// place from another ("Center", "Gulf", "North").
	EventPlaceGeneric Class = "event-place-generic"
)

// Speech: quotes, their speakers and reported speech (data/en/speech.lex).
const (
	// SpeechCues are the verbs and phrases that report what someone said
	// ("said", "told").
	SpeechCues Class = "speech-cues"
	// SpeechParticiples report speech in a clause hanging off the main
	// verb ("…, adding that …").
	SpeechParticiples Class = "speech-participles"
	// ListenerCues name whom something was said to before what was said
	// ("told the Times that …").
	ListenerCues Class = "listener-cues"
	// ParticiplePrepositions are words in -ing that open a phrase of the
	// clause they follow, not a free adjunct of the writer's after a
	// comma ("…, including Ohio", "…, according to …").
	ParticiplePrepositions Class = "participle-prepositions"
	// ObjectCues are cues of saying whose plain noun-phrase object is
	// whom it was said to ("told the court in his closing argument"):
	// after them what follows is said only when it is a clause.
	ObjectCues Class = "object-cues"
	// ControlCues take an object and an infinitive that is no statement
	// ("urged residents to leave").
	ControlCues Class = "control-cues"
	// Pronouns are the personal pronouns, which stand for a speaker
	// named elsewhere and so are never a speaker's name.
	Pronouns Class = "pronouns"
	// SubjectPronouns open a clause as its subject.
	SubjectPronouns Class = "subject-pronouns"
	// ElidedParticles join a name's next word to it ("d’" of "Ballon d’Or").
	ElidedParticles Class = "elided-particles"
	// ExpletiveSubjects open a clause as its dummy subject ("there are").
	ExpletiveSubjects Class = "expletive-subjects"
	// MannerNouns head a relative clause of manner with a gap ("the way
	// we observe the universe").
	MannerNouns Class = "manner-nouns"
	// RelativeWords open a relative clause ("who", "which").
	RelativeWords Class = "relative-words"
	// Determiners may open a speaker's noun phrase.
	Determiners Class = "determiners"
	// PhraseDeterminers open a noun phrase and never a clause.
	PhraseDeterminers Class = "phrase-determiners"
	// CueAuxiliaries stand between a speaker and its cue ("have said").
	CueAuxiliaries Class = "cue-auxiliaries"
	// FiniteWords mark a clause rather than an aside.
	FiniteWords Class = "finite-words"
	// GroupNouns name a group of speakers ("officials", "media").
	GroupNouns Class = "group-nouns"
	// HeadPrepositions open a modifier after a noun phrase's head ("a
	// spokesman for Clinton", "residents of Vladivostok").
	HeadPrepositions Class = "head-prepositions"
	// ObjectPrepositions govern the noun phrase after them, which is
	// then their object and no verb's subject ("acquaintances of the
	// player said", "when reached by CNN").
	ObjectPrepositions Class = "object-prepositions"
	// AbsolutePrepositions open an absolute phrase whose noun phrase is
	// the subject of the participle after it ("with the leader saying
	// …").
	AbsolutePrepositions Class = "absolute-prepositions"
	// RelativeSubjects open a relative clause on a person or a body
	// and stand as its subject ("Hart, who chairs the board, said").
	RelativeSubjects Class = "relative-subjects"
	// ContrastCoordinators join a clause with a subject of its own to
	// the one before ("…, but Suri disallowed it, saying …").
	ContrastCoordinators Class = "contrast-coordinators"
	// ReducedRelatives open a clause about a source ("seen by").
	ReducedRelatives Class = "reduced-relatives"
	// SubjectAdverbs stand between a subject and its verb without being
	// part of the subject ("the Kremlin last week said").
	SubjectAdverbs Class = "subject-adverbs"
	// AfterCueWords may follow a sentence-final attribution ("announced
	// in Port Ardlow", "told reporters").
	AfterCueWords Class = "after-cue-words"
	// ClauseConjunctions open a clause of their own inside a sentence.
	ClauseConjunctions Class = "clause-conjunctions"
	// PhraseConnectives are words an attribution pattern may take in
	// before a noun phrase ("although", "because").
	PhraseConnectives Class = "phrase-connectives"
	// ReportVerbs are verbs of saying whose complement is what was said,
	// as a clause, in all their forms ("said", "telling", "according").
	ReportVerbs Class = "report-verbs"
	// SpeakerNouns can head the phrase naming a speaker who is not named:
	// a role, a group, an organisation, a document speaking for one.
	SpeakerNouns Class = "speaker-nouns"
	// WordlessSources are speaker nouns for things that report findings
	// but utter no words (poll, survey, data): never the speaker of a
	// direct quote.
	WordlessSources Class = "wordless-sources"
	// NamelessSources are plural nouns for counts that name no one
	// ("according to final results", "unofficial returns"):
	// with no name in their phrase they are no speaker; the words are
	// left unresolved rather than credited to a thing.
	NamelessSources Class = "nameless-sources"
	// TellingCues are cues whose object is always the one told: after
	// a quote the phrase that follows them ("…,” the athlete told the
	// host") is never the speaker.
	TellingCues Class = "telling-cues"
	// InterviewFrames are the words before a name that make it the one
	// talked to ("in an interview with CNBC"), not another speaker.
	InterviewFrames Class = "interview-frames"
	// NegatingDeterminers open a noun phrase that denies its noun ("no
	// reported survivors"): a cue's participle after one modifies the noun.
	NegatingDeterminers Class = "negating-determiners"
	// DocumentNouns are speaker nouns for what carries an organisation's
	// or a person's words (statement, letter): the speaker is its issuer
	// when the text names it, else nobody named.
	DocumentNouns Class = "document-nouns"
	// IssuerPrepositions tie a document to its issuer ("a statement
	// from the White House", "a letter released by the company").
	IssuerPrepositions Class = "issuer-prepositions"
	// QuotedAsWords link a quoting cue's object to the participle of
	// what it said ("quoted him as saying").
	QuotedAsWords Class = "quoted-as-words"
	// CharacterisingVerbs give their object a description that a
	// quotation after "as" holds ("described the scene as “horrific”"):
	// the words are the subject's.
	CharacterisingVerbs Class = "characterising-verbs"
	// CryParticiples voice the quotation right after them in a clause
	// of their own subject's ("a man … set off the blaze, shouting,
	// “Drop dead,”"), inside what another cue reports.
	CryParticiples Class = "cry-participles"
	// SourceObjectVerbs take as object the person whose words a report
	// passes on ("cited Myo Nyunt", "quoting the leader"): that object is
	// a speaker, as salient as a subject for a "he said" after it.
	SourceObjectVerbs Class = "source-object-verbs"
	// GerundPrepositions take a clause of a participle with its own
	// subject ("by Musk claiming that …", "with officials saying …"):
	// the name between them and a speech participle is its speaker.
	GerundPrepositions Class = "gerund-prepositions"
	// MakerPrepositions are the prepositions after which a name says
	// who made a count or a sampling ("a poll by Gallup"), not where
	// ("exit polls in Ukraine").
	MakerPrepositions Class = "maker-prepositions"
	// AgentSuffixes end nouns for people by what they do ("engineers",
	// "analysts"), which can head a speaker phrase.
	AgentSuffixes Class = "agent-suffixes"
	// PronounLikeWords stand for people named elsewhere or for nobody in
	// particular ("another", "the former", "others"): alone they name
	// no speaker, though some end like an agent noun.
	PronounLikeWords Class = "pronoun-like-words"
	// SourceRelations tie an unnamed source to a named person ("a person
	// close to the Clintons", "an aide to Mr. Barlow"): the phrase names
	// the source, never the person it is tied to.
	SourceRelations Class = "source-relations"
	// ReplyCues are cues of two words for a reply ("fired back", "shot
	// back"), whose first word alone is no cue.
	ReplyCues Class = "reply-cues"
	// NamingVerbs give a thing a name, which the quotation marks around
	// the name are then the namer's ("what critics call", "so-called").
	NamingVerbs Class = "naming-verbs"
	// NameParticiples give the noun before them, in a phrase of their
	// own, a name others use ("known as the “blade runner”").
	NameParticiples Class = "name-participles"
	// NamingAsWords bring the name after a name participle ("known as").
	NamingAsWords Class = "naming-as-words"
	// SubjectRelativeWords open a relative clause on the subject, whose
	// names are not the subject ("the socialist who defeated …").
	SubjectRelativeWords Class = "subject-relative-words"
	// QuotedNameParticiples are followed by a quoted name given, not
	// by words said ("nicknamed “Nubian queen”", "known as “…”").
	QuotedNameParticiples Class = "quoted-name-participles"
	// AnswerCues are cues of answering, whose object is what was
	// answered ("answered 14 questions").
	AnswerCues Class = "answer-cues"
	// PartyInitials open a party-state tag after a politician's name
	// ("(R-Ohio)", "D-Calif."); USStateCodes are the states' postal and
	// news abbreviations, which end such a tag or a "City, ST" place.
	PartyInitials Class = "party-initials-cased"
	USStateCodes  Class = "us-state-codes-cased"
	// ClauseCues are cues whose complement is nearly always a clause.
	ClauseCues Class = "clause-cues"
	// DirectOnlyCues are cues of direct quotes that open no reported
	// speech ("calling him a jerk", "he continued").
	DirectOnlyCues Class = "direct-only-cues"
	// MalePersonWords and FemalePersonWords are titles and nouns for
	// people that tell a named person's gender ("Mr.", "spokeswoman"),
	// which a "he" or "she" must agree with.
	MalePersonWords   Class = "male-person-words"
	FemalePersonWords Class = "female-person-words"
	// PersonRoleNouns are nouns for people by their role that, next to a
	// name, say it is a person's ("analyst Dana Stiffler").
	PersonRoleNouns Class = "person-role-nouns"
	// MaleGivenNames and FemaleGivenNames are common given names: a name
	// opening with one is a person's, of that gender.
	MaleGivenNames   Class = "male-given-names"
	FemaleGivenNames Class = "female-given-names"
	// PersonVerbs are verbs whose subject is a person ("spoke").
	PersonVerbs Class = "person-verbs"
	// NounLikeCues are forms of verbs of saying that are nouns as often
	// ("the state", "his remarks").
	NounLikeCues Class = "noun-like-cues"
	// Subordinators open an adverbial clause ("as", "because").
	Subordinators Class = "subordinators"
	// PhraseOpeners are prepositions that open an adverbial phrase
	// before a clause's subject ("Like Corker, Menendez said"), never
	// the subject itself.
	PhraseOpeners Class = "phrase-openers"
	// QuestionWords open an indirect question ("asked who he was").
	QuestionWords Class = "question-words"
	// FreeRelatives open a clause that is a noun phrase with a gap in it
	// ("what Trump says his plan would do", "how experts say it would
	// work"): a verb of saying inside reports no statement.
	FreeRelatives Class = "free-relatives"
	// AccordSubordinators open a clause that says whose account the main
	// clause follows ("As Trump said, the economy is weak").
	AccordSubordinators Class = "accord-subordinators"
	// NameSuffixes follow a name ("Jr.", "III") and are no head of it.
	NameSuffixes Class = "name-suffixes"
	// PersonTitles are capitalised titles that precede a name ("Gov.",
	// "Secretary"), lower case, without a full stop.
	PersonTitles Class = "person-titles"
)

// Sentences (data/en/sentence.lex).
const (
	// TitleAbbreviations precede a name and so never end a sentence.
	TitleAbbreviations Class = "title-abbreviations"
	// MonthAbbreviations are abbreviated month names ("Sept.").
	MonthAbbreviations Class = "month-abbreviations"
	// OtherAbbreviations may end a sentence ("Inc.", "Jr.").
	OtherAbbreviations Class = "other-abbreviations"
	// SentenceStarters commonly open a sentence.
	SentenceStarters Class = "sentence-starters"
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
	// ListingPageNames are the names site generators and CMSs give a
	// listing page, alone in one part of its title or as its whole
	// headline ("Archive - Blog", <h1>Tags</h1>, "Index — Docs").
	ListingPageNames Class = "listing-page-names"
	// PromoPhrases are what a site's promotion of itself says at the end
	// of an article ("sign up for our newsletter", "follow us on").
	PromoPhrases Class = "promo-phrases"
	// ReaderCallVerbs open a call to the reader to follow the outlet
	// somewhere ("Follow", "Subscribe", "Listen").
	ReaderCallVerbs Class = "reader-call-verbs"
	// OutletChannels are where an outlet asks to be followed
	// ("Instagram", "YouTube", "newsletter", "podcast").
	OutletChannels Class = "outlet-channels"
	// MoreReadingLabels are the labels over links to other stories that
	// close a body ("Read more", "Lesen Sie auch", "Te puede interesar").
	MoreReadingLabels Class = "more-reading-labels"
	// ContactLabels open a press contact closing a release ("Media
	// contact:", "Pressekontakt:").
	ContactLabels Class = "contact-labels"
	// DisclosurePhrases are what an affiliate or advertiser disclosure
	// says ("We may receive compensation when you click on links").
	DisclosurePhrases Class = "disclosure-phrases"
	// PhotoCreditLabels are the credit labels that credit a picture
	// ("Photo:", "Titelbild:"), not a source or a graphic.
	PhotoCreditLabels Class = "photo-credit-labels"
	// LeadVerbs are finite verb forms common in a news lead (auxiliaries,
	// "said", "died"): a line above a page's date line that holds one is
	// a sentence, the article's lead, not a headline or a label.
	LeadVerbs Class = "lead-verbs"
	// LeadVerbEndings end finite past forms ("-ed", "-ó"), for the same
	// test of a lead.
	LeadVerbEndings Class = "lead-verb-endings"
	// HomePageNames are what a home page calls itself in its title,
	// alone in one part of it ("Home | Site", "Startseite: Stadt X").
	HomePageNames Class = "home-page-names"
	// FrontPageEndings end the whole title of a site's or a
	// documentation's first page after the name of what it fronts
	// ("SQLite Home Page", "Rust Documentation").
	FrontPageEndings Class = "front-page-endings"
	// ErrorPageNames are what an error page calls itself in a part of
	// its title or a whole heading ("Pydoc: Error - json.foo", "Error
	// response"); a story about an error names what went wrong.
	ErrorPageNames Class = "error-page-names"
	// ListIntroPhrases are what the line over an index says when the
	// list is the page ("Here is a list of all documented files").
	ListIntroPhrases Class = "list-intro-phrases"
	// PlaceholderPagePhrases are what a page says that stands in for a
	// site not yet built: a web server's page after installation ("the
	// nginx web server is successfully installed and working"), a
	// parked domain.
	PlaceholderPagePhrases Class = "placeholder-page-phrases"
	// LoginPagePhrases are what the headline of a sign-in or
	// registration page says ("Log in to your account", "Anmelden").
	LoginPagePhrases Class = "login-page-phrases"
	// SectionLabels are the section names a page title may start with
	// before its headline ("Opinion | ...").
	SectionLabels Class = "section-labels"
	// ErrorBodyClasses are the class names CMSs put on the body of a
	// not-found page ("error404", Ghost's "error-template"): markup, the
	// same on a site in any language.
	ErrorBodyClasses Class = "error-body-classes"
	// ListingPathNames are the address segments under which sites file
	// the pages listing a tag's, a category's or an author's posts
	// ("/tag/budget/", "/schlagwort/haushalt/").
	ListingPathNames Class = "listing-path-names"
	// NotAuthorNames are what author fields hold when they name nobody
	// ("No Author", "Staff", "Admin").
	NotAuthorNames Class = "not-author-names"
	// AuthorRoles are the words of a job title after a byline's name
	// ("Senior Staff Technologist", "special correspondent").
	AuthorRoles Class = "author-roles"
	// PublisherWords end a publisher's name ("... Networks", "... Media
	// Group"): a short line of them under an article is a brand line.
	PublisherWords Class = "publisher-words"
	// DatelineLabels open a line that states the page's own date
	// ("PUBLISHED: 02:31 GMT, 12 March 2013", "Posted September 26,
	// 2013").
	DatelineLabels Class = "dateline-labels"
	// UpdateStampLabels open the part of a short line that states when
	// the page was last changed ("Update: 2017-09-12 21:29 GMT",
	// "January 27, 2019 Updated: January 28, 2019").
	UpdateStampLabels Class = "update-stamp-labels"
	// MonthFirstZones are time zones of places that print numeric dates
	// month first (the United States): "11/10/11 02:39 PM ET" is 10
	// November.
	MonthFirstZones Class = "month-first-zones-cased"
	// SharePhrases are the lines of a share bar ("Tweet this", "Digg
	// this", "Trending On Reuters").
	SharePhrases Class = "share-phrases"
	// CreditLabels start a credit line ("Source:", "Photo:").
	CreditLabels Class = "credit-labels"
	// CreditAgencies are the agencies a credit line or a caption names
	// ("Reuters", "AP Photo", "Getty Images").
	CreditAgencies Class = "credit-agencies"
	// ImageBanks sell pictures, never text: a caption may end in one's
	// name alone ("... of the drug. Getty").
	ImageBanks Class = "image-banks"
	// CreditByPhrases open a line crediting a picture to whoever made
	// or gave it ("Photo by", "Courtesy of").
	CreditByPhrases Class = "credit-by-phrases"
	// CommentPolicyPhrases are what a comment policy says.
	CommentPolicyPhrases Class = "comment-policy-phrases"
	// OneLetterWords are a language's words of one letter ("a", "I"):
	// any other capital standing apart at a paragraph's start is a drop
	// cap parted from its word ("T he").
	OneLetterWords Class = "one-letter-words"
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
	// PeriodThirds maps the words naming a part of a week, month or year
	// ("the end of last month") to which third of it they mean: 0 the
	// first, 1 the middle, 2 the last.
	PeriodThirds Class = "period-thirds"
	// PeriodPartThirds maps the words before a year or month naming a
	// part of it ("late 2011", "mid-May") to which third.
	PeriodPartThirds Class = "period-part-thirds"
	// FinalStepOwners are the possessive determiners that, before
	// "last" or "next", make it the owner's final or following one ("my
	// last night"), no time.
	FinalStepOwners Class = "final-step-owners"
	// SeasonNamedGames are the words that after a season make it a
	// games' name ("summer Olympic Games"), no season.
	SeasonNamedGames Class = "season-named-games"
	// PeriodSides maps the words that cut a period at the reference day
	// ("earlier this week") to the side they keep: -1 before, 1 after.
	PeriodSides Class = "period-sides"
	// TimeUnits maps calendar units as written to "day", "week",
	// "weekend", "month" or "year".
	TimeUnits Class = "time-units"
	// Seasons maps season names to the month-day they begin.
	Seasons Class = "seasons"
	// SouthernHemispherePlaces are places whose seasons fall in the other
	// half of the year: a text that names one leaves its seasons undated.
	SouthernHemispherePlaces Class = "southern-hemisphere-places-cased"
	// FutureCues put a clause in the future; PastCues in the past;
	// PassiveAuxiliaries before a participle keep it from marking the
	// past ("would be held").
	FutureCues Class = "future-cues"
	// FutureCueNouns are future cues that are also nouns ("plans",
	// "hopes"); FutureCueNounFollowers, right after one, show the noun:
	// "revised his withdrawal plans in October" is told in the past.
	FutureCueNouns         Class = "future-cue-nouns"
	FutureCueNounFollowers Class = "future-cue-noun-followers"
	// ScheduleCueNouns are present schedule verbs that are also plural
	// nouns ("hosts", "plays"); CueNounDeterminers, right before one or
	// a future-cue noun, show the noun ("as hosts", "their plans").
	ScheduleCueNouns   Class = "schedule-cue-nouns"
	CueNounDeterminers Class = "cue-noun-determiners"
	// SinceDeterminers stand between "since" and a date of the noun
	// phrase it opens ("since their Oct. 13 debate").
	SinceDeterminers Class = "since-determiners"
	// DeicticPageDays are days a writer names from the day of writing
	// ("yesterday"): a text that uses them calls its own day "today",
	// not by its weekday.
	DeicticPageDays Class = "deictic-page-days"
	PastCues        Class = "past-cues"
	// HabitualCues make a clause say what happens as a rule, not once
	// ("the season generally starts in late October"): a time without
	// its year in it is a pattern, not a date.
	HabitualCues Class = "habitual-cues"
	// HabitualDeterminers before a time make it a pattern ("every
	// Monday", "each March").
	HabitualDeterminers Class = "habitual-determiners"
	// GenericPresent are the present-tense verbs after which "today" is
	// "nowadays" ("being young in Greece today is a crime").
	GenericPresent Class = "generic-present"
	// NowadaysDays are the relative days that, before a verb of the
	// present inside a clause, mean "nowadays" ("today").
	NowadaysDays       Class = "nowadays-days"
	PassiveAuxiliaries Class = "passive-auxiliaries"
	// ProspectiveInfinitives after an infinitive marker put a clause
	// in the future ("the measures to be voted on Thursday", "the
	// Jays, to meet Drake Saturday").
	ProspectiveInfinitives Class = "prospective-infinitives"
	// PresentPlacingVerbs right before a time, or before one of
	// PlacingPrepositions and a time, place their subject at it in the
	// present, which for a day other than today is ahead ("the game is
	// Sunday", "the trial begins on Monday").
	PresentPlacingVerbs Class = "present-placing-verbs"
	PlacingPrepositions Class = "placing-prepositions"
	// PerfectAuxiliaries after a modal make it speak of the past ("may
	// have been set on Sunday").
	PerfectAuxiliaries Class = "perfect-auxiliaries"
	// PluralScheduleVerbs are bare forms that, with a plural subject,
	// tell a schedule in the present ("the Jays meet Drake Saturday"),
	// unless one of VerbSupport before them gives the tense ("did not
	// play", "will play", "to play") or a determiner makes them a noun.
	PluralScheduleVerbs Class = "plural-schedule-verbs"
	VerbSupport         Class = "verb-support"
	// SundayWeeks: "this week" on a Sunday, in a clause not in the past,
	// is the week that starts that day ("Congress returns this week").
	// The class holds the unit words read so.
	SundayWeeks Class = "sunday-weeks"
	// BeFutureCues are future cues only after a form of "be" ("the vote
	// is due to take place"; "cancelled due to rain" is a cause).
	BeFutureCues Class = "be-future-cues"
	// DeedFutureCues are future cues that are also the participle of a
	// deed ("set": a date set, a fire set); before one of
	// DeedPrepositions, which tell the day a thing was done ("fires set
	// on Saturday night"), they are the deed and mark no future.
	DeedFutureCues   Class = "deed-future-cues"
	DeedPrepositions Class = "deed-prepositions"
	// PresentPerfectAuxiliaries before a participle make a present
	// perfect, which tells a thing done by now: a deadline it is done
	// by is no later than the telling ("have been moved by Monday
	// morning").
	PresentPerfectAuxiliaries Class = "present-perfect-auxiliaries"
	// ForecastVerbs tell a warning or a forecast: what is warned of or
	// forecast lies ahead of the telling, so a span it runs "through
	// Wednesday" ends on the coming Wednesday ("warned of up to 40 inches
	// of rain through Wednesday").
	ForecastVerbs Class = "forecast-verbs"
	// PresentStateVerbs are present verbs of a state that holds now: a
	// span of it up to a day runs ahead ("a curfew is in place through
	// Saturday").
	PresentStateVerbs Class = "present-state-verbs"
	// HappeningVerbs maps past verbs (phrasal ones whole) to one verb of
	// the same happening: "passed away" and "died" tell one death.
	HappeningVerbs Class = "happening-verbs"
	// DatelineZones maps places that datelines name (lower case, as
	// nlp.ReadDateline gives them) to their standard offset from UTC
	// ("+08:00"); read them with ZoneOffset. Only places far east of
	// UTC are listed: there the writer's day is often the day after the
	// page's date.
	DatelineZones Class = "dateline-zones"
	// PossessiveTimeRelations maps the words right before a weekday in
	// the possessive ("after Monday's debate", "ahead of Tuesday's
	// primary", "in Monday's debate") to where the thing it owns lies
	// against the clause's own time: "earlier", "later" or "same". Such a weekday carries no tense of its
	// own; it is dated only when the clause's tense agrees with the
	// relation (internal/nlp/timeexpr_possessive.go). "done" marks a
	// verb that acts only on a thing already done ("will appeal
	// Wednesday's verdict"): the weekday is then the one before the
	// telling, whatever the clause's tense.
	PossessiveTimeRelations Class = "possessive-time-relations"
	// EventAnchors map the words that count a weekday from another event
	// ("the Tuesday after the primary", "Monday, a day before the vote")
	// to the side the weekday lies on: after or before.
	EventAnchors Class = "event-anchors"
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
	// ClaimOpeners start a part of a sentence that states a claim of its
	// own ("..., though no injuries were reported", "after a deadlocked
	// jury failed to ..."): a citation must state each part.
	ClaimOpeners Class = "claim-openers"
	// ClaimCoordinators join a second claim when a subject, a verb or a
	// determiner follows them ("and had been battling depression", "and
	// an assault on the press"); a citation must state it too.
	ClaimCoordinators Class = "claim-coordinators"
	// ClaimNegations deny a part of a sentence ("but not the suspects"):
	// a cited sentence states that part only with a denial of its own.
	ClaimNegations Class = "claim-negations"
	// AsComplementVerbs take an "as" phrase that is their claim
	// ("described it as a terrorist attack", "resign as prime
	// minister"); AsComplementMarkers is the marker ("as").
	AsComplementVerbs   Class = "as-complement-verbs"
	AsComplementMarkers Class = "as-complement-markers"
	// Superlatives rank a thing first ("the deadliest fire"); a citation
	// must give each one of the summary sentence, and not as one of a
	// set ("one of the 20 deadliest"). SuperlativeDegrees ("most",
	// "least") make one of the next word after a SuperlativeDeterminers
	// word or a possessive; SuperlativeSetOpeners ("one of the",
	// "among the") put it in a set.
	Superlatives           Class = "superlatives"
	SuperlativeDegrees     Class = "superlative-degrees"
	SuperlativeDeterminers Class = "superlative-determiners"
	SuperlativeSetOpeners  Class = "superlative-set-openers"
	// AttemptCues before "to" make what follows an attempt or a plan,
	// not a result ("worked to recover the body", "was to release").
	AttemptCues Class = "attempt-cues"
	// RequestCues ask someone else to act ("urged the secretaries to
	// rescind"): with "to" a few words after them they state a request,
	// not the act.
	RequestCues Class = "request-cues"
	// BeForms before a verb of saying make it passive: "no injuries were
	// reported" is a claim, not who speaks.
	BeForms Class = "be-forms"
	// CueNegations before a verb of saying deny it: "has not indicated
	// that he will act" reports nothing he said.
	CueNegations Class = "cue-negations"
	// NegativeSubjects open a subject that denies its verb ("Neither
	// RIM nor T-Mobile has announced", "No one said").
	NegativeSubjects Class = "negative-subjects"
	// Predeterminers stand before a determiner inside a noun phrase
	// ("half a percentage point", "all the polls").
	Predeterminers Class = "predeterminers"
	// IrregularParticiples are past participles that do not end in the
	// past suffix ("held", "found"): after a form of "be", a passive.
	IrregularParticiples Class = "irregular-participles"
)

// Slots of conflicts (data/en/slot.lex): what tells two numbers or times
// apart as values of different things.
const (
	// SlotScopeWords before a count, or between it and its noun, set
	// what part of a whole it counts ("a total of 923 rounds", "a
	// combined 157 games", "20 additional payments"): counts of
	// different scopes are different slots.
	SlotScopeWords Class = "slot-scope-words"
	// SlotQualifierPrepositions open a phrase right after a count that
	// says which of its kind it counts ("touchdowns on punt returns",
	// "points against the Lakers", "traffic with India").
	SlotQualifierPrepositions Class = "slot-qualifier-prepositions"
	// SlotClosedCompounds write a qualifying phrase as one word, each
	// mapped to the phrase ("onboard" = "on board"): "5 cabin crew
	// onboard the aircraft" says which crew "4 cabin crew on board the
	// aircraft" does.
	SlotClosedCompounds Class = "slot-closed-compounds"
	// SlotPartOfWords join a measured noun to the named thing it is part
	// of ("a 200-metre section of the Morandi bridge").
	SlotPartOfWords Class = "slot-part-of-words"
	// SlotUnitJoiners join the words of a unit ("km per hour"): a
	// bracket holding a number and a unit with them is a conversion
	// ("(250 km per hour)").
	SlotUnitJoiners Class = "slot-unit-joiners"
	// SlotDayHappenings are nouns of happenings over in moments, whose
	// day two outlets cannot both give right ("the avalanche on
	// Thursday", "an avalanche killed 12 on Friday").
	SlotDayHappenings Class = "slot-day-happenings"
	// SlotDayOtherHappening make a happening noun one of several
	// ("another avalanche", "the second blast").
	SlotDayOtherHappening Class = "slot-day-other-happening"
	// SlotDayStepVerbs date a step or a moving count, not the happening
	// ("the search resumed Friday", "the toll climbed Thursday").
	SlotDayStepVerbs Class = "slot-day-step-verbs"
	// SlotDayPrepositions join a day to the happening noun before it
	// ("the avalanche on Thursday").
	SlotDayPrepositions Class = "slot-day-prepositions"
	// SlotDayHappeningVerbs are what a happening noun does as it happens
	// ("the quake struck", "an avalanche killed"), not what followed.
	SlotDayHappeningVerbs Class = "slot-day-happening-verbs"
	// SlotChangeVerbs tell a measured quantity moving to another level
	// ("maximum sustained winds of 90mph, later dropping to 75 mph", "the
	// toll rose to 10"): a value they govern is the same quantity at
	// another time.
	SlotChangeVerbs Class = "slot-change-verbs"
	// SlotChangeFromWords stand before the earlier figure of a change
	// statement ("rose from 36 to 41", "up from 147"), SlotChangeToWords
	// before the later one ("revised to 41 from 36").
	SlotChangeFromWords Class = "slot-change-from-words"
	SlotChangeToWords   Class = "slot-change-to-words"
	// SlotChangeAdverbs tell a change with no verb of change ("41, up
	// from 36").
	SlotChangeAdverbs Class = "slot-change-adverbs"
	// SlotLightCountVerbs say nothing of what the count they govern is of
	// ("be", "have", "say", "include"): counts under them are not one
	// slot by their predicate alone.
	SlotLightCountVerbs Class = "slot-light-count-verbs"
	// SlotSideWords right after a count name the side of a vote or a
	// split it counts, mapped to that side ("favour" = for): counts of
	// two sides are two slots.
	SlotSideWords Class = "slot-side-words"
	// OpenListWords leave a list of names open ("and more", "among
	// others"): a sentence with one does not give a longer list as
	// closed.
	OpenListWords Class = "open-list-words"
	// DistributiveOpeners open a coordination whose every part is
	// asserted on its own ("both on the web and mobile versions"): a
	// sentence telling one part does not tell the fact.
	DistributiveOpeners Class = "distributive-openers"
	// SlotClockHalves map the words after a time of day that say which
	// half of the day it is in to the hours it adds ("p.m." = 12).
	SlotClockHalves Class = "slot-clock-halves"
	// SlotClockHedges before a time of day make it approximate ("around
	// 3 am", "shortly after 5pm").
	SlotClockHedges Class = "slot-clock-hedges"
	// SlotClockLocal after a time of day say it is the time where the
	// thing happened ("01:00 local time"), as a time with no zone is.
	SlotClockLocal Class = "slot-clock-local"
	// SlotClockHours follow a time of day on the 24-hour clock ("22:29
	// hours").
	SlotClockHours Class = "slot-clock-hours"
	// SlotAgeBefore stand between a name's comma and the age in
	// apposition ("Houston, aged 48,").
	SlotAgeBefore Class = "slot-age-before"
	// SlotAgeSuffixes follow a number that is a person's age ("the
	// 30-year-old Bolt", "Bolt, 30 years old,").
	SlotAgeSuffixes Class = "slot-age-suffixes"
	// SlotOnceVerbs are what a person does once, whose day two outlets
	// cannot both give right ("died").
	SlotOnceVerbs Class = "slot-once-verbs"
	// SlotOncePassives are what befalls a person once, read in the
	// passive only ("was crowned", "was assassinated").
	SlotOncePassives Class = "slot-once-passives"
	// SlotStageWords name the stages of a proceeding that are different
	// happenings however alike their words ("charged", "pleaded",
	// "convicted", "sentenced"), each mapped to its stage.
	SlotStageWords Class = "slot-stage-words"
	// SlotAuxiliaries stand between a relative clause's subject and its
	// verb ("the points he had scored").
	SlotAuxiliaries Class = "slot-auxiliaries"
	// SlotOrdinals map ordinal words to their number ("third" = 3):
	// "the third coach fired" and "the fifth coach fired" are different
	// claims.
	SlotOrdinals Class = "slot-ordinals"
	// SlotDistributiveWords give a figure for each of several ("the two
	// counts each carry a maximum of five years", "five years apiece"):
	// not the figure of the whole ("a maximum of 65 years").
	SlotDistributiveWords Class = "slot-distributive-words"
)
