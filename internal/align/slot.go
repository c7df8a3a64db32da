package align

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Values that look alike (the same unit, alike words around them) are
// linked into slots by findConflicts; a slot whose values disagree is a
// conflict only when the values fill the same slot of the same event. The
// judge below asks for that evidence and says what it is:
//
//   - a count or a measure: the sentences state one fact (they are in one
//     claim), or the values measure one named thing from one landmark
//     ("75 miles from the border" of Vladivostok); values of different
//     owners ("162 passengers of QZ8501", "239 on MH370") are no slot;
//   - a count that moves (the dead, the injured, the missing): values
//     given at different known times are an update, with no known times
//     the conflict is uncertain;
//   - a time or a place: the sentences state one fact, and the clauses
//     holding the values share its predicate ("left Pyongyang on Monday",
//     "had left … on Sunday night"); otherwise the values may date or place
//     different happenings and the conflict is uncertain. Two places are
//     uncertain anyway unless they lie in different countries: one may lie
//     within the other ("Banstead", "Surrey");
//   - a person (the speaker of the same quoted words): the words are the
//     evidence, and both speakers must be named persons.
//
// Values whose sentences state different facts are no conflict at all.

// verdict is what the judge makes of a slot.
type verdict struct {
	drop                      bool
	slot, evidence, uncertain string
	update                    bool
	// claim is the claim both values' sentences are in, -1 for none:
	// the fact the conflict hangs on.
	claim int
	// dates is the predicate a time slot's values date ("oust"), ""
	// for other slots.
	dates string
	// befell is what befell one person, when that is what the slot's
	// values date (personday.go): only the values dating it are shown.
	befell string
	// earlier is the value a change statement gives as the earlier
	// figure of an update, nil for none: its class goes first.
	earlier *value
}

// judge holds what judging a slot needs.
type judge struct {
	inputs  []Input
	indexes []*nlp.Index
	ents    *nlp.StoryEntities
	// claims maps an input and a sentence to the claims holding it.
	claims map[[2]int][]int
	// claimText is each claim's clause, to name the fact.
	claimText []string
	// vals are all the story's values, tol the tolerance numbers agree
	// within: to see what else a source gives.
	vals []value
	tol  float64
	// verbs holds what verbNear read of a value, read once (slotOf asks
	// it for every pair of a slot's values); clauses and people hold
	// clauseOf and persons of a value the same way (persons was 60% of
	// slotOf on a 1,000-article story, asked again for every pair).
	verbs   map[*value]nearVerb
	clauses map[*value]nlp.Clause
	people  map[*value][]int
	// dated holds the story's happening each time value dates, if any
	// (dayhappening.go).
	dated map[*value]happening
	// countLinked holds the pairs of counts countLinks linked (both
	// orders), with the predicate they share.
	countLinked map[[2]*value]string
	// changes holds the story's change statements, read once when first
	// asked (changestated.go).
	changes *[]countChange
}

// nearVerb is what verbNear returns.
type nearVerb struct {
	concept string
	saying  bool
}

func newJudge(claims []Claim, inputs []Input, indexes []*nlp.Index, ents *nlp.StoryEntities) *judge {
	j := &judge{inputs: inputs, indexes: indexes, ents: ents, claims: map[[2]int][]int{}, verbs: map[*value]nearVerb{},
		clauses: map[*value]nlp.Clause{}, people: map[*value][]int{}}
	input := map[int64]int{}
	for i, in := range inputs {
		if _, ok := input[in.ArticleID]; !ok {
			input[in.ArticleID] = i
		}
	}
	for ci, c := range claims {
		j.claimText = append(j.claimText, c.Clause)
		for _, r := range c.Sentences {
			k := [2]int{input[r.ArticleID], r.Sentence}
			if !slices.Contains(j.claims[k], ci) {
				j.claims[k] = append(j.claims[k], ci)
			}
		}
	}
	return j
}

// sharedClaim returns a claim holding both values' sentences, or -1.
func (j *judge) sharedClaim(a, b *value) int {
	for _, c := range j.claims[[2]int{a.input, a.sentence}] {
		if slices.Contains(j.claims[[2]int{b.input, b.sentence}], c) {
			return c
		}
	}
	return -1
}

// fact names claim c for evidence.
func (j *judge) fact(c int) string {
	t := j.claimText[c]
	if len(t) > 80 {
		t = strings.TrimSpace(t[:strings.LastIndex(t[:80], " ")+1]) + "…"
	}
	return fmt.Sprintf("both sentences state one fact (%q)", t)
}

// slotOf judges the slot whose values are split into classes of agreeing
// values. It looks at every pair of values of different classes and
// keeps the best evidence: a pair in one fact before any other.
func (j *judge) slotOf(vals []value, classes [][]int) verdict {
	best := verdict{drop: true}
	rank := func(v verdict) int {
		switch {
		case v.drop:
			return 0
		case v.uncertain != "" && !v.update:
			return 1
		}
		return 2
	}
	// The first pair of the highest rank decides: once one is found, no
	// later pair can take its place, so the rest are not judged.
	for ci := range classes {
		for cj := ci + 1; cj < len(classes); cj++ {
			for _, x := range classes[ci] {
				for _, y := range classes[cj] {
					// Classes are made greedily: a value may sit in one
					// class and still agree with a value of another
					// ("Thursday" of an undated page, beside "the 2012
					// shooting death" and "Thursday evening"). Only two
					// values that disagree are evidence of a conflict.
					if agree(&vals[x], &vals[y], j.tol) {
						continue
					}
					if v := j.pair(&vals[x], &vals[y]); rank(v) > rank(best) {
						best = v
						if rank(best) == 2 {
							return best
						}
					}
				}
			}
		}
	}
	return best
}

// pair judges two values of different classes.
func (j *judge) pair(a, b *value) verdict {
	v := j.pairSlot(a, b)
	v.claim = j.sharedClaim(a, b)
	return v
}

func (j *judge) pairSlot(a, b *value) verdict {
	claim := j.sharedClaim(a, b)
	if a.kind == "time" || a.kind == "number" {
		// "Oler … is charged with polygamy between Nov. 1, 2004 and …",
		// "Blackmore has been charged … on May 1, 2005": values of
		// different people's events.
		if pa, pb := j.persons(a), j.persons(b); len(pa) > 0 && len(pb) > 0 && sharedOf(pa, pb) < 0 {
			return verdict{drop: true}
		}
	}
	switch a.kind {
	case "person":
		v := verdict{slot: "speaker of the same quoted words", evidence: fmt.Sprintf("%.0f%% of the quoted words are the same", 100*overlap(a.quoteWords, b.quoteWords))}
		if !j.namedPerson(a) || !j.namedPerson(b) {
			// "the comedian", "the company", "Choosing DeGeneres": a
			// description, a group or a misread name is most often the
			// same speaker as the other outlet's.
			return verdict{drop: true}
		}
		if j.namesOther(a, b) || j.namesOther(b, a) {
			// "Steven Moffat, lead writer and executive producer of
			// Doctor Who, said": the sentence read as giving the words
			// to "Doctor Who" names the other outlet's speaker too, in
			// the attribution itself.
			return verdict{drop: true}
		}
		if j.titleOfNamed(a, b) || j.titleOfNamed(b, a) {
			// "the president wrote" beside "Trump said", the story
			// writing "President Donald Trump": one speaker.
			return verdict{drop: true}
		}
		if spellingVariants(a.name, b.name) {
			v.uncertain = "the names may be two spellings of one person's name"
		} else if why := speakerReading(a, b); why != "" {
			v.uncertain = why
		}
		return v
	case "place":
		if claim < 0 {
			return verdict{drop: true}
		}
		if j.namesPlace(a.input, b.entity) && j.namesPlace(b.input, a.entity) {
			// "A Manhattan jury" and "A New York jury", each article
			// naming the other's place too: the outlets name one place
			// at two levels (a borough and its city, a town and its
			// state), not two places.
			return verdict{drop: true}
		}
		v := verdict{slot: "where: " + j.claimPredicate(a, b), evidence: j.fact(claim)}
		if a.countryName == "" || b.countryName == "" || a.countryName == b.countryName {
			v.uncertain = "one place may lie within the other"
		}
		return v
	case "time":
		return j.timePair(a, b, claim)
	}
	return j.claimedShare(a, b, j.numberPair(a, b, claim))
}

func (j *judge) timePair(a, b *value, claim int) verdict {
	if coarse(a.t) && coarse(b.t) && a.t.Resolved && b.t.Resolved {
		// Years and months that differ date different events (see
		// yearsApart).
		return verdict{drop: true}
	}
	if ha, hb := j.dated[a], j.dated[b]; ha.concept != "" && ha.concept == hb.concept {
		return happeningPair(a, b, ha)
	}
	if claim < 0 {
		// The leads of two articles dating the story's main event
		// (mainTimeLink) are the one exception, and only uncertain.
		// A line with no verb of its own (a link, "posted May 14") dates
		// nothing that happened. A time dates the verb nearest it, so
		// days of different verbs date different steps ("the bridge
		// gave way on Tuesday", "the search ended overnight into
		// Sunday"; "explosions Wednesday", "the toll climbed Thursday").
		ca, fa := j.verbNear(a)
		cb, fb := j.verbNear(b)
		if a.main && b.main && a.sentence < leadSentences && b.sentence < leadSentences && ca != "" && ca == cb && !fa && !fb && j.datesLeadEvent(a) && j.datesLeadEvent(b) {
			return verdict{slot: "when the story's main event happened", evidence: "both articles' leads date their main event",
				uncertain: "the leads may tell different steps of the story"}
		}
		return verdict{drop: true}
	}
	v := verdict{evidence: j.fact(claim)}
	// A time dates the verb nearest it: "announced on Wednesday that he
	// hurt his knee last Thursday" dates the announcing and the hurting.
	// Times of a saying, or of different verbs, are no slot.
	if ca, fa := j.verbNear(a); fa || ca == "" {
		return verdict{drop: true}
	} else if cb, fb := j.verbNear(b); fb || cb != ca {
		return verdict{drop: true}
	}
	if c, ok := j.clausesShare(a, b); ok {
		v.slot = "when: " + c
		v.evidence += fmt.Sprintf(", and each value is in a clause stating %q", c)
		v.uncertain = countedFromPage(a, b)
		v.dates = c
		return v
	}
	v.slot = "when: " + j.claimPredicate(a, b)
	v.uncertain = "the values may date different happenings the fact's sentences tell"
	return v
}

func (j *judge) numberPair(a, b *value, claim int) verdict {
	noun := a.q.Noun
	if noun == "" {
		noun = measureName(a.q.Unit)
	}
	cue := cueWord(a, b)
	slot := strings.TrimSpace(noun + " " + cue)
	if a.landmark != "" && a.landmark == b.landmark && a.after != cue {
		slot += " " + a.after + " " + j.landmarkName(a.landmark)
	}
	oa, ob := j.owners(a), j.owners(b)
	sameOwner := false
	for _, o := range oa {
		if slices.Contains(ob, o) {
			sameOwner = true
		}
	}
	if len(oa) > 0 && len(ob) > 0 && !sameOwner {
		return verdict{drop: true} // "162 passengers of QZ8501", "239 on MH370"
	}
	if j.partiesApart(a, b) {
		return verdict{drop: true} // "a win for Widodo, with about 55 percent", "Prabowo … claimed to have won 62 percent"
	}
	apart, holder := j.holdersApart(a, b)
	if apart {
		return verdict{drop: true} // "Trump needs 54 percent", "Cruz needs 91 percent"
	}
	if holder != "" && !sameOwner {
		slot += " of " + holder
	}
	var evidence, unsure string
	m, measured := j.sameMeasuredThing(a, b)
	switch {
	case claim >= 0:
		evidence = j.fact(claim)
	case sameOwner:
		evidence = "both values are of " + j.ents.Entities[sharedOf(oa, ob)].Name
	case a.landmark != "" && a.landmark == b.landmark && shareEntity(a.sentFeats, b.sentFeats):
		evidence = "both measure from " + j.landmarkName(a.landmark) + " and their sentences name the same thing"
	case measured:
		// The phrase names what is measured: the cue word after the
		// value is its noun, no count's qualifier.
		evidence = fmt.Sprintf("both measure the %s of %s that %s", m.written, j.landmarkName(m.owner), m.verb)
		slot, cue = j.measuredSlot(m, a.q.Unit), ""
	case j.countLinked[[2]*value{a, b}] != "":
		evidence = fmt.Sprintf("both count %s as what %q takes", noun, j.countLinked[[2]*value{a, b}])
		unsure = "the sentences are not found to state one fact: the counts may be of different groups"
	case positionedAlike(a, b):
		evidence = fmt.Sprintf("both place something %s %s and %s, which may be one place", a.direction, j.landmarkName(a.landmark), j.landmarkName(b.landmark))
		unsure = "the sentences are not found to state one fact"
	default:
		// Alike words around two numbers in sentences that state
		// different facts are no evidence of one slot.
		return verdict{drop: true}
	}
	if cue != "" {
		evidence += fmt.Sprintf("; both count %s %s", noun, cue)
	}
	v := verdict{slot: slot, evidence: evidence, uncertain: unsure}
	switch {
	case a.q.Unit != b.q.Unit && !convertible(a.q, b.q) && !sameMeasure(a.q, b.q):
		v.uncertain = fmt.Sprintf("values in %s and %s, which crosscheck does not convert", a.q.Unit, b.q.Unit)
		return v
	case strings.HasPrefix(a.q.Unit, "ordinal"):
		v.uncertain = "an ordinal counts from a start the outlets may set apart"
		return v
	}
	if why := j.countsApart(a, b); why != "" {
		return verdict{drop: true}
	}
	// The numbers must be arguments of one predicate: "the nine points
	// he needed" and "the 20 points he scored" count different things;
	// so do "hit .358 with 13 homers" and "had 33 homers" in "playing in
	// 157 games". A measure in an apposition states none ("Vladivostok,
	// 75 miles from the border").
	ga, gb := j.governor(a), j.governor(b)
	switch {
	case ga.concept != "" && gb.concept != "":
		if ga.concept != gb.concept || !moodsAgree(ga.mood, gb.mood) {
			return verdict{drop: true}
		}
		v.evidence += fmt.Sprintf(", both counted by %q", ga.concept)
	case ga.concept != "" || gb.concept != "":
		// One counts by a light verb ("were taken to hospital"): its
		// clause must state no other predicate than one the other's
		// states.
		if c, ok, any := j.numberClausesShare(a, b); ok {
			v.evidence += fmt.Sprintf(", in clauses stating %q", c)
		} else if any && v.uncertain == "" {
			v.uncertain = "the numbers may count different things the fact's sentences tell"
		}
	}
	// Outside English no predicate reading tells "doden" from "gewonden"
	// above: two moving counts named by different words count different
	// things.
	if wa, wb := j.movingWord(a), j.movingWord(b); wa != "" && wb != "" && wa != wb && (j.language(a) != english.Code || j.language(b) != english.Code) {
		return verdict{drop: true}
	}
	// Parts of a count given apart sum to its total.
	if j.partsMakeUp(a, b) || j.partsMakeUp(b, a) {
		return verdict{drop: true}
	}
	// A source that states the count's change from one value to the
	// other ("rose from 36 to 41") makes them one count at two times.
	if c, aFirst, ok := j.changeStated(a, b); ok {
		v.update, v.uncertain = true, ""
		v.earlier = b
		if aFirst {
			v.earlier = a
		}
		v.evidence += fmt.Sprintf("; a source states the count's change from %s to %s", c.from.Text, c.to.Text)
		return v
	}
	// A source that gives both values does not contradict itself: one
	// is an earlier figure of a count that moves, or of another thing.
	if j.knowsBoth(a, b) || j.knowsBoth(b, a) {
		if !j.moving(a) && !j.moving(b) {
			return verdict{drop: true}
		}
		v.update, v.uncertain = true, ""
		v.evidence += "; a count that moves, and one source gives both values (the lower an earlier figure)"
		return v
	}
	// A bare numeral says nothing of what it counts ("and 12 arrested"
	// beside "18 people had been injured"): it tells a count that does
	// not move apart ("and 20 against"), never an earlier figure.
	if !j.moving(a) && !j.moving(b) && (j.bareNumberIn(a, b) || j.bareNumberIn(b, a)) {
		return verdict{drop: true}
	}
	if j.moving(a) || j.moving(b) {
		pa, pb := j.inputs[a.input].Published, j.inputs[b.input].Published
		switch {
		case !pa.IsZero() && !pb.IsZero() && !pa.Equal(pb) && j.countLinked[[2]*value{a, b}] != "":
			// Linked by their noun and predicate alone: an earlier
			// figure is no evidence of a conflict, nor of an update.
			return verdict{drop: true}
		case !pa.IsZero() && !pb.IsZero() && !pa.Equal(pb):
			v.update = true
			v.evidence += "; a count that moves, given at different times"
			return v
		case !pa.IsZero() && pa.Equal(pb):
			v.evidence += "; a count that moves, given at the same time"
			return v
		}
		v.uncertain = "a count that moves (" + strings.TrimSpace(noun+" "+cue) + "): the values may be from different times, which the articles do not give"
	}
	return v
}

// cueWord is the word next to both numbers that says what they count
// ("injured", "from"), the one before first.
func cueWord(a, b *value) string {
	switch {
	case a.before != "" && a.before == b.before:
		return a.before
	case a.after != "" && a.after == b.after && !nlp.IsStopword(a.after):
		return a.after
	}
	return ""
}

// moving reports whether a number counts something that moves as a story
// unfolds: what it counts, or the word before or after it, is a moving
// count of its article's language ("killed 10 people", "10 dead", "the
// death toll rose to 10", "700 muertos").
func (j *judge) moving(v *value) bool {
	if j.movingWord(v) != "" {
		return true
	}
	words := j.movingSet(v)
	for f := range v.near {
		if w, ok := strings.CutPrefix(f, "W:"); ok && words[w] && v.near[f] >= 0.3 {
			return true
		}
	}
	return false
}

// movingWord is the moving count's word that v's noun or a word next to
// it is, "" when none is; in a language written without spaces, what the
// moving count next to it counts.
func (j *judge) movingWord(v *value) string {
	if kind, ok := j.movingKindAround(v); ok {
		return kind
	}
	words := j.movingSet(v)
	for _, w := range append(strings.Fields(strings.ToLower(v.q.Noun)), v.before, v.after) {
		if words[w] || words[lang.TrimEndings(w, pluralEndings)] {
			return w
		}
	}
	return ""
}

// movingSet is the moving counts of v's language, English's when its
// lexicon has none.
func (j *judge) movingSet(v *value) map[string]bool {
	if words, ok := movingWords[j.language(v)]; ok {
		return words
	}
	return movingWords[english.Code]
}

// language is the code of the lexicon v's article was analysed with.
func (j *judge) language(v *value) string {
	return cmp.Or(j.inputs[v.input].Doc.Language.Code, english.Code)
}

// movingWords are each language's moving counts as written and as
// slotStem and nlp.Stem leave them, as value contexts hold them.
var movingWords = func() map[string]map[string]bool {
	byLang := map[string]map[string]bool{}
	for _, code := range lang.Codes() {
		lex, _ := lang.For(code)
		if !lex.Has(lang.EventMovingCounts) {
			continue
		}
		m := map[string]bool{}
		for w := range lex.Set(lang.EventMovingCounts) {
			m[w], m[slotStem(w)], m[nlp.Stem(w)] = true, true, true
		}
		byLang[code] = m
	}
	return byLang
}()

// measureName names what a unit measures.
func measureName(unit string) string {
	if b, ok := baseUnits[unit]; ok {
		switch b.dim {
		case "length":
			return "distance"
		default:
			return b.dim
		}
	}
	switch unit {
	case "km/h":
		return "speed"
	case "°C":
		return "temperature"
	}
	return unit
}

// owners returns the story entities (not places) of a number's clause
// that may own what it counts: "QZ8501" in "162 passengers of QZ8501".
func (j *judge) owners(v *value) []int {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return nil
	}
	cs, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
	var out []int
	if v.landmark != "" {
		// A distance is of the place named last before it that is not
		// itself a landmark: "Zarand, a town … 602 miles southeast of
		// Tehran"; "Vladivostok, 4,000 miles east of Moscow but just 75
		// miles from the border".
		marks := sentenceLandmarks(x, v.input, s, j.ents)
		for _, m := range x.MentionsIn(s.Start, v.q.Span.Start) {
			id := j.ents.Lookup(v.input, m.Entity)
			if id >= 0 && j.ents.Entities[id].Kind == nlp.KindPlace && !slices.Contains(marks, "E:"+strconv.Itoa(id)) {
				out = []int{id}
			}
		}
	}
	for _, m := range x.MentionsIn(cs, ce) {
		id := j.ents.Lookup(v.input, m.Entity)
		if id < 0 || slices.Contains(out, id) {
			continue
		}
		if k := j.ents.Entities[id].Kind; k == nlp.KindOther || k == nlp.KindEvent || m.Start >= v.q.Span.End && m.Start-v.q.Span.End < 40 && ownerWord[wordBefore(x.Text, m.Start)] {
			out = append(out, id)
		}
	}
	return out
}

// ownerWord are the words between a count and whose it is: "162
// passengers of QZ8501", "239 on MH370", "55 percent of voice traffic in
// Saudi Arabia".
var ownerWord = english.Set(lang.OwnerWords)

func sharedOf(a, b []int) int {
	for _, x := range a {
		if slices.Contains(b, x) {
			return x
		}
	}
	return -1
}

func shareEntity(a, b map[string]bool) bool {
	for f := range a {
		if strings.HasPrefix(f, "E:") && b[f] {
			return true
		}
	}
	return false
}

// landmarkName names a landmark key: a story entity's name or the word.
func (j *judge) landmarkName(l string) string {
	if id, ok := strings.CutPrefix(l, "E:"); ok {
		if n, err := strconv.Atoi(id); err == nil && n >= 0 && n < len(j.ents.Entities) {
			return j.ents.Entities[n].Name
		}
	}
	return l
}

// clauseOf returns the clause holding value v as nlp.Clause.
func (j *judge) clauseOf(v *value) nlp.Clause {
	if c, ok := j.clauses[v]; ok {
		return c
	}
	c := clauseOf(j.indexes[v.input], v)
	j.clauses[v] = c
	return c
}

// clauseOf is judge.clauseOf read afresh; x is v's article's index.
func clauseOf(x *nlp.Index, v *value) nlp.Clause {
	s := x.Sentences[v.sentence]
	sp := v.t.Span
	if v.kind == "number" {
		sp = v.q.Span
	}
	if v.kind == "place" {
		sp = nlp.Span{Start: s.Start, End: s.End}
	}
	if !inside(s, sp) {
		return nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}
	}
	cs, ce := clauseAround(x.Text, s.Start, s.End, sp)
	return nlp.Clause{Span: nlp.Span{Start: cs, End: ce}}
}

// clausesShare reports whether the predicates nearest two values in
// their clauses (a verb before a noun) are one, in moods that agree, and
// names it: "left Pyongyang on Monday" and "had left the capital on
// Sunday night" date one leaving; "killed … Sunday" and "the aftershock
// shook the island on Monday as the toll rose" do not date one thing.
func (j *judge) clausesShare(a, b *value) (string, bool) {
	pa, pb := j.nearest(a), j.nearest(b)
	if pa.concept != "" && pa.concept == pb.concept && moodsAgree(pa.mood, pb.mood) {
		return pa.concept, true
	}
	return "", false
}

// nearest returns the predicate of a value's clause nearest to it,
// verbs first.
func (j *judge) nearest(v *value) predicate {
	x := j.indexes[v.input]
	at := v.t.Span.Start
	if v.kind == "number" {
		at = v.q.Span.Start
	}
	var best predicate
	bestD := -1
	for _, p := range predicatesAt(x.Text, j.clauseOf(v), func(off int) bool { return x.EntityAt(off) >= 0 || insideValue(x.Doc, off) }) {
		if p.concept == "" {
			continue
		}
		d := abs(p.at - at)
		if !p.verbal {
			d += 1 << 20 // any verb is nearer than a noun
		}
		if bestD < 0 || d < bestD {
			best, bestD = p.predicate, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// claimPredicate names what two values' sentences state in common: a
// shared predicate of the sentences, else "the fact".
func (j *judge) claimPredicate(a, b *value) string {
	sent := func(v *value) nlp.Clause {
		s := j.indexes[v.input].Sentences[v.sentence]
		return nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}
	}
	for _, p := range j.predicates(a.input, sent(a)) {
		for _, q := range j.predicates(b.input, sent(b)) {
			if p.concept != "" && p.concept == q.concept {
				return p.concept
			}
		}
	}
	return "the fact"
}

func (j *judge) predicates(input int, c nlp.Clause) []predicate {
	x := j.indexes[input]
	return predicatesIn(x.Text, c, func(off int) bool { return x.EntityAt(off) >= 0 || insideValue(x.Doc, off) })
}

// namedPerson reports whether a speaker value is a story entity of kind
// person.
func (j *judge) namedPerson(v *value) bool {
	return v.entity >= 0 && v.entity < len(j.ents.Entities) && j.ents.Entities[v.entity].Kind == nlp.KindPerson && !j.ents.Entities[v.entity].KindGuessed
}

// numberClausesShare reports whether the clauses of two numbers state a
// predicate in common, and names it; any is false when a clause states no
// predicate of its own (a measure in an apposition: "Vladivostok, 75
// miles from the border"; a light verb: "three crew members were taken to
// hospital").
func (j *judge) numberClausesShare(a, b *value) (c string, ok, any bool) {
	clause := func(v *value) nlp.Clause {
		x := j.indexes[v.input]
		s := x.Sentences[v.sentence]
		if !inside(s, v.q.Span) {
			return nlp.Clause{Span: nlp.Span{Start: s.Start, End: s.End}}
		}
		cs, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
		return nlp.Clause{Span: nlp.Span{Start: cs, End: ce}}
	}
	pa, pb := j.predicates(a.input, clause(a)), j.predicates(b.input, clause(b))
	for _, p := range pa {
		for _, q := range pb {
			if p.concept != "" && p.concept == q.concept && moodsAgree(p.mood, q.mood) {
				return p.concept, true, true
			}
		}
	}
	named := func(ps []predicate) bool {
		for _, p := range ps {
			if p.concept != "" {
				return true
			}
		}
		return false
	}
	return "", false, named(pa) && named(pb)
}

// persons returns the story persons named in the clause of a time or a
// number, else those named before it in its sentence (its subject:
// "Oler, accused of having two wives, is charged … between Nov. 1,
// 2004").
func (j *judge) persons(v *value) []int {
	if out, ok := j.people[v]; ok {
		return out
	}
	out := j.personsOf(v)
	j.people[v] = out
	return out
}

// personsOf is persons read afresh.
func (j *judge) personsOf(v *value) []int {
	x := j.indexes[v.input]
	c := j.clauseOf(v)
	out := j.personsIn(v, c.Span.Start, c.Span.End)
	if len(out) == 0 {
		out = j.personsIn(v, x.Sentences[v.sentence].Start, c.Span.Start)
	}
	return out
}

func (j *judge) personsIn(v *value, start, end int) []int {
	x := j.indexes[v.input]
	var out []int
	for _, m := range x.MentionsIn(start, end) {
		id := j.ents.Lookup(v.input, m.Entity)
		if id >= 0 && j.ents.Entities[id].Kind == nlp.KindPerson && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// verbNear returns the concept of the verb nearest a time in its clause,
// and whether that verb is one of saying (the time then dates the
// saying, not what was said); "" when the clause has no verb with an
// event of its own.
func (j *judge) verbNear(v *value) (concept string, saying bool) {
	if n, ok := j.verbs[v]; ok {
		return n.concept, n.saying
	}
	x := j.indexes[v.input]
	c := j.clauseOf(v)
	toks := nlp.Tokenize(x.Text[c.Span.Start:c.Span.End], c.Span.Start)
	concept, saying = timedVerb(toks, v.t.Span, func(t nlp.Token) bool { return x.EntityAt(t.Span.Start) >= 0 }, false)
	j.verbs[v] = nearVerb{concept, saying}
	return concept, saying
}

// timedVerb returns the concept of the verb among toks that a time at
// span dates, and whether it is a verb of saying (its concept is then
// ""): the nearest, or with beforeFirst the nearest before the time and
// only when none is before it the nearest after. Tokens skip names are
// passed over.
func timedVerb(toks []nlp.Token, span nlp.Span, skip func(nlp.Token) bool, beforeFirst bool) (concept string, saying bool) {
	at, p, frame := nearestTimedVerb(toks, span, skip, beforeFirst)
	if at < 0 || frame {
		return "", frame
	}
	return p.concept, false
}

// nearestTimedVerb returns the index in toks of the verb timedVerb reads
// (-1 when none), its predicate and whether it is a frame verb (a verb
// of saying by the frame lexicon).
func nearestTimedVerb(toks []nlp.Token, span nlp.Span, skip func(nlp.Token) bool, beforeFirst bool) (at int, p predicate, frame bool) {
	best := -1
	at = -1
	for i, t := range toks {
		if t.Span.Start >= span.Start && t.Span.Start < span.End || skip != nil && skip(t) {
			continue
		}
		w := strings.ToLower(t.Text)
		before := ""
		if i > 0 {
			before = strings.ToLower(toks[i-1].Text)
		}
		isFrame := frameVerbs.Has(w) && !nounMarker.Has(before)
		q, ok := predicateOf(w, before, toks[max(i-1, 0)].Text)
		if !isFrame && !(ok && q.verbal) {
			continue
		}
		d := abs(t.Span.Start - span.Start)
		if beforeFirst && t.Span.Start > span.Start {
			d += math.MaxInt32
		}
		if best < 0 || d < best {
			best, at, p, frame = d, i, q, isFrame
		}
	}
	return at, p, frame
}

// possessiveTime reports whether the time ending at byte end of text is
// written in the possessive ("Friday's semifinal", "Saturday ’ s
// semifinals" as tokenised text).
func possessiveTime(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+8)], " ")
	for e := range possessiveEndings {
		// The mark and the ending after it, which a tokeniser may have
		// spaced apart.
		_, n := utf8.DecodeRuneInString(e)
		if r, ok := strings.CutPrefix(rest, e[:n]); ok {
			r = strings.TrimLeft(r, " ")
			if tail, ok := strings.CutPrefix(r, e[n:]); ok && (tail == "" || tail[0] == ' ') {
				return true
			}
		}
	}
	return false
}

// namesPlace reports whether article input names the story's place
// entity anywhere.
func (j *judge) namesPlace(input, entity int) bool {
	for i := range j.vals {
		if v := &j.vals[i]; v.kind == "place" && v.input == input && v.entity == entity && entity >= 0 {
			return true
		}
	}
	return false
}

// possessiveWithin reports whether a time's own text holds a possessive
// before a word ("Friday’s referendum", "today's Boston Marathon
// bombing"): the extractor took the noun into the time, which then dates
// that noun as possessiveTime's do, not what the sentence tells happened.
func possessiveWithin(text string) bool {
	for e := range possessiveEndings {
		if i := strings.Index(text, e); i > 0 && strings.HasPrefix(text[i+len(e):], " ") {
			return true
		}
	}
	return false
}

// namesOther reports whether the sentence of speaker value a names
// speaker value b's person as written, by canonical name or by surname.
func (j *judge) namesOther(a, b *value) bool {
	sent := j.indexes[a.input].Sentences[a.sentence].Text
	return b.text != "" && strings.Contains(sent, b.text) || b.name != "" && strings.Contains(sent, b.name) ||
		namesSurname(sent, b.text) || namesSurname(sent, b.name)
}

// namesSurname reports whether sentence writes the last word of a name of
// two words or more as a word of its own: news names a person again by
// surname ("Mr Urzua told President Pinera" names "Sebastian Pinera").
func namesSurname(sentence, name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	for _, t := range nlp.Tokenize(sentence, 0) {
		if t.Text == last {
			return true
		}
	}
	return false
}

// datingOnly keeps of a time slot's classes the values that can date
// what the class shows: not a time of a verb of saying ("the board
// announced Friday" dates the announcing, not the ousting), and not a
// year, month or week in a class shown by a day ("a founding member of
// OpenAI back in 2015" agrees with an undated "Friday" only because
// nothing is known against it). Values join a slot by alike words and a
// class by agreeing, so such a value would credit its outlet with a day
// it never gave. The two values the judge found the conflict on always
// stay.
func (j *judge) datingOnly(vals []value, classes [][]int) [][]int {
	var out [][]int
	for _, cl := range classes {
		shown := vals[cl[0]].t
		var kept []int
		for _, m := range cl {
			v := &vals[m]
			if _, saying := j.verbNear(v); saying {
				continue
			}
			if coarse(v.t) && !coarse(shown) {
				continue
			}
			kept = append(kept, m)
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	if len(out) < 2 {
		return classes
	}
	return out
}
