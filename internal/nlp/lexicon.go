package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// The English word lists the rules look up (internal/lang/data/en). The
// rules are English ones; other languages' lexicons are not read here.
var (
	en = lang.English()

	cueWords = en.Set(lang.SpeechCues)
	// cueNegations before a cue deny it; irregularParticiples are past
	// participles without the regular ending.
	cueNegations           = en.Set(lang.CueNegations)
	negativeSubjects       = en.Set(lang.NegativeSubjects)
	predeterminers         = en.Set(lang.Predeterminers)
	irregularParticiples   = en.Set(lang.IrregularParticiples)
	participleCues         = en.Set(lang.SpeechParticiples)
	listenerCues           = en.Set(lang.ListenerCues)
	controlCues            = en.Set(lang.ControlCues)
	participlePreps        = en.Set(lang.ParticiplePrepositions)
	objectCues             = en.Set(lang.ObjectCues)
	pronouns               = en.Set(lang.Pronouns)
	subjectPronouns        = en.Set(lang.SubjectPronouns)
	expletiveSubjects      = en.Set(lang.ExpletiveSubjects)
	mannerNouns            = en.Set(lang.MannerNouns)
	elidedParticles        = en.List(lang.ElidedParticles)
	relativeWord           = en.Set(lang.RelativeWords)
	determiners            = en.Set(lang.Determiners)
	phraseDeterminers      = en.Set(lang.PhraseDeterminers)
	cueAuxiliaries         = en.Set(lang.CueAuxiliaries)
	finiteWords            = en.Set(lang.FiniteWords)
	groupNouns             = en.Set(lang.GroupNouns)
	headPrepositions       = en.Set(lang.HeadPrepositions)
	objectPrepositions     = en.Set(lang.ObjectPrepositions)
	absolutePrepositions   = en.Set(lang.AbsolutePrepositions)
	relativeSubjects       = en.Set(lang.RelativeSubjects)
	contrastCoordinators   = en.Set(lang.ContrastCoordinators)
	reducedRelatives       = en.Set(lang.ReducedRelatives)
	notNouns               = en.Set(lang.SubjectAdverbs)
	afterCueWord           = en.Set(lang.AfterCueWords)
	clauseConjunctions     = en.Set(lang.ClauseConjunctions)
	connectives            = en.Set(lang.PhraseConnectives)
	titleWords             = en.Set(lang.PersonTitles)
	speakerNouns           = en.Set(lang.SpeakerNouns)
	wordlessSources        = en.Set(lang.WordlessSources)
	namelessSources        = en.Set(lang.NamelessSources)
	documentNouns          = en.Set(lang.DocumentNouns)
	tellingCues            = en.Set(lang.TellingCues)
	negatingDeterminers    = en.Set(lang.NegatingDeterminers)
	interviewFrames        = en.Set(lang.InterviewFrames)
	issuerPrepositions     = en.Set(lang.IssuerPrepositions)
	makerPrepositions      = en.Set(lang.MakerPrepositions)
	quotedAsWords          = en.Set(lang.QuotedAsWords)
	characterisingVerbs    = en.Set(lang.CharacterisingVerbs)
	cryParticiples         = en.Set(lang.CryParticiples)
	sourceObjectVerbs      = en.Set(lang.SourceObjectVerbs)
	gerundPrepositions     = en.Set(lang.GerundPrepositions)
	agentSuffixes          = en.Set(lang.AgentSuffixes)
	questionWords          = en.Set(lang.QuestionWords)
	freeRelatives          = en.Set(lang.FreeRelatives)
	asWords                = en.Set(lang.AccordSubordinators)
	clauseCues             = en.Set(lang.ClauseCues)
	subordinators          = en.Set(lang.Subordinators)
	phraseOpeners          = en.Set(lang.PhraseOpeners)
	discourseLinks         = en.Set(lang.Connectives)
	maleWords              = en.Set(lang.MalePersonWords)
	femaleWords            = en.Set(lang.FemalePersonWords)
	personRoleNouns        = en.Set(lang.PersonRoleNouns)
	personVerbs            = en.Set(lang.PersonVerbs)
	maleGiven              = en.Set(lang.MaleGivenNames)
	femaleGiven            = en.Set(lang.FemaleGivenNames)
	pronounLikeWords       = en.Set(lang.PronounLikeWords)
	sourceRelations        = en.Set(lang.SourceRelations)
	replyCues              = en.Set(lang.ReplyCues)
	namingVerbs            = en.Set(lang.NamingVerbs)
	nameParticiples        = en.Set(lang.NameParticiples)
	namingAsWords          = en.Set(lang.NamingAsWords)
	quotedNameParticiples  = en.Set(lang.QuotedNameParticiples)
	subjectRelativeWords   = en.Set(lang.SubjectRelativeWords)
	answerCues             = en.Set(lang.AnswerCues)
	partyInitials          = en.Set(lang.PartyInitials)
	usStateCodes           = en.Set(lang.USStateCodes)
	inferenceCues          = en.Set(lang.InferenceCues)
	evidenceNouns          = en.Set(lang.EvidenceNouns)
	silentRecords          = en.Set(lang.RecordNouns)
	untoldDetailGerunds    = en.Set(lang.UntoldDetailGerunds)
	signalledArrivals      = en.Set(lang.SignalledArrivalNouns)
	untoldDetailOpeners    = en.Set(lang.UntoldDetailOpeners)
	perfectAuxiliaries     = en.Set(lang.HaveForms)
	tieParticiples         = en.Set(lang.TieParticiples)
	arrivalSignPreps       = en.Set(lang.ArrivalSignPrepositions)
	unnamedReportNouns     = en.Set(lang.UnnamedReportNouns)
	denialCues             = en.Set(lang.DenialCues)
	claimNouns             = en.Set(lang.ClaimNouns)
	circumstancePreps      = en.Set(lang.CircumstancePrepositions)
	unfinishedEnds         = en.Set(lang.UnfinishedEnds)
	kinNouns               = en.Set(lang.KinNouns)
	modifierTitles         = en.Set(lang.ModifierTitles)
	datelineMarks          = en.Set(lang.DatelineMarks)
	talkedAboutParticiples = en.Set(lang.TalkedAboutParticiples)
	recordTimeOpeners      = en.Set(lang.RecordTimeOpeners)
	mediumPrepositions     = en.Set(lang.MediumPrepositions)
	mediumNouns            = en.Set(lang.MediumNouns)
	actCues                = en.Set(lang.ActCues)
	quantityComparatives   = en.Set(lang.QuantityComparatives)
	comparisonWords        = en.Set(lang.ComparisonWords)
	clauseOrObjectCues     = en.Set(lang.ClauseOrObjectCues)
	leadVerbs              = en.Set(lang.LeadVerbs)
	sayingSetObjects       = en.Set(lang.SayingSetObjects)
	tidingsObjects         = en.Set(lang.TidingsObjects)
	requestCues            = en.Set(lang.RequestCues)
	requestedThingPreps    = en.Set(lang.RequestedThingPrepositions)
	reflexiveObjects       = en.Set(lang.ReflexiveObjects)
	concealedQuestionNouns = en.Set(lang.ConcealedQuestionNouns)
	madeKnownEvents        = en.Set(lang.MadeKnownEvents)
	writerGerundOpeners    = en.Set(lang.WriterGerundOpeners)
	sharedAuxiliaries      = en.Set(lang.SharedAuxiliaries)
	shortAdverbs           = en.Set(lang.ShortAdverbs)
	attendantOpeners       = en.Set(lang.AttendantOpeners)
	participleEndings      = en.Set(lang.ParticipleEndings)
	speakerObjectMarkers   = en.Set(lang.SpeakerObjectMarkers)
	accordanceNouns        = en.Set(lang.AccordanceNouns)
	cryCues                = en.Set(lang.CryCues)
	relayObjectVerbs       = en.Set(lang.RelayObjectVerbs)
	chantCues              = en.Set(lang.ChantCues)
	sayingOccasions        = en.Set(lang.SayingOccasions)
	occasionPrepositions   = en.Set(lang.OccasionPrepositions)
	circumstanceOpeners    = en.Set(lang.CircumstanceOpeners)
	prospectiveAuxiliaries = en.Set(lang.ProspectiveAuxiliaries)
	sourceMarkers          = en.List(lang.SourceMarkers)

	titleAbbrev     = en.Set(lang.TitleAbbreviations)
	monthAbbrev     = en.Set(lang.MonthAbbreviations)
	otherAbbrev     = en.Set(lang.OtherAbbreviations)
	sentenceStarter = en.Set(lang.SentenceStarters)

	// indirectCues open reported speech: the cue words and every form
	// of the verbs of saying; "according to" is read apart. Those that
	// are nouns as often (nounLikeCues: "the state", "his remarks") are
	// cues only after a subject pronoun or an auxiliary, or after a name
	// and before "that" ("They note that", "David Duke reports that").
	indirectCues = func() lang.Set {
		s := en.Union(lang.ReportVerbs, lang.SpeechCues)
		for p := range en.Set(lang.SourcePhrases) {
			delete(s, strings.Fields(p)[0])
		}
		for w := range en.Set(lang.DirectOnlyCues) {
			delete(s, w)
		}
		return s
	}()
	nounLikeCues = func() lang.Set {
		s := lang.Set{}
		for w := range en.Set(lang.NounLikeCues) {
			if !en.Set(lang.SpeechCues)[w] {
				s[w] = true
			}
		}
		return s
	}()
)
