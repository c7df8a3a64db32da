package nlp

import "crosscheck/internal/lang"

// The English word lists the rules look up (internal/lang/data/en). The
// rules are English ones; other languages' lexicons are not read here.
var (
	en = lang.English()

	cueWords           = en.Set(lang.SpeechCues)
	participleCues     = en.Set(lang.SpeechParticiples)
	listenerCues       = en.Set(lang.ListenerCues)
	controlCues        = en.Set(lang.ControlCues)
	pronouns           = en.Set(lang.Pronouns)
	subjectPronouns    = en.Set(lang.SubjectPronouns)
	relativeWord       = en.Set(lang.RelativeWords)
	determiners        = en.Set(lang.Determiners)
	phraseDeterminers  = en.Set(lang.PhraseDeterminers)
	cueAuxiliaries     = en.Set(lang.CueAuxiliaries)
	finiteWords        = en.Set(lang.FiniteWords)
	groupNouns         = en.Set(lang.GroupNouns)
	headPrepositions   = en.Set(lang.HeadPrepositions)
	reducedRelatives   = en.Set(lang.ReducedRelatives)
	notNouns           = en.Set(lang.SubjectAdverbs)
	afterCueWord       = en.Set(lang.AfterCueWords)
	clauseConjunctions = en.Set(lang.ClauseConjunctions)
	connectives        = en.Set(lang.Connectives)
	titleWords         = en.Set(lang.PersonTitles)
	speakerNouns       = en.Set(lang.SpeakerNouns)
	agentSuffixes      = en.Set(lang.AgentSuffixes)
	questionWords      = en.Set(lang.QuestionWords)
	clauseCues         = en.Set(lang.ClauseCues)
	subordinators      = en.Set(lang.Subordinators)

	titleAbbrev     = en.Set(lang.TitleAbbreviations)
	monthAbbrev     = en.Set(lang.MonthAbbreviations)
	otherAbbrev     = en.Set(lang.OtherAbbreviations)
	sentenceStarter = en.Set(lang.SentenceStarters)

	// indirectCues open reported speech: the cue words and the forms of
	// the other verbs of saying that are no nouns as often ("the state",
	// "his remarks", "a tweet"); "according to" is read apart.
	indirectCues = func() lang.Set {
		s := lang.Set{}
		nounLike := en.Set(lang.NounLikeCues)
		for w := range en.Set(lang.ReportVerbs) {
			if !nounLike[w] {
				s[w] = true
			}
		}
		for w := range en.Set(lang.SpeechCues) {
			s[w] = true
		}
		delete(s, "according")
		return s
	}()
)
