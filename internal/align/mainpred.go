package align

import (
	"slices"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A fact is what its sentence asserts: the happening its main verb tells,
// not every event word around it. "The prime minister's meeting with
// Trump was scheduled two weeks ago, before Trump called for banning
// Muslims" asserts a scheduling; "Trump called for a ban on Muslims"
// states the clause it hangs on, not the fact. And a sentence that tells
// no happening ("There was a reception here", "Many still struggle just
// to get by.") is the reporter's description or analysis: another outlet
// states it only in the same words, not by sharing a topic with it.

// mainPredicates returns the predicates unit u asserts: of each of its
// clauses (reported-speech frames are no clauses, nested clauses are
// read apart, in text order) that an adverbial subordinator does not
// open, the first verb that names an event, told as a fact, a denial or
// something that will or may be, else an infinitive of open mood
// ("hopes to begin winning"). "The meeting was scheduled two weeks ago -
// before Trump called for banning Muslims" asserts a scheduling; its
// "before" clause dates it by something else, which it does not assert.
// A participial clause (", injuring five people") or a relative one
// (", where Shoigu visited in July") tells a happening of its own. Nothing
// when u tells no event in a verb.
func (k *statedCheck) mainPredicates(u int) []predicate {
	ids := []int{u}
	if k.units[u].parent < 0 && len(k.clauses[u]) > 0 {
		ids = slices.Clone(k.clauses[u])
		slices.Sort(ids)
	}
	var out []predicate
	for _, c := range ids {
		if len(ids) > 1 && k.opensSubordinate(c) {
			continue
		}
		if p, ok := mainOf(&k.units[c]); ok {
			out = append(out, p)
		}
		out = append(out, k.participialClauses(c)...)
	}
	return out
}

// opensSubordinate reports whether clause unit c begins with an
// adverbial subordinator ("before", "after", "because").
func (k *statedCheck) opensSubordinate(c int) bool {
	toks := nlp.Tokenize(k.text(c), 0)
	return len(toks) > 0 && subordinators.Has(strings.ToLower(toks[0].Text))
}

// participialClauses returns the events of unit u told by an -ing form
// right after a comma (", injuring five people and damaging buildings"):
// each is the verb of a participial clause of its own, told as a fact
// when the unit's main verb is.
func (k *statedCheck) participialClauses(u int) []predicate {
	pa := k.argsOf(u)
	var out []predicate
	for i, p := range pa.preds {
		at := pa.at[i]
		w := strings.ToLower(pa.r.toks[at].Text)
		if p.concept == "" || at == 0 || !participleSuffixes.SuffixOf(w) || !strings.Contains(pa.r.text[pa.r.toks[at-1].Span.End:pa.r.toks[at].Span.Start], ",") {
			continue
		}
		p.verbal, p.mood = true, moodFact
		out = append(out, p)
	}
	return out
}

var subordinators = english.Set(lang.Subordinators)

// mainOf is the first verb of a unit that names an event in a mood other
// than open, else its first such verb of open mood.
func mainOf(u *unit) (predicate, bool) {
	var open *predicate
	for i, p := range u.preds {
		if !p.verbal || p.concept == "" {
			continue
		}
		if p.mood != moodOpen {
			return p, true
		}
		if open == nil {
			open = &u.preds[i]
		}
	}
	if open != nil {
		return *open, true
	}
	return predicate{}, false
}

// holdsMain reports whether sentence unit s tells the fact's main
// predicate: the same event word, as a verb, or as an event noun after a
// light verb ("held a vote" for "voted"), in the same mood. An event noun
// alone in a sentence that tells something else of it ("approved a
// resolution condemning the plan" for "groups condemned the plan") is
// its argument, not its assertion; a purpose ("the first woman to speak
// at the convention") is not a happening ("she spoke on Thursday"). An
// infinitive in the fact, or an event noun of open mood in the sentence,
// goes with any mood.
func holdsMain(main predicate, s *unit) bool {
	return slices.ContainsFunc(s.preds, func(q predicate) bool {
		if q.concept != main.concept || !(q.verbal || tellsUnnamedFact(s)) {
			return false
		}
		// An infinitive in the fact ("has a shot to win") is what may
		// be: a sentence telling it as done ("won") states another fact.
		// An infinitive in the fact ("has a shot to win") is what may
		// be: a sentence telling it as done ("won") states another fact.
		return q.mood == main.mood || main.mood == moodOpen && !(q.verbal && q.mood == moodFact) || !q.verbal && q.mood == moodOpen
	})
}

// onlyLightVerbs reports whether a unit tells its happenings with light
// verbs only ("were taken to Ardlow General Hospital"): the event is in
// other words, which no event word shows.
func onlyLightVerbs(u *unit) bool {
	return tellsUnnamedFact(u) && !slices.ContainsFunc(u.preds, func(p predicate) bool { return p.verbal && p.concept != "" })
}

// analysisCover is the least share, by weight, of a fact's words that a
// sentence must hold to state a fact that tells no happening (unless it
// prints quoteRunWords of its words in a row, or shares an event word
// with it): with no event to match, only most of the same words make the
// same description. Set before measuring, as quoteCover.
const analysisCover = 0.6

// statesMain reports whether sentence unit s asserts what the
// representative r asserts (share: how much of r's words, by weight, s
// holds; run: whether s prints quoteRunWords of r's words in a row;
// quotation: whether r quotes someone, which statesQuote checks).
//
// When r tells a happening in a verb, s states it when it tells one of
// r's main predicates (holdsMain), the same transfer of goods, or tells
// its own happening with light verbs only and holds statedCover of r.
// Else s does not state r when it asserts a happening of its own as a
// fact ("Trump called for a ban" for "the meeting was scheduled before
// Trump called for a ban"), nor when r asserts an event of the lexicon
// as a fact and s tells no happening at all ("Clinton's win shows …",
// "said X, a member of parliament" for "one member voted against").
//
// When r tells no happening (the reporter's description or analysis:
// "There was a reception here", "Many still struggle"), s must share an
// event word with it, or hold analysisCover of its words or print a run
// of them; when r tells one with a light verb only, s may also hold
// statedCover of its words.
func (k *statedCheck) statesMain(r, s int, share float64, run, quotation bool) bool {
	su := &k.units[s]
	if mains := k.mainPredicates(r); len(mains) > 0 {
		if slices.ContainsFunc(mains, func(m predicate) bool { return holdsMain(m, su) }) ||
			sharesTransfer(&k.units[sentenceOf(k.units, r)], su) ||
			onlyLightVerbs(su) && share >= statedCover {
			return true
		}
		// A verb the event lexicon does not know ("is supposed", "was
		// diplomatic") names no happening to match: what r asserts is
		// then a description, stated only in most of its words.
		if !slices.ContainsFunc(mains, func(p predicate) bool { return eventWords.Has(p.concept) }) {
			return share >= analysisCover || run
		}
		if other := k.mainPredicates(s); len(other) > 0 {
			return !assertsFact(other)
		}
		return !assertsLexicalFact(mains) || tellsUnnamedFact(su)
	}
	// A fact told with a light verb ("We get all that.", "Bill Clinton
	// set his wife's expectations high") names its happening in the
	// words after the verb, which another sentence must then share:
	// statedCover of them, as for a sentence telling its own happening
	// with light verbs.
	if quotation || tellsUnnamedFact(&k.units[r]) && share >= statedCover || sharesEvent(&k.units[r], su) {
		return true
	}
	return share >= analysisCover || run
}

// assertsFact reports whether one of a unit's main predicates is told as
// a fact.
func assertsFact(mains []predicate) bool {
	return slices.ContainsFunc(mains, func(p predicate) bool { return p.mood == moodFact })
}

// assertsLexicalFact reports whether one of a unit's main predicates is
// an event word of the lexicon told as a fact (not any -ed form:
// "negotiations appeared to be advancing" asserts no event).
func assertsLexicalFact(mains []predicate) bool {
	return slices.ContainsFunc(mains, func(p predicate) bool { return p.mood == moodFact && eventWords.Has(p.concept) })
}
