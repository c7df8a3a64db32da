package align

import (
	"maps"
	"slices"

	"crosscheck/internal/lang"

	"crosscheck/internal/nlp"
)

// concept maps a lower-case word to the term it is compared by: British
// spellings folded to American ones, a light stem, and words that news
// reports use for the same thing folded to one concept, so that "will
// travel to Russia" meets "plans to visit Russia" and "armoured train"
// meets "armored train".
func concept(w string) string {
	w = foldSpelling(w)
	st := stem(w)
	if c, ok := paraphrase[st]; ok {
		return c
	}
	if c, ok := paraphrase[w]; ok {
		return c
	}
	return st
}

// stem is nlp.Stem applied until it settles (twice does it): nlp.Stem
// takes the -s off "satellites" but the -e off "satellite", so once is not
// enough for singular and plural to meet.
func stem(w string) string { return nlp.Stem(nlp.Stem(w)) }

// foldSpelling turns British spellings into American ones by the regular
// correspondences (-our/-or, -ise/-ize, -yse/-yze, -tre/-ter, doubled l
// before a suffix, -ence/-ense in defence and offence). It only has to
// be consistent, not right: both sides of a comparison are folded alike,
// so "promise" turning into "promize" is harmless.
func foldSpelling(w string) string {
	if v, ok := spellingPairs[w]; ok {
		return v
	}
	if stem, to, ok := ourFolds.cut(w); ok && len(stem) >= 3 && !ourWords[w] {
		return stem + to
	}
	if stem, to, ok := iseFolds.cut(w); ok && len(stem) >= 3 {
		return stem + to
	}
	if stem, to, ok := treFolds.cut(w); ok && len(stem) >= 3 && !vowels[stem[len(stem)-1:]] {
		return stem + to
	}
	if stem, to, ok := doubledLFolds.cut(w); ok && len(stem) >= 4 && doubledL[stem+"l"] {
		return stem + to
	}
	return w
}

// suffixFolds are word endings and what each turns into, of which at
// most one fits a word. Looking up a word's endings of the lengths the
// table has is the same as trying every ending, and foldSpelling, which
// every word of a story passes through several times, is several times
// faster for it (BENCHMARKS.md, issue 15, session 6).
type suffixFolds struct {
	to   map[string]string
	lens []int // the lengths of the endings, each once
}

func newSuffixFolds(to map[string]string) suffixFolds {
	f := suffixFolds{to: to}
	for suf := range to {
		if !slices.Contains(f.lens, len(suf)) {
			f.lens = append(f.lens, len(suf))
		}
	}
	slices.Sort(f.lens)
	return f
}

// cut returns w without the ending that fits it and what the ending
// turns into.
func (f suffixFolds) cut(w string) (stem, to string, ok bool) {
	for _, n := range f.lens {
		if n > len(w) {
			break
		}
		if to, ok := f.to[w[len(w)-n:]]; ok {
			return w[:len(w)-n], to, true
		}
	}
	return "", "", false
}

// The regular correspondences of British to American spelling: endings
// in -our, in -ise and -yse, in -tre after a consonant, and a doubled l.
// Within each group at most one ending fits a word, so their order does
// not matter.
var (
	ourFolds      = newSuffixFolds(english.Map(lang.SpellingOurFolds))
	iseFolds      = newSuffixFolds(english.Map(lang.SpellingIseFolds))
	treFolds      = newSuffixFolds(english.Map(lang.SpellingTreFolds))
	doubledLFolds = newSuffixFolds(english.Map(lang.SpellingDoubledLFolds))
	vowels        = english.Set(lang.VowelLetters)
)

// ourWords end in -our in both spellings.
var ourWords = english.Set(lang.OurWords)

// doubledL are verbs whose l British English doubles before -ed, -ing, -er.
var doubledL = english.Set(lang.DoubledLVerbs)

// spellingPairs are spellings the rules do not reach.
var spellingPairs = english.Map(lang.SpellingPairs)

// paraphrase folds stems (as nlp.Stem leaves them) of words news reports
// use interchangeably to one concept (lang.EventParaphrases): generic
// reporting vocabulary (movement, meetings, speech, violence and
// disasters, trade), not the words of any one story.
var paraphrase = foldGroups(english.Map(lang.EventParaphrases))

// english is the lexicon the alignment reads its word lists from.
var english = lang.English()

// foldGroups maps every word of the groups (word → concept), and its
// folded stem, to the group's concept.
func foldGroups(groups map[string]string) map[string]string {
	m := map[string]string{}
	for _, w := range slices.Sorted(maps.Keys(groups)) {
		c := groups[w]
		m[stem(foldSpelling(w))] = c
		m[w] = c
	}
	return m
}

// The English lexicon's endings (endings.lex).
var (
	// pluralEndings end a plural noun ("crews").
	pluralEndings = english.List(lang.PluralEndings)
	// thirdPersonEndings end a verb's third person singular present
	// ("checks").
	thirdPersonEndings = english.Set(lang.ThirdPersonEndings)
	// slotStemRules drop what nlp.Stem leaves of an ending that differs
	// between a word's forms ("injur-y", "injur-ed").
	slotStemRules = english.Suffixes(lang.SlotStemSuffixRules)
)

// singularOrPlural reports whether w, or w without or with a plural
// ending, is in words.
func singularOrPlural(words map[string]bool, w string) bool {
	if words[w] || words[lang.TrimEndings(w, pluralEndings)] {
		return true
	}
	for _, e := range pluralEndings {
		if words[w+e] {
			return true
		}
	}
	return false
}
