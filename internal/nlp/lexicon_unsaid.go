package nlp

import "crosscheck/internal/lang"

// Word lists of speaker_unsaid.go and reported_unsaid.go.
var (
	perceptionVerbs     = en.Set(lang.PerceptionVerbs)
	topicObjectCues     = en.Set(lang.TopicObjectCues)
	narrationAsSubjects = en.Set(lang.NarrationAsSubjects)
	concessionOpeners   = en.Set(lang.ConcessionOpeners)
	narrationAsOpeners  = en.Set(lang.NarrationAsOpeners)
	ingFormEndings      = en.Suffixes(lang.IngFormSuffixRules)
)
