package align

import (
	"strings"

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
// use interchangeably to one concept. The groups are generic reporting
// vocabulary (movement, meetings, speech, violence and disasters, trade),
// not the words of any one story.
var paraphrase = foldGroups(paraphraseGroups)

// paraphraseGroups are the concept groups: a concept name, then its words.
var paraphraseGroups = [][]string{
	{"travel", "travel", "traveled", "travels", "visit", "trip", "journey", "go", "goes", "went", "gone", "head", "tour", "voyage"},
	{"depart", "leave", "left", "depart", "departure", "exit"},
	{"arrive", "arrive", "arrival", "reach"},
	{"meet", "meet", "met", "meeting", "summit", "talk", "negotiation", "negotiate", "discuss", "discussion", "hold", "held"},
	{"say", "say", "said", "state", "statement", "tell", "told", "report", "announce", "announcement", "reveal", "claim", "declare", "note"},
	{"weapon", "weapon", "arm", "armament", "munition", "ammunition", "arsenal"},
	{"shell", "shell", "projectile", "round"},
	{"missile", "missile", "rocket"},
	{"supply", "supply", "provide", "sell", "sale", "deliver", "delivery", "shipment", "give", "gave", "transfer", "export"},
	{"acquire", "buy", "bought", "purchase", "acquire", "obtain", "import", "procure"},
	{"die", "die", "dead", "death", "kill", "fatal", "fatality", "toll", "perish"},
	{"injure", "injure", "injury", "wound", "hurt"},
	{"quake", "quake", "earthquake", "tremor", "temblor", "seismic"},
	{"fire", "fire", "blaze", "wildfire", "inferno"},
	{"arrest", "arrest", "detain", "detention", "custody", "apprehend"},
	{"charge", "charge", "indict", "indictment", "accuse"},
	{"shoot", "shoot", "shot", "shooting", "gunfire", "gunman"},
	{"crash", "crash", "collide", "collision", "wreck"},
	{"vessel", "ship", "vessel", "boat", "ferry", "tanker", "freighter"},
	{"aircraft", "aircraft", "airplane", "jet", "airliner"},
	{"war", "war", "conflict", "invasion", "fighting", "hostility"},
	{"abroad", "abroad", "overseas", "foreign"},
	{"secret", "secret", "secretive", "covert", "clandestine"},
	{"large", "large", "huge", "vast", "massive", "big", "enormous"},
	{"border", "border", "frontier"},
	{"country", "country", "nation"},
	{"start", "start", "begin", "began", "begun", "launch", "open", "commence"},
	{"end", "end", "finish", "conclude", "close"},
	{"resign", "resign", "resignation", "quit"},
	{"win", "win", "won", "victory", "beat", "defeat"},
	{"plan", "plan", "intend", "intention", "aim", "expect", "anticipate"},
	{"seek", "seek", "sought", "want", "desire", "keen", "eager"},
	{"nuclear", "nuclear", "atomic", "nuclear-powered", "nuclear-capable"},
	{"technology", "technology", "tech", "know-how"},
	{"rescue", "rescue", "save", "evacuate", "evacuation"},
	{"flee", "flee", "fled", "escape"},
	{"hospital", "hospital", "hospitalized", "clinic"},
}

// foldGroups maps every word of the groups, and its folded stem, to the
// group's concept.
func foldGroups(groups [][]string) map[string]string {
	m := map[string]string{}
	for _, g := range groups {
		for _, w := range g[1:] {
			m[stem(foldSpelling(w))] = g[0]
			m[w] = g[0]
		}
	}
	return m
}
