package align

import (
	"maps"
	"slices"
	"strings"

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
	for _, suf := range []string{"our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourer", "ourers"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 && !ourWords[w] {
			return stem + "or" + suf[3:]
		}
	}
	for _, p := range [][2]string{{"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"}} {
		if stem, ok := strings.CutSuffix(w, p[0]); ok && len(stem) >= 3 {
			return stem + p[1]
		}
	}
	for _, p := range [][2]string{{"tre", "ter"}, {"tres", "ters"}} {
		if stem, ok := strings.CutSuffix(w, p[0]); ok && len(stem) >= 3 && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
			return stem + p[1]
		}
	}
	for _, suf := range []string{"lled", "lling", "ller", "llers"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 && doubledL[stem+"l"] {
			return stem + suf[1:]
		}
	}
	return w
}

// ourWords end in -our in both spellings.
var ourWords = map[string]bool{"detour": true, "detours": true, "contour": true, "contours": true,
	"devour": true, "devoured": true, "devouring": true, "velour": true, "paramour": true}

// doubledL are verbs whose l British English doubles before -ed, -ing, -er.
var doubledL = map[string]bool{"travel": true, "cancel": true, "model": true, "label": true,
	"fuel": true, "signal": true, "level": true, "channel": true, "counsel": true, "dial": true,
	"equal": true, "marshal": true, "pedal": true, "rival": true, "total": true, "tunnel": true,
	"quarrel": true, "shovel": true, "duel": true, "jewel": true}

// spellingPairs are spellings the rules do not reach.
var spellingPairs = map[string]string{"defence": "defense", "offence": "offense", "licence": "license",
	"pretence": "pretense", "programme": "program", "programmes": "programs", "grey": "gray",
	"tyre": "tire", "tyres": "tires", "kerb": "curb", "aluminium": "aluminum", "manoeuvre": "maneuver",
	"manoeuvres": "maneuvers", "judgement": "judgment", "ageing": "aging", "cheque": "check",
	"plough": "plow", "sceptical": "skeptical", "storey": "story", "whilst": "while", "amongst": "among",
	"ammo": "ammunition", "covid": "covid-19", "jewellery": "jewelry"}

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
