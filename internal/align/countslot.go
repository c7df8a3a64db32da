package align

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Two counts are one slot only when they count the same thing of the same
// occurrence: the same head noun, the same scope ("a total of 923 rounds"
// is not "300 rounds"; "20 additional payments" is not "24 equal
// payments"), the same kind ("touchdowns on punt returns" is not
// "touchdowns on offense"), told by the same predicate ("the nine points
// he needed", "the 20 points he scored"), of the same occurrence (points
// against the Lakers and points against the Celtics are two games), and
// not both known to one source (a source giving 30 and 42 dead does not
// contradict itself: one is an earlier figure or another count).

var (
	scopeWords      = english.Set(lang.SlotScopeWords)
	distributives   = english.Set(lang.SlotDistributiveWords)
	qualifierPreps  = english.Set(lang.SlotQualifierPrepositions)
	closedCompounds = english.Map(lang.SlotClosedCompounds)
)

// changeConcepts are the concepts of the verbs that tell a quantity
// moving to another level (slot-change-verbs), as governor reads them.
var changeConcepts = func() map[string]bool {
	m := map[string]bool{}
	for w := range english.Set(lang.SlotChangeVerbs) {
		m[concept(w)] = true
	}
	return m
}()

// countPhrase is what a number's own phrase says of what it counts.
type countPhrase struct {
	// scope are the scope words before the number or between it and
	// its noun; mods the other words between them.
	scope, mods []string
	// qual are the features (word stems, "E:" story entities) of the
	// phrase right after the count that says which of its kind it
	// counts ("on punt returns"), with its preposition first.
	qual []string
}

// phraseOf reads the count phrase of number value v.
func (j *judge) phraseOf(v *value) countPhrase {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	var p countPhrase
	if !inside(s, v.q.Span) {
		return p
	}
	cs, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
	noun := map[string]bool{}
	for _, w := range strings.Fields(v.q.Noun) {
		noun[w] = true
	}
	// Inside the quantity's text: the words before the number are
	// hedges or scope words ("an estimated", "a total of"); past the
	// number, the words before the noun.
	inner := nlp.Tokenize(x.Text[v.q.Span.Start:v.q.Span.End], v.q.Span.Start)
	num := slices.IndexFunc(inner, func(t nlp.Token) bool { return numberToken(strings.ToLower(t.Text)) })
	for k, t := range inner {
		w := strings.ToLower(t.Text)
		if k < num && scopeWords.Has(w) && !(k+1 < len(inner) && comparisonWords.Has(strings.ToLower(inner[k+1].Text))) {
			p.scope = append(p.scope, w)
		}
		if k <= num || numberToken(w) || noun[w] || nlp.IsStopword(w) || hedgeWord[w] || strings.EqualFold(w, v.q.Unit) {
			continue
		}
		if k == len(inner)-1 && v.q.Noun == "" {
			continue // the unit as written ("miles")
		}
		if scopeWords.Has(w) {
			p.scope = append(p.scope, w)
		} else if !singularOrPlural(noun, w) {
			p.mods = append(p.mods, slotStem(w))
		}
	}
	// Before the number, back to a determiner or punctuation: "a total
	// of", "a combined", "another".
	before := nlp.Tokenize(x.Text[cs:v.q.Span.Start], cs)
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := strings.ToLower(before[k].Text)
		if boundWords.Has(w) {
			break // "more than 75", "at least 10": a bound, read as such
		}
		if scopeWords.Has(w) {
			p.scope = append(p.scope, w)
			continue
		}
		if !genitivePrepositions.Has(w) {
			break
		}
	}
	// After the count, a phrase opened by a qualifying preposition, up
	// to punctuation, a verb or a word that opens another phrase.
	if v.q.Noun == "" || v.landmark != "" || directionWord[v.after] && v.q.Noun == "" {
		return p
	}
	after := nlp.Tokenize(x.Text[v.q.Span.End:ce], v.q.Span.End)
	// A relative clause right after the count says which it counts:
	// "the nine points he needed", "the 20 points that he scored".
	if rel := relativeVerb(after); rel != "" {
		p.qual = []string{"that", rel}
		return p
	}
	if len(after) == 0 || !qualifierPreps.Has(strings.ToLower(after[0].Text)) {
		return p
	}
	p.qual = append(p.qual, strings.ToLower(after[0].Text))
	for k := 1; k < len(after) && k <= 6; k++ {
		w := strings.ToLower(after[k].Text)
		if e := x.EntityAt(after[k].Span.Start); e >= 0 {
			f := "E:" + strconv.Itoa(j.ents.Lookup(v.input, e))
			if !slices.Contains(p.qual, f) {
				p.qual = append(p.qual, f)
			}
			continue
		}
		if countPhraseDeterminers.Has(w) {
			continue
		}
		if nlp.IsStopword(w) || hasDigit(w) {
			break
		}
		if _, past := pastForms[w]; past || pastSuffixes.SuffixOf(w) && len(w) > 4 {
			break
		}
		p.qual = append(p.qual, slotStem(w))
	}
	if len(p.qual) == 1 {
		p.qual = nil // a preposition alone says nothing
	}
	return p
}

func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// numberToken reports whether w writes a number ("42", "nine",
// "twenty-two", "dozens").
func numberToken(w string) bool {
	if hasDigit(w) {
		return true
	}
	first, _, _ := strings.Cut(w, "-")
	return numberNames[first]
}

var numberNames = english.Set(lang.CountNumberNames)

// countsApart tells why two number values are counts of different
// things or occurrences, "" when nothing does.
func (j *judge) countsApart(a, b *value) string {
	// Words for people ("sailors", "crew members") count one kind: their
	// predicates tell them apart ("sheltering", "killed").
	// Two nouns of moving counts may name one count ("10 dead", "killed
	// 10 people") where English predicates tell them apart below; other
	// languages have no such reading, so "doden" and "gewonden" stay apart.
	english := j.language(a) == english.Code && j.language(b) == english.Code
	if a.q.Unit != "people" && a.q.Noun != "" && b.q.Noun != "" && concept(a.q.Noun) != concept(b.q.Noun) && !(english && j.moving(a) && j.moving(b)) {
		return fmt.Sprintf("they count %s and %s", a.q.Noun, b.q.Noun)
	}
	if sa, sb := j.sideOf(a), j.sideOf(b); sa != "" && sb != "" && sa != sb {
		return "they count different sides (" + sa + ", " + sb + ")"
	}
	if da, db := j.distributive(a), j.distributive(b); da != db {
		return "one gives a figure for each of several, the other not"
	}
	pa, pb := j.phraseOf(a), j.phraseOf(b)
	if !sameWords(pa.scope, pb.scope) {
		return "their scopes differ (" + strings.Join(append(pa.scope, "vs", strings.Join(pb.scope, " ")), " ") + ")"
	}
	if len(pa.mods) > 0 && len(pb.mods) > 0 && !sameWords(pa.mods, pb.mods) {
		return "their words differ (" + strings.Join(pa.mods, " ") + " vs " + strings.Join(pb.mods, " ") + ")"
	}
	switch {
	case len(pa.qual) > 0 && len(pb.qual) > 0:
		if pa.qual[0] != pb.qual[0] || !subset(pa.qual[1:], pb.qual[1:]) && !subset(pb.qual[1:], pa.qual[1:]) {
			return "they count different kinds (" + strings.Join(pa.qual, " ") + " vs " + strings.Join(pb.qual, " ") + ")"
		}
	case len(pa.qual) > 0 && !j.sentenceHas(b, pa.qual[1:]), len(pb.qual) > 0 && !j.sentenceHas(a, pb.qual[1:]):
		// "three touchdowns on punt returns" and "42 touchdowns": one
		// says a kind the other's sentence does not; "injured five
		// people on Qeshm island" and "on Qeshm island injured two
		// people" place one count alike.
		return "only one says which of its kind it counts (" + strings.Join(append(pa.qual, pb.qual...), " ") + ")"
	}
	if why := j.occurrencesApart(a, b); why != "" {
		return why
	}
	return ""
}

// sameWords reports whether two word lists hold the same words.
func sameWords(a, b []string) bool {
	return subset(a, b) && subset(b, a)
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// occurrencesApart tells why two values' sentences tell different
// occurrences of their kind: each names someone or something the other's
// article never mentions (another opponent, another company), or both
// date what they state and the dates do not meet.
func (j *judge) occurrencesApart(a, b *value) string {
	ca, cb := j.clauseOf(a), j.clauseOf(b)
	xa, xb := j.indexes[a.input], j.indexes[b.input]
	if wa, wb := whensIn(xa.Times, nlp.Clause{Span: ca.Span}), whensIn(xb.Times, nlp.Clause{Span: cb.Span}); len(wa) > 0 && len(wb) > 0 && !shareAny(wa, wb) && !j.timesMeet(a, ca, b, cb) {
		return "their clauses are dated apart (" + strings.Join(wa, ", ") + " vs " + strings.Join(wb, ", ") + ")"
	}
	na := j.unknownTo(a.input, ca, b.input)
	nb := j.unknownTo(b.input, cb, a.input)
	if na != "" && nb != "" {
		return "each names what the other's article does not (" + na + ", " + nb + ")"
	}
	return ""
}

// timesMeet reports whether some time of one clause agrees with some
// time of the other.
func (j *judge) timesMeet(a *value, ca nlp.Clause, b *value, cb nlp.Clause) bool {
	for _, t := range j.indexes[a.input].Times {
		if t.Span.Start < ca.Span.Start || t.Span.End > ca.Span.End || t.Dateline {
			continue
		}
		for _, u := range j.indexes[b.input].Times {
			if u.Span.Start < cb.Span.Start || u.Span.End > cb.Span.End || u.Dateline {
				continue
			}
			va, vb := value{kind: "time", t: t}, value{kind: "time", t: u}
			if (t.Resolved && u.Resolved || t.Weekday != 0 && u.Weekday != 0) && agree(&va, &vb, 0) {
				return true
			}
		}
	}
	return false
}

// unknownTo returns the name of a story entity (not a country) named in
// clause c of input in that input other never mentions; "" if none.
func (j *judge) unknownTo(in int, c nlp.Clause, other int) string {
	known := map[int]bool{}
	for ei := range j.indexes[other].Entities {
		known[j.ents.Lookup(other, ei)] = true
	}
	for _, m := range j.indexes[in].MentionsIn(c.Span.Start, c.Span.End) {
		id := j.ents.Lookup(in, m.Entity)
		if id < 0 || known[id] {
			continue
		}
		e := j.ents.Entities[id]
		if e.Country != "" && e.Country == e.Name {
			continue
		}
		return e.Name
	}
	return ""
}

// knowsBoth reports whether the source of a also gives a count agreeing
// with b, of the same thing: a source does not contradict itself, so
// the two values are of different times or things.
func (j *judge) knowsBoth(a, b *value) bool {
	for k := range j.vals {
		o := &j.vals[k]
		if o.kind != "number" || o.input != a.input || o == a || o.q.Span == a.q.Span || !sameMeasure(o.q, b.q) {
			continue
		}
		// A magnitude word with no figure ("Thousands of rescuers")
		// is a lower bound that agrees with nearly every larger
		// count: it is no figure of b's the source gives (spent round
		// 34: it hid 353,000 against 800,000 people in relief camps).
		if vagueMagnitude(o.q) {
			continue
		}
		if o.q.Unit != "people" && o.q.Noun != "" && b.q.Noun != "" && concept(o.q.Noun) != concept(b.q.Noun) {
			continue
		}
		// "2 people killed" is not "2 people injured"; but "90mph, later
		// dropping to 75 mph" tells one quantity at two times.
		if go_, gb := j.governor(o), j.governor(b); go_.concept != "" && gb.concept != "" && go_.concept != gb.concept && !changeConcepts[go_.concept] && !changeConcepts[gb.concept] {
			continue
		}
		if agree(o, b, j.tol) && convertible(o.q, b.q) {
			return true
		}
	}
	return false
}

// governor returns the predicate a number is an argument of: the event
// noun it measures ("a $13.9 billion acquisition"), else the predicate
// nearest it in its clause, verbs first.
func (j *judge) governor(v *value) predicate {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if inside(s, v.q.Span) {
		if rest := nlp.Tokenize(x.Text[v.q.Span.End:s.End], v.q.Span.End); len(rest) > 0 && !strings.ContainsAny(x.Text[v.q.Span.End:rest[0].Span.Start], ",;:()") {
			w := strings.ToLower(rest[0].Text)
			if p, ok := predicateOf(w, "", rest[0].Text); ok && p.concept != "" && !p.verbal && eventWords.Has(p.concept) {
				p.mood = moodOpen
				return p
			}
		}
	}
	if p, ok := j.ownParticiple(v); ok {
		return p
	}
	return j.nearest(v)
}

// ownParticiple returns the predicate of a participle a count ends in,
// which the quantity reader takes as what it counts ("over 50 others
// injured"). The count is that participle's argument, not the verb's
// before it: in "nine people have been killed and over 50 others
// injured" the 50 were injured, and the predicates reader skips words
// inside values, so the nearest verb would be "killed".
func (j *judge) ownParticiple(v *value) (predicate, bool) {
	x := j.indexes[v.input]
	if v.kind != "number" || v.q.Noun == "" || v.q.Span.End > len(x.Text) {
		return predicate{}, false
	}
	toks := nlp.Tokenize(x.Text[v.q.Span.Start:v.q.Span.End], v.q.Span.Start)
	if len(toks) < 2 {
		return predicate{}, false
	}
	last := toks[len(toks)-1]
	w := strings.ToLower(last.Text)
	if w != strings.ToLower(v.q.Noun) {
		return predicate{}, false
	}
	p, ok := predicateOf(w, strings.ToLower(toks[len(toks)-2].Text), last.Text)
	if !ok || !p.verbal || p.concept == "" {
		return predicate{}, false
	}
	return p, true
}

// sentenceHas reports whether the sentence of v holds every feature (word
// stem or story entity) of fs.
func (j *judge) sentenceHas(v *value, fs []string) bool {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	have := map[string]bool{}
	for _, t := range nlp.Tokenize(x.Text[s.Start:s.End], s.Start) {
		if e := x.EntityAt(t.Span.Start); e >= 0 {
			have["E:"+strconv.Itoa(j.ents.Lookup(v.input, e))] = true
		}
		w := strings.ToLower(t.Text)
		have[slotStem(w)] = true
		// "onboard the aircraft" has the words of "on board the
		// aircraft".
		for _, part := range strings.Fields(closedCompounds[w]) {
			have[slotStem(part)] = true
		}
	}
	for _, f := range fs {
		if !have[f] {
			return false
		}
	}
	return true
}

// relativeVerb returns the stem of the verb of a relative clause opening
// tokens ("he needed", "that he scored", "she had scored"), "" if they
// open none.
func relativeVerb(toks []nlp.Token) string {
	k := 0
	if k < len(toks) && restrictiveRelatives.Has(strings.ToLower(toks[k].Text)) {
		k++
	}
	if k >= len(toks) || !subjectPronoun.Has(strings.ToLower(toks[k].Text)) {
		return ""
	}
	k++
	for k < len(toks) && auxiliaryVerb.Has(strings.ToLower(toks[k].Text)) {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	return slotStem(strings.ToLower(toks[k].Text))
}

var (
	subjectPronoun = english.Set(lang.SubjectPronouns)
	auxiliaryVerb  = english.Set(lang.SlotAuxiliaries)
)

// distributive reports whether number value v is given for each of
// several: a distributive word before it in its clause, or right after it
// ("five years apiece").
func (j *judge) distributive(v *value) bool {
	x := j.indexes[v.input]
	s := x.Sentences[v.sentence]
	if !inside(s, v.q.Span) {
		return false
	}
	cs, ce := clauseAround(x.Text, s.Start, s.End, v.q.Span)
	for _, t := range nlp.Tokenize(x.Text[cs:v.q.Span.Start], cs) {
		if distributives.Has(strings.ToLower(t.Text)) {
			return true
		}
	}
	after := nlp.Tokenize(x.Text[v.q.Span.End:ce], v.q.Span.End)
	return len(after) > 0 && distributives.Has(strings.ToLower(after[0].Text))
}
