package align

import (
	"strings"

	"crosscheck/internal/nlp"
)

// A fact is told whole only when each of its parts is told, in the
// fact's own modality:
//
//   - every word a coordination joins is a part of its own: "has
//     replaced the bird logo both on the web and mobile versions" is not
//     told by "the web version of the platform now features" the new
//     logo (the mobile apps are only "anticipated to follow suit"), nor
//     "sang and danced" by "sung";
//   - a part the sentence tells as planned or expected is not one the
//     fact tells as done: "Reveals Plans To Replace Twitter's Bird Logo"
//     does not tell "Unveils New X Logo to Replace Twitter's Blue Bird".
//
// Each makes the credit uncertain, not wrong: the outlet may tell the
// rest elsewhere.

// coordinatePartLeftOut reports whether fact unit r joins two lower-case
// content words by a coordination its predicate distributes over (by
// factParts) of which sentence unit s tells one and not the other.
func (k *statedCheck) coordinatePartLeftOut(r, s int) bool {
	told := map[string]bool{}
	for _, t := range nlp.Tokenize(k.text(sentenceOf(k.units, s)), 0) {
		told[concept(strings.ToLower(t.Text))] = true
	}
	for _, pair := range nlp.DistributedParts(k.text(r), factParts) {
		if told[pair[0]] != told[pair[1]] {
			return true
		}
	}
	return false
}

// factParts is the alignment's reading of a coordination: the words of
// a fact's parts are lower-case content words compared by concept, and
// two verbs in the past tell two deeds ("sang and danced") as a
// distributive opener tells two parts ("both on the web and mobile
// versions"). Other pairs may make one description ("cadaver and rescue
// dogs", "physicist and author").
var factParts = nlp.CoordinationPolicy{OpenerWindow: 3, PastVerbs: true, Part: partWord, Key: concept}

// partWord reports whether a word may be a part of a fact of its own: a
// lower-case content word of three letters or more, not a number.
func partWord(w string) bool {
	return len(w) >= 3 && w == strings.ToLower(w) && !nlp.IsStopword(w) && !hasDigit(w) && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// plannedOnly reports whether sentence unit s tells a verb that fact
// unit r tells only as planned, expected or possible (irrealis) while
// the fact tells none of its predicates so.
func (k *statedCheck) plannedOnly(r, s int) bool {
	fact, said := &k.units[r], &k.units[sentenceOf(k.units, s)]
	for _, p := range fact.preds {
		if p.mood == moodIrrealis {
			return false
		}
	}
	for _, p := range fact.preds {
		// A verb on both sides: "the likely discovery" hedges a noun,
		// it does not plan a deed.
		if p.concept == "" || !p.verbal {
			continue
		}
		irrealisOnly, any := true, false
		for _, q := range said.preds {
			if q.concept == p.concept && q.verbal {
				any = true
				irrealisOnly = irrealisOnly && q.mood == moodIrrealis
			}
		}
		if any && irrealisOnly {
			return true
		}
	}
	return false
}
