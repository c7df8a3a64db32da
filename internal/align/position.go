package align

import (
	"crosscheck/internal/lang"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
)

// nested reports whether quantity i lies inside another quantity of qs:
// "22 crew members" in "two of the 22 crew members" names the group the
// count is taken from, not a value of its own.
func nested(qs []nlp.Quantity, i int) bool {
	q := qs[i]
	for j, o := range qs {
		if j != i && o.Span.Start <= q.Span.Start && q.Span.End <= o.Span.End && (o.Span.End-o.Span.Start) > (q.Span.End-q.Span.Start) {
			return true
		}
	}
	return false
}

// addNoun adds the words of what a count counts to its context, as if
// next to it: "two sailors" and "three crew members" are told apart from
// "two salvage tugs" by them, whatever the unit.
func addNoun(ctx map[string]bool, near map[string]float64, noun string) {
	if ctx == nil {
		return
	}
	for _, w := range strings.Fields(noun) {
		f := "W:" + slotStem(w)
		ctx[f] = true
		near[f] = max(near[f], nounWeight)
	}
}

// nounWeight is the closeness weight of a counted noun: it says what is
// counted, not which count of it (the crew rescued, the crew injured), so
// it weighs as a word some way off.
const nounWeight = 0.1

// slotStem is nlp.Stem with a final y dropped, so that "injured" and
// "injuries" meet.
func slotStem(w string) string {
	return slotStemRules.Strip(nlp.Stem(w))
}

// landmarkOf is landmark with named places resolved to their story entity:
// "3.7 kilometres off Port Ardlow" and "2 nautical miles off the fishing
// town of Port Ardlow" are both measured from Port Ardlow ("E:" and the
// entity's id).
func landmarkOf(x *nlp.Index, doc int, s nlp.Sentence, span nlp.Span, ents *nlp.StoryEntities) string {
	head, at, end := landmarkPhrase(x.Text, s, span)
	if at < 0 {
		return head
	}
	if e := x.EntityAt(at); e >= 0 {
		return "E:" + strconv.Itoa(ents.Lookup(doc, e))
	}
	// "the town of Port Ardlow": the name after "of" is the place.
	rest := nlp.Tokenize(x.Text[end:s.End], end)
	if len(rest) >= 2 && genitivePrepositions.Has(strings.ToLower(rest[0].Text)) {
		if e := x.EntityAt(rest[1].Span.Start); e >= 0 {
			return "E:" + strconv.Itoa(ents.Lookup(doc, e))
		}
	}
	return head
}

// sentenceFeatures returns the story entities and content-word stems of
// sentence s.
func sentenceFeatures(x *nlp.Index, doc int, s nlp.Sentence, ents *nlp.StoryEntities) map[string]bool {
	out := map[string]bool{}
	for _, t := range nlp.Tokenize(s.Text, s.Start) {
		// Numbers with their units, and direction words, are what two
		// distances have in common whatever they measure.
		if insideValue(x.Doc, t.Span.Start) || directionWord[strings.ToLower(t.Text)] {
			continue
		}
		if e := x.EntityAt(t.Span.Start); e >= 0 {
			out["E:"+strconv.Itoa(ents.Lookup(doc, e))] = true
			continue
		}
		w := strings.ToLower(t.Text)
		if !nlp.IsStopword(w) && !timeWord[w] && !(w[0] >= '0' && w[0] <= '9') {
			out["W:"+slotStem(w)] = true
		}
	}
	return out
}

// sentenceLandmarks returns the story entities that the distances of
// sentence s are measured from ("E:" and the entity's id).
func sentenceLandmarks(x *nlp.Index, doc int, s nlp.Sentence, ents *nlp.StoryEntities) []string {
	var out []string
	for _, q := range x.Quantities {
		if q.Sentence >= 0 && x.Sentences[q.Sentence].Start == s.Start {
			if l := landmarkOf(x, doc, s, q.Span, ents); strings.HasPrefix(l, "E:") {
				out = append(out, l)
			}
		}
	}
	return out
}

// withoutPlacing returns ctx without the features that only place two
// distances: their landmarks and the direction words.
func withoutPlacing(ctx map[string]bool, a, b *value) map[string]bool {
	if a.landmark == "" && b.landmark == "" {
		return ctx
	}
	out := make(map[string]bool, len(ctx))
	for f := range ctx {
		w, isWord := strings.CutPrefix(f, "W:")
		switch {
		case f == a.landmark || f == b.landmark:
		case isWord && (directionWord[w] || w == a.landmark || w == b.landmark || w == slotStem(a.landmark) || w == slotStem(b.landmark)):
		default:
			out[f] = true
		}
	}
	return out
}

// positionalScore ranks links made by positionedAlike below links made by
// shared context, which say more.
const positionalScore = 0.05

// positionedAlike reports whether two numbers place something the same
// way: the same direction word after them ("off", "from"), landmarks that
// may be the same place (the same one, or a name and a common noun: "off
// Port Ardlow", "off the coast") and sentences that share an entity ("the
// Corran Star") or two words. Two distances of the same thing are often
// written in clauses that share nothing else.
func positionedAlike(a, b *value) bool {
	if a.direction == "" || a.direction != b.direction || a.landmark == "" || b.landmark == "" {
		return false
	}
	ea, eb := strings.HasPrefix(a.landmark, "E:"), strings.HasPrefix(b.landmark, "E:")
	if a.landmark != b.landmark && ea == eb {
		return false
	}
	words := 0
	for f := range a.sentFeats {
		if b.sentFeats[f] {
			if strings.HasPrefix(f, "E:") {
				return true
			}
			words++
		}
	}
	return words >= 2
}

// facilityWord are common nouns that end the names of places and
// buildings, which other outlets write without the name ("the hospital",
// "the port").
var facilityWord = english.Set(lang.FacilityWords)

// sameClaimBonus puts the links of values in sentences of one claim above
// every link made from context alone (a closeness sum stays well below
// it).
const sameClaimBonus = 1

// sameClaim reports whether the sentences of two values are in one claim.
func sameClaim(claimOf map[[2]int]int, a, b *value) bool {
	ca, okA := claimOf[[2]int{a.input, a.sentence}]
	cb, okB := claimOf[[2]int{b.input, b.sentence}]
	return okA && okB && ca == cb
}
