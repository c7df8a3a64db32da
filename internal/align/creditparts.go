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
// content words by a conjunctive coordinator ("web and mobile", "sang
// and danced") of which sentence unit s tells one and not the other.
func (k *statedCheck) coordinatePartLeftOut(r, s int) bool {
	told := map[string]bool{}
	for _, t := range nlp.Tokenize(k.text(sentenceOf(k.units, s)), 0) {
		told[concept(strings.ToLower(t.Text))] = true
	}
	for _, pair := range coordinatedWords(k.text(r)) {
		if told[pair[0]] != told[pair[1]] {
			return true
		}
	}
	return false
}

// coordinatedWords returns the concepts of each two lower-case content
// words text joins by a claim coordinator ("and") with nothing else
// between them, where each is asserted on its own: a distributive
// opener shortly before ("both on the web and mobile versions"), or two
// verbs in the past ("sang and danced"). Other such pairs may make one
// description ("cadaver and rescue dogs", "physicist and author").
func coordinatedWords(text string) [][2]string {
	toks := nlp.Tokenize(text, 0)
	var out [][2]string
	for i := 1; i+1 < len(toks); i++ {
		if !claimCoordinators.Has(strings.ToLower(toks[i].Text)) {
			continue
		}
		a, b := toks[i-1].Text, toks[i+1].Text
		if !partWord(a) || !partWord(b) || strings.TrimSpace(text[toks[i-1].Span.End:toks[i].Span.Start]) != "" || strings.TrimSpace(text[toks[i].Span.End:toks[i+1].Span.Start]) != "" {
			continue
		}
		if !distributed(text, toks, i-1) && !(pastVerb(a) && pastVerb(b)) {
			continue
		}
		if ca, cb := concept(a), concept(b); ca != cb {
			out = append(out, [2]string{ca, cb})
		}
	}
	return out
}

// distributedWindow is how many words before a coordination's first
// part a distributive opener may stand: "both on the web and mobile".
const distributedWindow = 3

// distributed reports whether a distributive opener stands within
// distributedWindow words before toks[i], in its phrase.
func distributed(text string, toks []nlp.Token, i int) bool {
	for k := i; k >= 0 && k >= i-distributedWindow; k-- {
		if k < i && boundaryBetween(text, toks, k, k+1) {
			return false
		}
		if distributiveOpeners.Has(strings.ToLower(toks[k].Text)) {
			return true
		}
	}
	return false
}

// pastVerb reports whether a lower-case word is a verb in the past: a
// known past form ("sang") or a regular one ("danced").
func pastVerb(w string) bool {
	_, ok := pastForms[w]
	return ok || len(w) > 4 && pastSuffixes.SuffixOf(w)
}

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
