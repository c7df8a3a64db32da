package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// The kind of a name the gazetteer does not know is best told by its own
// words ("Kessary Bay", "Ministry of Maritime Affairs", see ownKind) and
// otherwise by the words around it, as a reader would: "off the fishing
// town of Port Ardlow", "Gannet Ledge, a shallow reef", "the Kessary
// coast". Without such a cue a name of two to four words is guessed to be
// a person's, which is right more often than not in news text.

// placePrefix are first words that make a name a place's ("Port Ardlow",
// "Mount Kenya", "Cape Wrath").
var placePrefix = en.Set(lang.PlacePrefixes)

// numberedPlaces are place words a number completes: "Pier 33", "Gate 5".
var numberedPlaces = en.Set(lang.NumberedPlaces)

// placeNouns are lower-case nouns for kinds of place: "the town of X", "X,
// a small town", "X, a reef".
var placeNouns = en.Set(lang.PlaceNouns)

// placeAfter are lower-case nouns that, written right after a name,
// make it a place's: "the Kessary coast", "the Donbas region".
var placeAfter = en.Set(lang.PlaceAfterNouns)

// orgNouns are lower-case nouns for kinds of organisation: "X, a shipping
// company", "X, a charity". (Agent nouns such as "insurer" or "operator"
// are left out: "Jane Doe, the store's insurer".)
var orgNouns = en.Set(lang.OrganisationNouns)

// placeBefore are the prepositions that, right before a name, say it is
// a place: "a reef near Port Ardlow", "a village outside Kabul". ("in" is
// left out: "in John Smith's view"; "off" is a place's only after a
// distance or a grounding, see offPlace.)
var placeBefore = en.Set(lang.PlaceBeforeWords)

// offPlace are the words after which "off" is "off the coast of": "2
// nautical miles off X", "aground off X", not "dropping off Dennis".
var offPlace = en.Set(lang.DistanceWords)

// ownKind returns the kind that the words of the name [i, j) themselves
// give it, or "".
func (f *finder) ownKind(i, j int) string {
	if j-i >= 2 && isNumber(f.toks[j-1].Text) && numberedPlaces[strings.ToLower(f.toks[j-2].Text)] {
		return KindPlace // "Pier 33", "Route 66"
	}
	last := strings.ToLower(stripPossessive(f.toks[j-1].Text))
	first := strings.ToLower(f.toks[i].Text)
	of := j-i >= 3 && genitivePrepositions[f.toks[i+1].Text]
	switch {
	case orgSuffix[last]:
		return KindOrg
	case eventSuffix[last]:
		return KindEvent
	case placeSuffix[last]:
		return KindPlace
	case j-i >= 2 && placePrefix[first]:
		return KindPlace
	case of && orgSuffix[first]:
		// "Ministry of Maritime Affairs", "Bank of England".
		return KindOrg
	case of && placeSuffix[first]:
		// "Bay of Biscay", "City of London".
		return KindPlace
	}
	return ""
}

// institution reports whether tokens [p, j), two or more, holding a title
// word but no gazetteer name after p, are the name of an organisation or
// place by their last word ("Ardlow General Hospital").
func (f *finder) institution(p, j int) bool {
	if j-p < 2 || titleWords[strings.ToLower(f.toks[j-1].Text)] {
		return false
	}
	if last := strings.ToLower(stripPossessive(f.toks[j-1].Text)); !orgSuffix[last] && !placeSuffix[last] {
		return false // "Government of Prime Minister X" names a person's government
	}
	title := false
	for q := p; q < j; q++ {
		title = title || titleWords[strings.ToLower(strings.TrimSuffix(f.toks[q].Text, "."))]
		if n, _ := f.gazMatch(q, j); n > 0 && q > p {
			return false
		}
	}
	return title
}

// cueKind returns the kind that the words around the name [i, j) give it,
// or "".
func (f *finder) cueKind(i, j int) string {
	word := func(k int) string {
		if k < 0 || k >= len(f.toks) || f.sent[k] != f.sent[i] {
			return ""
		}
		return f.toks[k].Text
	}
	// "the fishing town of Port Ardlow", "the port town of X".
	if genitivePrepositions[word(i-1)] && placeNouns[word(i-2)] {
		return KindPlace
	}
	if (placeBefore[word(i-1)] || offPrepositions[word(i-1)] && offPlace[word(i-2)]) && f.adjacent(i-1) && !f.possessive(j-1) {
		return KindPlace
	}
	// "the Kessary coast".
	if !f.possessive(j-1) && j < len(f.toks) && f.adjacent(j-1) && placeAfter[word(j)] {
		return KindPlace
	}
	// "Another resident, Svetlana, said": a name set after a role.
	if i >= 1 && roleHeads[word(i-1)] && f.text[f.toks[i-1].Span.End:f.toks[i].Span.Start] == ", " &&
		j < len(f.toks) && f.sent[j] == f.sent[i] && strings.HasPrefix(f.text[f.toks[j-1].Span.End:], ",") {
		return KindPerson
	}
	return f.appositiveKind(j)
}

// appositiveKind returns the kind an indefinite appositive after a name
// gives it: "Port Ardlow, a town of about 6,000 people", "Gannet Ledge, a
// shallow reef marked by a beacon", "X, a Kamsarmax bulk carrier" (a
// vessel, of no kind). The head is the last word before a function word,
// a participle or a capitalised word; possessives ("a state's") are no
// heads. "the" is left out: after a comma it starts a clause as often
// ("Other than the MacBook Pro, the company concentrated on").
func (f *finder) appositiveKind(j int) string {
	if j+1 >= len(f.toks) || f.sent[j] != f.sent[j-1] || f.text[f.toks[j-1].Span.End:f.toks[j].Span.Start] != ", " {
		return ""
	}
	if !indefiniteArticles[f.toks[j].Text] {
		return ""
	}
	head := ""
	for k := j + 1; k < len(f.toks) && k <= j+5 && f.adjacent(k-1); k++ {
		w := f.toks[k].Text
		if IsStopword(w) || pastSuffixes.SuffixOf(w) || isCapitalised(w) && head != "" {
			break
		}
		if !f.possessive(k) {
			head = w
		}
	}
	switch {
	case placeNouns[head]:
		return KindPlace
	case vesselNouns[head]:
		return KindOther
	case orgNouns[head]:
		return KindOrg
	}
	return ""
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// holderAfterOrg returns where an organisation's name ends inside the
// capitalised run [i, j) when a role and "of" stand before the run ("head
// of the Red Crescent Society Pir-Hossein Kolivand", "spokesman of the
// Foreign Ministry Nasser Kanaani"): the run is the role's organisation,
// ended by one of its nouns (lang organisation-suffixes), then the name
// of two or three words of the one who holds the role, written with no
// comma between. 0 when the run is no such pair.
func (f *finder) holderAfterOrg(i, j int) int {
	k := i - 1
	if k >= 0 && determiners[strings.ToLower(f.toks[k].Text)] {
		k--
	}
	if k < 1 || !genitivePrepositions[f.toks[k].Text] || !roleHeads[f.toks[k-1].Text] || f.sent[k-1] != f.sent[i] {
		return 0
	}
	for s := j - 2; s >= j-3 && s > i; s-- {
		if !orgSuffix[strings.ToLower(f.toks[s-1].Text)] {
			continue
		}
		for q := s; q < j; q++ {
			w := strings.ToLower(stripPossessive(f.toks[q].Text))
			if orgSuffix[w] || placeSuffix[w] || titleWords[w] || nameConnectors[f.toks[q].Text] {
				return 0
			}
		}
		return s
	}
	return 0
}
