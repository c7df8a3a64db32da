package nlp

import "crosscheck/internal/lang"

// Word lists of speaker_unsaid.go, speaker_cueless.go, reported_unsaid.go
// and reported_writer_aside.go.
var (
	perceptionVerbs           = en.Set(lang.PerceptionVerbs)
	topicObjectCues           = en.Set(lang.TopicObjectCues)
	narrationAsSubjects       = en.Set(lang.NarrationAsSubjects)
	concessionOpeners         = en.Set(lang.ConcessionOpeners)
	narrationAsOpeners        = en.Set(lang.NarrationAsOpeners)
	ingFormEndings            = en.Suffixes(lang.IngFormSuffixRules)
	summaryNouns              = en.Set(lang.SummaryNouns)
	asideRelativePrepositions = en.Set(lang.AsideRelativePrepositions)
	asideRelativePronouns     = en.Set(lang.AsideRelativePronouns)
	hindsightWords            = en.Set(lang.HindsightWords)
	openingAdverbs            = en.Set(lang.OpeningAdverbs)
	epithetNouns              = en.Set(lang.EpithetNouns)
	relativeUnits             = en.Set(lang.RelativeUnits)
	partsOfDay                = en.Set(lang.PartsOfDay)
	riteNouns                 = en.Set(lang.RiteNouns)
	riteVerbs                 = en.Set(lang.RiteVerbs)
)
