package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// Small closed classes the clause, quote and speaker rules share
// (data/en/grammar.lex).
var (
	complementizers       = en.Set(lang.Complementizers)
	sourcePhrases         = en.Set(lang.SourcePhrases)
	infinitiveMarkers     = en.Set(lang.InfinitiveMarkers)
	tellCues              = en.Set(lang.TellCues)
	joiningConjunctions   = en.Set(lang.JoiningConjunctions)
	pastSuffixes          = en.Set(lang.PastSuffixes)
	participleSuffixes    = en.Set(lang.ParticipleSuffixes)
	adverbSuffixes        = en.Set(lang.AdverbSuffixes)
	nounAdjectiveSuffixes = en.Set(lang.NounAdjectiveSuffixes)
	definiteArticles      = en.Set(lang.DefiniteArticles)
	indefiniteArticles    = en.Set(lang.IndefiniteArticles)
	genitivePrepositions  = en.Set(lang.GenitivePrepositions)
	offPrepositions       = en.Set(lang.OffPrepositions)
	placeNamePrepositions = en.Set(lang.PlaceNamePrepositions)
	roleModifiers         = en.Set(lang.RoleModifiers)
	capitalNouns          = en.Set(lang.CapitalNouns)
)

// isWordOf reports whether w is in the set as written or with its first
// letter lowered ("The" for "the"), but not in other capitals ("THE").
func isWordOf(set lang.Set, w string) bool {
	if set[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && set[string(unicode.ToLower(r))+w[n:]]
}

// trimArticle takes a definite article off the start of a name, in lower
// case and then capitalised ("the Kremlin", "The Times").
func trimArticle(s string) string {
	for a := range definiteArticles {
		s = strings.TrimPrefix(s, a+" ")
		s = strings.TrimPrefix(s, capitalise(a)+" ")
	}
	return s
}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// hasSuffixIn reports whether w ends in one of the suffixes.
func hasSuffixIn(w string, suffixes lang.Set) bool {
	for suf := range suffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
