package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// Small closed classes of grammar the alignment reads (data/en/grammar.lex
// and align.lex).
var (
	definiteArticles        = english.Set(lang.DefiniteArticles)
	genitivePrepositions    = english.Set(lang.GenitivePrepositions)
	infinitiveMarkers       = english.Set(lang.InfinitiveMarkers)
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

// isWordOf reports whether w is in the set as written or with its first
// letter lowered ("He" for "he"), but not in other capitals.
func isWordOf(set lang.Set, w string) bool {
	if set[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && set[string(unicode.ToLower(r))+w[n:]]
}

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
