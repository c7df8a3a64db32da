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
	existentialOpeners    = en.Set(lang.ExistentialOpeners)
	degreeAdverbs         = en.Set(lang.DegreeAdverbs)
	infinitiveMarkers     = en.Set(lang.InfinitiveMarkers)
	unsaidModals          = en.Set(lang.UnsaidModals)
	sNouns                = en.Set(lang.SNouns)
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

	additiveConjunctions      = en.Set(lang.AdditiveConjunctions)
	listConjunctions          = en.Set(lang.ListConjunctions)
	beForms                   = en.Set(lang.PassiveBeForms)
	anyBeForms                = en.Set(lang.BeForms)
	finiteBeForms             = en.Set(lang.FiniteBeForms)
	singularBeForms           = en.Set(lang.SingularBeForms)
	passiveCues               = en.Set(lang.PassiveCues)
	agentPrepositions         = en.Set(lang.AgentPrepositions)
	personalSubjectPronouns   = en.Set(lang.PersonalSubjectPronouns)
	personalObjectPronouns    = en.Set(lang.PersonalObjectPronouns)
	pluralSubjectPronouns     = en.Set(lang.PluralSubjectPronouns)
	citingCues                = en.Set(lang.CitingCues)
	inscriptionVerbs          = en.Set(lang.InscriptionVerbs)
	concessiveAdverbs         = en.Set(lang.ConcessiveAdverbs)
	contractionTails          = en.Set(lang.ContractionTails)
	ambiguousContractionTails = en.Set(lang.AmbiguousContractionTails)
	demonstrativeSubjects     = en.Set(lang.DemonstrativeSubjects)
	sourceReportVerbs         = en.Set(lang.SourceReportVerbs)
	namePhraseOpeners         = en.Set(lang.NamePhraseOpeners)
	malePronouns              = en.Set(lang.MalePronouns)
	femalePronouns            = en.Set(lang.FemalePronouns)
	// possessiveEndings are sorted: trimmed one after the other, in a
	// fixed order.
	possessiveEndings = en.List(lang.PossessiveEndings)
)

// hasWordSuffixIn reports whether s ends in a space and one of the words.
func hasWordSuffixIn(s string, words lang.Set) bool {
	for w := range words {
		if strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

// cutWordPrefixIn cuts lead, one of the words and a space off the start of
// s ("that " of "that the train left"), reporting whether it did.
func cutWordPrefixIn(s string, words lang.Set, lead string) (string, bool) {
	for w := range words {
		if rest, ok := strings.CutPrefix(s, lead+w+" "); ok {
			return rest, true
		}
	}
	return s, false
}

// indexSourcePhraseFold returns the source phrase, followed by a space,
// that occurs first in s whatever its case, and where, or -1.
func indexSourcePhraseFold(s string) (string, int) {
	best, at := "", -1
	for _, p := range en.List(lang.SourcePhrases) {
		if i := indexFold(s, p+" "); i >= 0 && (at < 0 || i < at || i == at && len(p) > len(best)) {
			best, at = p, i
		}
	}
	return best, at
}

// attributionPhrase is the source phrase an according-to attribution is
// written with, as the cue of the quote it attributes; the first listed
// when the attribution's text spaces it otherwise.
func attributionPhrase(text string) string {
	if p, at := indexSourcePhrase(strings.ToLower(text)); at >= 0 {
		return p
	}
	return en.List(lang.SourcePhrases)[0]
}

// indexSourcePhrase returns the source phrase that occurs first in the
// lower-case s and where, or -1.
func indexSourcePhrase(s string) (string, int) {
	best, at := "", -1
	for p := range sourcePhrases {
		if i := strings.Index(s, p); i >= 0 && (at < 0 || i < at || i == at && len(p) > len(best)) {
			best, at = p, i
		}
	}
	return best, at
}

// trimCapitalArticle takes a capitalised definite article off the start of
// a name ("The Times").
func trimCapitalArticle(s string) string {
	for a := range definiteArticles {
		s = strings.TrimPrefix(s, capitalise(a)+" ")
	}
	return s
}

// trimLowerArticle takes a lower-case definite article off the start of a
// name ("the UK, US and Japan").
func trimLowerArticle(s string) string {
	for a := range definiteArticles {
		s = strings.TrimPrefix(s, a+" ")
	}
	return s
}

// trimTrailingArticle takes a definite article off the end of a gap
// between names ("and the").
func trimTrailingArticle(s string) string {
	for a := range definiteArticles {
		s = strings.TrimSuffix(s, " "+a)
		s = strings.TrimSuffix(s, " "+capitalise(a))
	}
	return s
}

// listGap reports whether the text between two names joins them in a list:
// a comma, an ampersand or an additive conjunction, with a comma before it
// or not.
func listGap(gap string) bool {
	if gap == "," || gap == "&" || additiveConjunctions[gap] {
		return true
	}
	rest, ok := strings.CutPrefix(gap, ", ")
	return ok && additiveConjunctions[rest]
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

// TrimPossessive removes a possessive ending ("Kim's" is "Kim").
func TrimPossessive(w string) string { return lang.TrimEndings(w, possessiveEndings) }

// possessiveEnding returns the possessive ending w ends with, or "".
func possessiveEnding(w string) string {
	for _, e := range possessiveEndings {
		if len(w) > len(e) && strings.HasSuffix(w, e) {
			return e
		}
	}
	return ""
}

// bareApostrophe reports whether after, the text right after name,
// opens with the apostrophe alone that makes a name ending as a plural
// does possessive ("Williams’ wife", "Jones' lawyer").
func bareApostrophe(name, after string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || !pluralRules.Match(strings.ToLower(words[len(words)-1])) {
		return false
	}
	for _, a := range []string{"’ ", "' "} {
		if strings.HasPrefix(after, a) {
			return true
		}
	}
	return false
}

// possessiveAt returns the possessive ending s starts with, or "".
func possessiveAt(s string) string {
	for _, e := range possessiveEndings {
		if strings.HasPrefix(s, e) {
			return e
		}
	}
	return ""
}

// The English lexicon's plurals (endings.lex).
var (
	// pluralRules fit a plural noun ("residents", not "witness").
	pluralRules = en.Suffixes(lang.PluralSuffixRules)
	// groupPluralRules fit a plural naming a group ("officials").
	groupPluralRules = en.Suffixes(lang.GroupPluralSuffixRules)
	// countNounPluralRules fit a plural noun after a count ("12
	// containers", not "12 famous").
	countNounPluralRules = en.Suffixes(lang.CountNounPluralSuffixRules)
	// pluralEndings end a plural noun.
	pluralEndings = en.Set(lang.PluralEndings)
)
