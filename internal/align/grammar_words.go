package align

import (
	"slices"
	"strings"

	"crosscheck/internal/lang"
)

// Small closed classes of grammar the alignment reads (data/en/grammar.lex
// and align.lex).
var (
	definiteArticles        = english.Set(lang.DefiniteArticles)
	genitivePrepositions    = english.Set(lang.GenitivePrepositions)
	infinitiveMarkers       = english.Set(lang.InfinitiveMarkers)
	personTitles            = english.Set(lang.PersonTitles)
	pastSuffixes            = english.Set(lang.PastSuffixes)
	participleSuffixes      = english.Set(lang.ParticipleSuffixes)
	comparisonWords         = english.Set(lang.ComparisonWords)
	boundWords              = english.Set(lang.BoundWords)
	countPhraseDeterminers  = english.Set(lang.CountPhraseDeterminers)
	restrictiveRelatives    = english.Set(lang.RestrictiveRelatives)
	speechConcepts          = english.Set(lang.SpeechConcepts)
	purposePrepositions     = english.Set(lang.PurposePrepositions)
	negationSuffixes        = english.Set(lang.NegationSuffixes)
	singularSubjectPronouns = english.Set(lang.SingularSubjectPronouns)
	timePrepositions        = english.Set(lang.TimeValuePrepositions)
	sourcePrepositions      = english.Set(lang.SourcePrepositions)
)

// trimTimePrepositions takes the prepositions a time expression may start
// with ("on Monday", "in May") off it, each once, in reverse byte order so
// that a fixed order gives the same result every run.
func trimTimePrepositions(s string) string {
	for _, p := range sortedWords(timePrepositions) {
		s = strings.TrimPrefix(s, p+" ")
	}
	return s
}

func sortedWords(s lang.Set) []string {
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out
}
