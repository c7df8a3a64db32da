package align

import (
	"fmt"
	"strconv"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A measure written before a noun measures that noun: "a 200-metre
// section of the Morandi bridge gave way", "the huge 260ft section of the
// 50-year-old Morandi bridge gave way". Two such values are of one slot
// when they measure the same noun of the same named thing, and that
// phrase is the subject of the same predicate: the same thing, in the
// same happening. Their sentences need not state one fact (one tells
// who died when the section gave way, the other how many vehicles it
// took down): the phrase itself says what is measured.

// measuredThing is what an attributive measure measures: the noun after
// it, the story entity its "of" phrase names, and the predicate the
// phrase is the subject of.
type measuredThing struct {
	noun, owner string
	// written is the noun as written ("section").
	written string
	// verb is the predicate's concept, or its stem and the word after
	// when the lexicon gives no concept ("give way").
	verb string
}

// partOfWords join a measured noun to what it is part of ("of").
var partOfWords = english.Set(lang.SlotPartOfWords)

// maxOwnerWords bounds the words between "of" and the predicate: "the
// 50-year-old Morandi bridge" fits, a clause does not.
const maxOwnerWords = 5

// measuredOf returns what number value v measures when it is written
// before a noun with an "of" phrase naming a story entity and followed by
// a predicate; ok is false otherwise.
func (j *judge) measuredOf(v *value) (measuredThing, bool) {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) || v.q.Noun != "" {
		return measuredThing{}, false
	}
	from := pastConversion(x.Text, v.q.Span.End, s.End)
	_, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
	if ce < from {
		return measuredThing{}, false
	}
	toks := nlp.Tokenize(x.Text[from:ce], from)
	if len(toks) < 4 {
		return measuredThing{}, false
	}
	noun := strings.ToLower(toks[0].Text)
	if nlp.IsStopword(noun) || directionWord[noun] || x.EntityAt(toks[0].Span.Start) >= 0 || !partOfWords.Has(strings.ToLower(toks[1].Text)) {
		return measuredThing{}, false
	}
	if _, ok := predicateOf(noun, "", toks[0].Text); ok {
		return measuredThing{}, false // "5 km walked", not a measured noun
	}
	m := measuredThing{noun: slotStem(noun), written: noun}
	for k := 2; k < len(toks) && k < 2+maxOwnerWords; k++ {
		w := strings.ToLower(toks[k].Text)
		if e := x.EntityAt(toks[k].Span.Start); e >= 0 {
			if id := j.ents.Lookup(v.input, e); id >= 0 && m.owner == "" {
				m.owner = "E:" + strconv.Itoa(id)
			}
			continue
		}
		if m.owner == "" {
			continue
		}
		before := strings.ToLower(toks[k-1].Text)
		p, ok := predicateOf(w, before, toks[k].Text)
		if !ok || !p.verbal && p.concept == "" {
			continue // the rest of the owner's phrase ("bridge")
		}
		switch {
		case p.concept != "":
			m.verb = p.concept
		case k+1 < len(toks):
			m.verb = stem(w) + " " + strings.ToLower(toks[k+1].Text)
		default:
			return measuredThing{}, false
		}
		return m, true
	}
	return measuredThing{}, false
}

// sameMeasuredThing reports whether a and b measure the same noun of the
// same named thing, the subject of the same predicate.
func (j *judge) sameMeasuredThing(a, b *value) (measuredThing, bool) {
	ma, oka := j.measuredOf(a)
	mb, okb := j.measuredOf(b)
	return ma, oka && okb && ma.noun == mb.noun && ma.owner == mb.owner && ma.verb == mb.verb
}

// measuredSlot names the slot of a measure of thing m in unit: "length of
// the section of Morandi".
func (j *judge) measuredSlot(m measuredThing, unit string) string {
	dim := measureName(unit)
	if b, ok := baseUnits[unit]; ok {
		dim = b.dim
	}
	return fmt.Sprintf("%s of the %s of %s", dim, m.written, j.landmarkName(m.owner))
}
