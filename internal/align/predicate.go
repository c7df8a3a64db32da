package align

import (
	"slices"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Two sentences state the same fact when they state the same event: the
// same predicate, told in the same mood, with compatible arguments. A
// shared name ("Cardoso"), number ("380 kilometers") or topic word is not
// enough: "Lindsay Lohan has left the Betty Ford Center" and "Lindsay
// Lohan checks into rehab at Betty Ford Center" share a name and a place
// and state different events. Without a parser, a clause's predicates are
// its event words (lang.EventWords, by concept or stem), its past forms
// (-ed, lang.EventPastForms) and its -ing forms of event words, outside
// names, numbers and dates; verbs of saying frame a fact and are none
// (lang.EventFrameVerbs). Each predicate is told as a fact, as something
// that may or will be (a modal, future or intent word shortly before it:
// "will face a confidence vote"), or as denied ("did not reveal"); "will
// face a confidence vote" and "lost the vote" share "vote" in different
// moods and are different facts (cf. the factuality classes of FactBank,
// Saurí and Pustejovsky 2009).

// Moods a predicate is told in.
const (
	moodFact = iota
	// moodOpen is a predicate whose mood the words do not tell: an
	// infinitive of purpose ("left to meet Putin"), an event noun with
	// nothing before it ("a meeting"). It goes with any mood.
	moodOpen
	moodIrrealis
	moodDenied
)

// moodsAgree reports whether a predicate told in mood a and one told in
// mood b may be one fact.
func moodsAgree(a, b int) bool {
	return a == b || a == moodOpen || b == moodOpen
}

// predicate is one event word of a unit.
type predicate struct {
	concept string
	mood    int
	// verbal marks a verb form (a past form, -ed, a present form after
	// its subject, -ing after an auxiliary), as against a noun or a word
	// that may be either.
	verbal bool
	// conditional marks a predicate told as only possible or under a
	// condition ("could face a sentence", "if convicted"), within the
	// irrealis mood or an event noun's open one: what might be is not
	// what is, nor what is planned or faced.
	conditional bool
}

var (
	eventWords = english.Set(lang.EventWords)
	pastForms  = english.Map(lang.EventPastForms)
	frameVerbs = english.Set(lang.EventFrameVerbs)
	irrealis   = english.Set(lang.EventIrrealis)
	conditions = english.Set(lang.EventConditional)
	negation   = english.Set(lang.EventNegation)
	particle   = english.Set(lang.EventParticles)
	locative   = english.Set(lang.EventLocatives)
	nounMarker = english.Set(lang.EventNounMarkers)
	auxiliary  = english.Set(lang.EventAuxiliaries)
	lightVerbs = english.Set(lang.EventLightVerbs)
	placeWords = english.Set(lang.EventPlaceGeneric)
)

// moodWindow is how many words before a predicate its mood is read from.
const moodWindow = 4

// predicatesIn returns the predicates of the clause c of text, with the
// tokens at offsets skip says are names, numbers or dates left out.
func predicatesIn(text string, c nlp.Clause, skip func(off int) bool) []predicate {
	var out []predicate
	for _, p := range predicatesAt(text, c, skip) {
		if !slices.Contains(out, p.predicate) {
			out = append(out, p.predicate)
		}
	}
	return out
}

// placedPredicate is a predicate and the offset of its word.
type placedPredicate struct {
	predicate
	at int
}

// predicatesAt is predicatesIn with every occurrence and where it is.
func predicatesAt(text string, c nlp.Clause, skip func(off int) bool) []placedPredicate {
	toks := nlp.Tokenize(text[c.Span.Start:c.Span.End], c.Span.Start)
	type found struct {
		p  predicate
		at int
	}
	var all []found
	for i, t := range toks {
		if c.Inner.End > c.Inner.Start && t.Span.Start >= c.Inner.Start && t.Span.End <= c.Inner.End || skip(t.Span.Start) {
			continue
		}
		before := ""
		if i > 0 {
			before = strings.ToLower(toks[i-1].Text)
		}
		p, ok := predicateOf(strings.ToLower(t.Text), before, toks[max(i-1, 0)].Text)
		if !ok {
			continue
		}
		// "checks out", "stepped down", "called off": the particle makes
		// another event than the verb alone.
		if p.concept != "" && i+1 < len(toks) && !strings.ContainsAny(text[t.Span.End:toks[i+1].Span.Start], ",;:.") && particle.Has(strings.ToLower(toks[i+1].Text)) {
			p.concept += "-" + strings.ToLower(toks[i+1].Text)
		}
		all = append(all, found{p, i})
	}
	var out []placedPredicate
	for k, f := range all {
		f.p.mood = moodBefore(text, toks, f.at, f.p.verbal)
		f.p.conditional = conditionalBefore(text, toks, f.at)
		// "to meet Putin": an infinitive is a verb, of open mood.
		if f.at > 0 && infinitiveMarkers.Has(strings.ToLower(toks[f.at-1].Text)) && f.p.concept != "" && !participleSuffixes.SuffixOf(strings.ToLower(toks[f.at].Text)) {
			f.p.verbal = true
		}
		if !f.p.verbal && f.p.mood == moodFact {
			// An event noun takes the mood of the verb just before it
			// ("lost the vote"), else none.
			f.p.mood = moodOpen
			if k > 0 && all[k-1].p.verbal && f.at-all[k-1].at <= moodWindow && !boundaryBetween(text, toks, all[k-1].at, f.at) {
				f.p.mood = moodBefore(text, toks, all[k-1].at, true)
				f.p.conditional = f.p.conditional || all[k-1].p.conditional
			}
		}
		all[k] = f
		out = append(out, placedPredicate{f.p, toks[f.at].Span.Start})
	}
	return out
}

// predicateOf tells whether the lower-case word w, after the word before
// (lower case) written as written, is an event word, and its concept.
func predicateOf(w, before, written string) (predicate, bool) {
	if len(w) < 3 || frameVerbs.Has(w) || irrealis.Has(w) || nlp.IsStopword(w) {
		return predicate{}, false
	}
	if base, ok := pastForms[w]; ok {
		if lightVerbs.Has(base) {
			// A light verb makes a statement but names no event: it
			// counts as a predicate without a concept.
			return predicate{verbal: true}, true
		}
		return predicate{concept: concept(base), verbal: !nounMarker.Has(before)}, true
	}
	c := concept(w)
	st := stem(w)
	if frameVerbs.Has(st) || speechConcepts.Has(c) {
		return predicate{}, false
	}
	if lightVerbs.Has(st) || lightVerbs.Has(w) {
		return predicate{verbal: !nounMarker.Has(before)}, true
	}
	event := eventWords.Has(c) || eventWords.Has(st) || eventWords.Has(w)
	switch {
	case len(w) > 4 && pastSuffixes.SuffixOf(w):
		// "his armored train", "the banned missiles": after a
		// determiner, a participle describes a thing.
		// "by armoured train", "of classified information", "North
		// Korea's banned missiles": right after a preposition or a
		// possessive it does too.
		if nounMarker.Has(before) || headPrepositions.Has(before) || possessive(before) {
			return predicate{concept: c}, event
		}
		return predicate{concept: c, verbal: true}, true
	case len(w) > 5 && participleSuffixes.SuffixOf(w):
		// "are awaiting trial": after a form of "be" an -ing form is
		// the clause's verb, whatever it names.
		return predicate{concept: c, verbal: auxiliary.Has(before)}, event || auxiliary.Has(before)
	case thirdPersonEndings.SuffixOf(w) && subjectBefore(written):
		// "Lohan checks into rehab", "she leaves".
		return predicate{concept: c, verbal: true}, event
	}
	return predicate{concept: c}, event
}

// boundaryBetween reports whether punctuation that ends a phrase lies
// between tokens i and j (i < j).
func boundaryBetween(text string, toks []nlp.Token, i, j int) bool {
	return strings.ContainsAny(text[toks[i].Span.End:toks[j].Span.Start], ",;:()")
}

// moodBefore reads the mood of the predicate at toks[i] from the words
// before it in its clause, up to a comma or moodWindow words: a modal,
// future or intent word makes it irrealis, a negation denies it; an
// infinitive ("to meet") or, for an event noun, "for" ("left for a
// summit") is a purpose, open to any mood.
func moodBefore(text string, toks []nlp.Token, i int, verbal bool) int {
	mood := moodFact
	for k := i - 1; k >= 0 && k >= i-moodWindow; k-- {
		if boundaryBetween(text, toks, k, k+1) {
			break
		}
		w := strings.ToLower(toks[k].Text)
		two := w
		if k+1 < i {
			two = w + " " + strings.ToLower(toks[k+1].Text)
		}
		switch {
		case infinitiveMarkers.Has(w) && k == i-1, purposePrepositions.Has(w) && !verbal && mood == moodFact:
			mood = moodOpen
		case infinitiveMarkers.Has(w):
		case irrealis.Has(w) || irrealis.Has(two):
			return moodIrrealis
		case negation.Has(w) || negation.Has(two) || negationSuffixes.SuffixOf(w):
			mood = moodDenied
		}
	}
	return mood
}

// conditionalBefore reports whether the predicate at toks[i] is told as
// only possible or under a condition: a conditional word within
// moodWindow words before it in its clause, or before the irrealis word
// that governs it ("could face a maximum prison sentence": the sentence
// is faced, the facing only possible).
func conditionalBefore(text string, toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-moodWindow; k-- {
		if boundaryBetween(text, toks, k, k+1) {
			return false
		}
		w := strings.ToLower(toks[k].Text)
		switch {
		case conditions.Has(w):
			return true
		case irrealis.Has(w) && !infinitiveMarkers.Has(w):
			return conditionalBefore(text, toks, k)
		}
	}
	return false
}

// sameEvent reports whether two units may state the same event. They do
// when they share a predicate concept in moods that agree. They do not
// when they share predicates only in moods that disagree ("will face a
// vote", "lost the vote"), or when each states a happening as a fact in a
// verb and they share no predicate ("died Saturday", "his body was
// discovered Tuesday"). Otherwise nothing tells them apart, and the word
// similarity that grouped them stands.
func sameEvent(a, b *unit, ents *nlp.StoryEntities) bool {
	// A name or a noun phrase alone ("the BlackBerry Curve 8900")
	// states nothing to share.
	if a.states() == 0 || b.states() == 0 || placesApart(a.wheres, b.wheres, ents) && !shareAny(a.whens, b.whens) || yearsApart(a.years, b.years) {
		return false
	}
	if stagesApart(a.preds, b.preds) {
		return false
	}
	// A shared concept told in moods that agree makes one event, unless
	// it is only an event noun on both sides while each states a
	// happening of its own in a verb: "Smith was killed in the shooting"
	// and "police investigate the shooting" share an argument, not what
	// they state.
	clash, weak := false, false
	for _, p := range a.preds {
		for _, q := range b.preds {
			if p.concept != q.concept || p.concept == "" {
				continue
			}
			switch {
			case !moodsAgree(p.mood, q.mood):
				clash = true
			case p.verbal || q.verbal || p.mood != moodOpen || q.mood != moodOpen:
				return true
			default:
				weak = true
			}
		}
	}
	if weak {
		return !clash && !(statesHappening(a) && statesHappening(b))
	}
	// Units that share no predicate: nothing tells them apart unless
	// both state happenings, and the word similarity that grouped them
	// stands.
	return !clash && !(statesHappening(a) && statesHappening(b))
}

// states counts what a unit states: its predicates and numbers.
func (u *unit) states() int {
	n := len(u.preds)
	for t := range u.terms {
		if t[0] == 'Q' {
			n++
		}
	}
	return n
}

// statesHappening reports whether a unit states a happening as a fact in
// a verb.
func statesHappening(u *unit) bool {
	for _, p := range u.preds {
		if p.verbal && p.mood == moodFact && p.concept != "" {
			return true
		}
	}
	return false
}

// splitByEvent splits each claim into groups whose members pairwise state
// the same event (sameEvent): the member alike with most others starts a
// group, and every member alike with all of the group joins it, in that
// order (ties broken by key, so that the order of the articles does not
// matter). A member left alone stays a claim of its own when it is a
// whole sentence; a clause or a sentence that joined by containment is
// dropped (its sentence's own claim stands for it).
func splitByEvent(units []unit, claims [][]member, ents *nlp.StoryEntities, key func(unit int) string, memo *eventMemo) [][]member {
	var out [][]member
	for _, ms := range claims {
		if len(ms) < 2 {
			out = append(out, ms)
			continue
		}
		var groups [][]int
		var sum uint64
		found := false
		if memo != nil {
			sum = memo.claimSum(ms)
			groups, found = memo.old[sum]
			found = found && groupsFit(groups, len(ms))
		}
		if !found {
			groups = eventGroups(units, ms, ents, key)
		}
		if memo != nil {
			memo.next[sum] = groups
		}
		for _, g := range groups {
			group := make([]member, len(g))
			for i, at := range g {
				group[i] = ms[at]
			}
			out = append(out, group)
		}
	}
	slices.SortFunc(out, func(a, b []member) int { return a[0].unit - b[0].unit })
	return out
}

// eventGroups is splitByEvent of one claim of two or more members: the
// groups it leaves, each as places in ms, in the order they are made.
func eventGroups(units []unit, ms []member, ents *nlp.StoryEntities, key func(unit int) string) [][]int {
	deg := map[int]int{}
	for _, a := range ms {
		for _, b := range ms {
			if a.unit != b.unit && sameEvent(&units[a.unit], &units[b.unit], ents) {
				deg[a.unit]++
			}
		}
	}
	left := make([]int, len(ms))
	for i := range left {
		left[i] = i
	}
	slices.SortStableFunc(left, func(a, b int) int {
		if d := deg[ms[b].unit] - deg[ms[a].unit]; d != 0 {
			return d
		}
		return strings.Compare(key(ms[a].unit), key(ms[b].unit))
	})
	var out [][]int
	for len(left) > 0 {
		group := []int{left[0]}
		var rest []int
		for _, m := range left[1:] {
			ok := true
			for _, g := range group {
				if !sameEvent(&units[ms[m].unit], &units[ms[g].unit], ents) {
					ok = false
					break
				}
			}
			if ok {
				group = append(group, m)
			} else {
				rest = append(rest, m)
			}
		}
		left = rest
		if len(group) == 1 && (ms[group[0]].contains || units[ms[group[0]].unit].parent >= 0) {
			continue
		}
		slices.SortFunc(group, func(a, b int) int { return ms[a].unit - ms[b].unit })
		out = append(out, group)
	}
	return out
}

// subjectBefore reports whether a word before a present form ending in -s
// may be its subject: a capitalised word (a name) or he, she, it.
func subjectBefore(w string) bool {
	if singularSubjectPronouns.HasWord(w) {
		return true
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// wheresIn returns the entities of article x that clause c places
// something at, as read of the article alone: each name right after a
// locative preposition ("in Newport Beach", "at Betty Ford Center"), in
// order (wheresOf names them in the story).
func wheresIn(x *nlp.Index, c nlp.Clause) []int {
	var out []int
	for _, m := range x.MentionsIn(c.Span.Start, c.Span.End) {
		if w := wordBefore(x.Text, m.Start); locative.Has(w) {
			out = append(out, m.Entity)
		}
	}
	return out
}

// wheresOf returns the story entities of where, entities of article doc
// (wheresIn), each once, countries left out (they hold the other
// places), and persons whose kind is not guessed.
func wheresOf(where []int, doc int, ents *nlp.StoryEntities) []int {
	var out []int
	for _, local := range where {
		id := ents.Lookup(doc, local)
		if id < 0 || slices.Contains(out, id) {
			continue
		}
		e := ents.Entities[id]
		if e.Kind == nlp.KindPerson && !e.KindGuessed || e.Country != "" && e.Country == e.Name {
			continue
		}
		out = append(out, id)
	}
	return out
}

// yearsIn returns the resolved times of a clause written coarser than a
// day ("in 1997", "in September 2004").
func yearsIn(times []nlp.TimeExpr, c nlp.Clause) []nlp.TimeExpr {
	var out []nlp.TimeExpr
	for _, t := range times {
		if t.Span.Start >= c.Span.Start && t.Span.End <= c.Span.End && !t.Dateline && t.Resolved && coarse(t) {
			out = append(out, t)
		}
	}
	return out
}

// yearsApart reports whether two clauses are dated to months or years
// that do not meet ("serving a 12-year sentence … in 1997", "had served a
// five-year term in 1959"): outlets rarely disagree on the year of one
// event, so such clauses tell different events.
func yearsApart(a, b []nlp.TimeExpr) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x.Start.Before(y.End) && y.Start.Before(x.End) {
				return false
			}
		}
	}
	return true
}

// whensIn returns the times a clause states, normalised, for telling
// whether two clauses date what they state alike.
func whensIn(times []nlp.TimeExpr, c nlp.Clause) []string {
	var out []string
	for _, t := range times {
		if t.Span.Start < c.Span.Start || t.Span.End > c.Span.End || t.Dateline {
			continue
		}
		w := strings.ToLower(trimTimePrepositions(t.Text))
		if t.Resolved || t.Weekday != 0 {
			w = normalisedTime(t)
		}
		out = append(out, w)
	}
	return out
}

// spansIn returns those of clause c's times (as whensIn normalises
// them) that tell a stretch of time, a range or a time since which
// ("over the past 20 years", "since 2015"): what a fact says held over
// that stretch, which a sentence telling it without the stretch does not
// say. A bound up to which ("no later than February 7", "until Monday")
// is a deadline, a moment, and none.
func spansIn(times []nlp.TimeExpr, c nlp.Clause) []string {
	var spans []nlp.TimeExpr
	for _, t := range times {
		if t.Granularity == nlp.GranRange || t.Open == nlp.OpenAfter {
			spans = append(spans, t)
		}
	}
	return whensIn(spans, c)
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// placesApart reports whether two units place what they state at
// different places: both name where, and no place of one is a place of
// the other or the country holding it. (Units that date what they state
// alike are one event told with two places, a place conflict: see
// sameEvent.) Outlets that name the place of one
// event differently ("in Banstead", "in Surrey") are kept apart too: which
// is the other's is more than the text says, and crediting a fact to the
// wrong event is worse than missing it.
func placesApart(a, b []int, ents *nlp.StoryEntities) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			ex, ey := ents.Entities[x], ents.Entities[y]
			if x == y || ex.Country != "" && ex.Country == ey.Name || ey.Country != "" && ey.Country == ex.Name || sameName(ex.Name, ey.Name) {
				return false
			}
		}
	}
	return true
}

// sameName reports whether two place names may name one place: they
// share a word that tells places apart, spelling folded ("Promises
// Treatment Center", "Promises Treatment Centre"; "Betty Ford Center",
// "Betty Ford Clinic").
func sameName(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, t := range nlp.Tokenize(s, 0) {
			w := foldSpelling(strings.ToLower(t.Text))
			if len(w) >= 3 && !placeWords.Has(w) && !nlp.IsStopword(w) {
				out = append(out, w)
			}
		}
		return out
	}
	wb := words(b)
	for _, w := range words(a) {
		if slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// stageOf maps the concept of a stage word of a proceeding to its stage
// (lang.SlotStageWords).
var stageOf = func() map[string]string {
	m := map[string]string{}
	for w, st := range english.Map(lang.SlotStageWords) {
		m[concept(w)] = st
		m[w] = st
	}
	return m
}()

// stagesApart reports whether two units tell different stages of a
// proceeding as facts and no stage in common: "has been charged",
// "pleaded not guilty" and "was convicted" are different happenings
// however much else the sentences share.
func stagesApart(a, b []predicate) bool {
	sa, sb := stages(a), stages(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, x := range sa {
		if slices.Contains(sb, x) {
			return false
		}
	}
	return true
}

// stages returns the stages a unit states as facts in verbs.
func stages(ps []predicate) []string {
	var out []string
	for _, p := range ps {
		if st, ok := stageOf[p.concept]; ok && p.verbal && p.mood == moodFact && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}
