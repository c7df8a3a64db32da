package align

import (
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A sentence that tells the fact's event word does not state the fact
// when the event has other participants: "Trump won Florida" is not
// stated by "Clinton won Florida", nor "the FBI's refusal to prosecute
// Clinton" by "the Justice Department would not prosecute Clinton".
// Without a parser the participants are read off the words around the
// event word, in the spirit of shallow semantic role labelling by
// position (Gildea and Jurafsky, "Automatic labeling of semantic roles",
// Computational Linguistics 2002, whose strongest cues are the phrase's
// position before or after the predicate and the voice): the agent is
// the noun phrase right before a verb (after "by" in a passive), the
// object the noun phrase right after it (the subject in a passive). A
// participant is named by its story entities and its head noun.

// roles are the participants found for one occurrence of a predicate:
// terms as clauseTerms makes them ("E:<story entity>", "W:<concept>").
// An empty role is one the words do not tell (a pronoun, a clause
// opener, a coordinated verb whose subject is further back).
type roles struct {
	agent, object []string
}

// argWindow is how many words from the predicate a participant is
// looked for.
const argWindow = 8

var (
	subjectBarriers   = english.Set(lang.SubjectBarriers)
	argumentPronouns  = english.Set(lang.ArgumentPronouns)
	passiveBe         = english.Set(lang.PassiveBeForms)
	agentPreps        = english.Set(lang.AgentPrepositions)
	irregularPPs      = english.Set(lang.IrregularParticiples)
	adverbSuffixes    = english.Set(lang.AdverbSuffixes)
	headPrepositions  = english.Set(lang.HeadPrepositions)
	listConjunctions  = english.Set(lang.ListConjunctions)
	predeterminers    = english.Set(lang.Predeterminers)
	possessiveEndings = english.Set(lang.PossessiveEndings)
	// possessiveLetters are the letters of the possessive endings, trimmed
	// off a word's end in any run ("Obama's" → "Obama"), as TrimRight does.
	possessiveLetters = strings.Join(english.List(lang.PossessiveEndings), "")
)

// argReader reads the participants of predicates in one article.
type argReader struct {
	text string
	toks []nlp.Token
	// entity is the story entity of the mention covering a token's
	// start, -1 if none.
	entity func(off int) int
	// verb reports whether a token may be a verb: an event word, a
	// light verb, a verb of saying.
	verb func(i int) bool
	// value reports whether a token is part of a number or a time.
	value func(off int) bool
}

// rolesAt returns the participants of the predicate at token i; verbal
// says whether it is told in a verb. An event noun's participant is its
// possessor or the name before it ("Trump's proposal", "the Boston
// bid"), its agent; what else a noun phrase holds is not read.
func (r *argReader) rolesAt(i int, verbal bool) roles {
	w := strings.ToLower(r.toks[i].Text)
	if !verbal {
		if i == 0 || r.boundary(i-1, i) {
			return roles{}
		}
		t := r.toks[i-1]
		if e := r.entity(t.Span.Start); e >= 0 {
			return roles{agent: []string{"E:" + strconv.Itoa(e)}}
		}
		if b := strings.ToLower(t.Text); possessive(b) && !argumentPronouns.Has(b) {
			return roles{agent: []string{"W:" + concept(strings.TrimRight(b, possessiveLetters))}}
		}
		return roles{}
	}
	passive := false
	if _, past := pastForms[w]; past || irregularPPs.Has(w) || pastSuffixes.SuffixOf(w) {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			b := strings.ToLower(r.toks[k].Text)
			if passiveBe.Has(b) {
				passive = true
				break
			}
			if !r.skippable(b) {
				break
			}
		}
	}
	before, after := r.phraseBefore(i), r.phraseAfter(i)
	if !passive {
		return roles{agent: before, object: after}
	}
	// "was defeated by Trump": the agent follows "by".
	var agent []string
	for k := i + 1; k < len(r.toks) && k <= i+3; k++ {
		if r.boundary(k-1, k) {
			break
		}
		if agentPreps.Has(strings.ToLower(r.toks[k].Text)) {
			agent = r.phraseAfter(k)
			break
		}
	}
	return roles{agent: agent, object: before}
}

// boundary reports whether punctuation that ends a phrase lies between
// tokens i and j.
func (r *argReader) boundary(i, j int) bool {
	return strings.ContainsAny(r.text[r.toks[i].Span.End:r.toks[j].Span.Start], ",;:()\u2014\u2013\"\u201c\u201d")
}

// skippable reports whether a lower-case word between a verb and its
// subject leaves the subject where it is: auxiliaries, modals,
// negation, adverbs ("has also been", "will not", "quickly").
func (r *argReader) skippable(w string) bool {
	if subjectBarriers.Has(w) || argumentPronouns.Has(w) {
		return false
	}
	return nlp.IsStopword(w) || irrealis.Has(w) || negation.Has(w) || negationSuffixes.SuffixOf(w) || len(w) > 4 && adverbSuffixes.SuffixOf(w)
}

// An element of a noun phrase: a story entity or a noun, and how it
// stands in the phrase.
type element struct {
	term string
	// possessor marks an entity in the possessive ("Trump's team"),
	// joined one joined to the next element by "and" or "or".
	possessor, joined bool
}

// participants picks from a noun phrase's elements, in text order, the
// ones that name who or what it is: its head (the last element), the
// elements coordinated with it ("Kim and Putin") and possessors ("the
// FBI's refusal"). A name that only modifies the head ("the Indian
// navy", "a Thai trawler", "US adviser Jake Sullivan") is left out: the
// head says who it is.
func participants(els []element) []string {
	var out []string
	for k, e := range els {
		if k == len(els)-1 || e.possessor || e.joined {
			out = appendNew(out, e.term)
		}
	}
	return out
}

// possessive reports whether a token is written in the possessive.
func possessive(w string) bool {
	for e := range possessiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// phraseBefore returns the participants of the noun phrase right before
// token i. Nothing when a pronoun, a clause opener, a conjunction or
// another verb comes first.
func (r *argReader) phraseBefore(i int) []string {
	var els []element // last element first
	lastEntity := -1
	add := func(t string, possessor bool) {
		if len(els) > 0 && els[len(els)-1].term == t {
			return
		}
		els = append(els, element{term: t, possessor: possessor})
	}
	joined := false
	head := false
	for k := i - 1; k >= 0 && k >= i-argWindow; k-- {
		if r.boundary(k, k+1) {
			break
		}
		t := r.toks[k]
		w := strings.ToLower(t.Text)
		if e := r.entity(t.Span.Start); e >= 0 {
			if e != lastEntity {
				add("E:"+strconv.Itoa(e), head && possessive(w))
				els[len(els)-1].joined = joined
			}
			lastEntity, joined, head = e, false, true
			continue
		}
		lastEntity = -1
		if r.value(t.Span.Start) {
			continue
		}
		switch {
		case argumentPronouns.Has(w) || subjectBarriers.Has(w):
			return reversed(els)
		case head && headPrepositions.Has(w):
			// "voters in Ohio backed", "a ship operated by Halvard
			// Line ran": what was read modifies the head, which comes
			// before the preposition (or is not found).
			els, head = els[:0], false
		case head && listConjunctions.Has(w):
			joined = true
		case head && joined && !nlp.IsStopword(w) && !r.verb(k):
			// "the actress and velvet-rope fixture": the noun before
			// "and" heads a phrase of its own.
			add("W:"+concept(w), false)
			els[len(els)-1].joined, joined = true, false
		case head:
			// Inside the phrase: modifiers before the head belong to
			// it; anything else ends it.
			if !nlp.IsStopword(w) && !r.verb(k) {
				if possessive(w) {
					add("W:"+concept(strings.TrimRight(w, possessiveLetters)), true)
				}
				continue
			}
			return reversed(els)
		case listConjunctions.Has(w):
			// "… and warned Pyongyang": a coordinated verb's subject
			// is the first verb's, further back.
			return nil
		case r.skippable(w):
			continue
		case r.verb(k):
			return nil
		default:
			add("W:"+concept(w), false)
			head = true
		}
	}
	return reversed(els)
}

// reversed turns elements read backwards into text order and picks the
// participants.
func reversed(els []element) []string {
	if len(els) == 0 {
		return nil
	}
	// Read backwards, the head came first and "joined" was set on the
	// element before a conjunction, which is the one joined.
	out := make([]element, len(els))
	for k, e := range els {
		out[len(els)-1-k] = e
	}
	return participants(out)
}

// phraseAfter returns the participants of the noun phrase right after
// token i (its head being the last noun before a preposition, a verb or
// punctuation). A preposition first means no direct object.
func (r *argReader) phraseAfter(i int) []string {
	var els []element
	lastEntity := -1
	started := false
	for k := i + 1; k < len(r.toks) && k <= i+argWindow; k++ {
		if r.boundary(k-1, k) {
			break
		}
		t := r.toks[k]
		w := strings.ToLower(t.Text)
		if e := r.entity(t.Span.Start); e >= 0 {
			if e != lastEntity {
				els = append(els, element{term: "E:" + strconv.Itoa(e)})
			}
			els[len(els)-1].possessor = possessive(w)
			lastEntity, started = e, true
			continue
		}
		lastEntity = -1
		if r.value(t.Span.Start) {
			started = true
			continue
		}
		if k == i+1 && particle.Has(w) {
			continue
		}
		if argumentPronouns.Has(w) {
			if !started {
				return nil
			}
			break
		}
		if nlp.IsStopword(w) {
			if started && listConjunctions.Has(w) && len(els) > 0 {
				els[len(els)-1].joined = true
				continue
			}
			// Before the phrase only determiners and adverbs may
			// stand; a preposition first means no direct object.
			if started || !nounMarker.Has(w) && !determiner.Has(w) && !predeterminers.Has(w) && !negation.Has(w) && !irrealis.Has(w) {
				break
			}
			continue
		}
		if !started && len(w) > 4 && adverbSuffixes.SuffixOf(w) {
			continue
		}
		if r.verb(k) {
			break
		}
		// A noun: the head so far, unless another noun follows.
		term := "W:" + concept(strings.TrimRight(w, possessiveLetters))
		if len(els) > 0 && !els[len(els)-1].joined && !els[len(els)-1].possessor && els[len(els)-1].term[0] == 'W' {
			els[len(els)-1].term = term
		} else {
			els = append(els, element{term: term, possessor: possessive(w)})
		}
		started = true
	}
	if len(els) > 0 {
		els[len(els)-1].joined = false
	}
	return participants(els)
}

func appendNew(s []string, t string) []string {
	if slices.Contains(s, t) {
		return s
	}
	return append(s, t)
}

// roleAgreement is how two readings of one role compare.
type roleAgreement int

const (
	roleUnknown roleAgreement = iota // one side does not tell it
	roleSame                         // they share a participant
	roleOther                        // both tell it, and name others
)

// compareRole compares the fact's reading of a role with the sentence's.
// They are the same when they share an entity or a head noun, others
// when both name entities and share none ("Trump", "Clinton"). Head
// nouns alone do not tell participants apart: outlets name one
// participant with different nouns ("weapons", "projectiles"; "the
// quake", "the temblor"), and an entity on one side and a noun on the
// other ("Rubio", "the senator") may be one.
func (k *statedCheck) compareRole(f, s []string) roleAgreement {
	if len(f) == 0 || len(s) == 0 {
		return roleUnknown
	}
	for _, t := range f {
		if slices.Contains(s, t) {
			return roleSame
		}
		for _, u := range s {
			switch {
			case t[0] == 'E' && u[0] == 'E' && k.oneSide(t, u),
				t[0] == 'E' && u[0] == 'W' && k.headOf(u, t),
				t[0] == 'W' && u[0] == 'E' && k.headOf(t, u):
				return roleSame
			}
		}
	}
	if hasEntity(f) && hasEntity(s) {
		return roleOther
	}
	return roleUnknown
}

// oneSide reports whether two entity terms may name one participant
// (sameParticipant).
func (k *statedCheck) oneSide(t, u string) bool {
	a, errA := strconv.Atoi(t[2:])
	b, errB := strconv.Atoi(u[2:])
	return errA == nil && errB == nil && sameParticipant(k.ents, a, b)
}

// sameParticipant reports whether two story entities may name one
// participant: a place and the country holding it ("Moscow", "Russia"),
// a capital standing for its country's government ("warned
// Pyongyang"), a short form of a name and the full name, two persons of
// one surname.
func sameParticipant(ents *nlp.StoryEntities, a, b int) bool {
	if a < 0 || b < 0 || a >= len(ents.Entities) || b >= len(ents.Entities) {
		return false
	}
	ea, eb := ents.Entities[a], ents.Entities[b]
	return ea.Country != "" && ea.Country == eb.Name || eb.Country != "" && eb.Country == ea.Name || nameWithin(ea.Name, eb.Name) || nameWithin(eb.Name, ea.Name) || sameSurname(ea, eb)
}

// sameSurname reports whether two persons share the last word of their
// names: the linker gives "Mr. LaRue" to a relative now and then, and
// picks up a word before a name ("Choosing DeGeneres"). Relatives who
// share a name (Melania and Donald Trump) are not told apart; the rule
// that needs them apart is left to the predicate.
func sameSurname(a, b nlp.StoryEntity) bool {
	if a.Kind != nlp.KindPerson || b.Kind != nlp.KindPerson {
		return false
	}
	wa, wb := nameWords(a.Name), nameWords(b.Name)
	return len(wa) > 0 && len(wb) > 0 && wa[len(wa)-1] == wb[len(wb)-1]
}

// nameWithin reports whether every word of name a is a word of name b,
// spelling folded ("Heller", "Mark Jay Heller"; "Gordon Advisors",
// "Gordon Advisers"): the linker left a short form apart from the full
// name. "Melania Trump" is not within "Donald Trump".
func nameWithin(a, b string) bool {
	wb := map[string]bool{}
	for _, w := range nameWords(b) {
		wb[w] = true
	}
	wa := nameWords(a)
	for _, w := range wa {
		if !wb[w] {
			return false
		}
	}
	return len(wa) > 0
}

// nameWords are the words of a name as concepts.
func nameWords(name string) []string {
	var out []string
	for _, t := range nlp.Tokenize(name, 0) {
		out = append(out, concept(strings.ToLower(t.Text)))
	}
	return out
}

// headOf reports whether noun term w ("W:rifl") is the head word of the
// name of entity term t ("Rifles", "the Indian Navy"): the name and the
// noun may name one participant.
func (k *statedCheck) headOf(w, t string) bool {
	id, err := strconv.Atoi(t[2:])
	if err != nil || id < 0 || id >= len(k.ents.Entities) {
		return false
	}
	ws := nameWords(k.ents.Entities[id].Name)
	return len(ws) > 0 && "W:"+ws[len(ws)-1] == w
}

func hasEntity(terms []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return t[0] == 'E' })
}

// placedArgs are a unit's predicates with the token each stands at, and
// the reader of their participants.
type placedArgs struct {
	r     *argReader
	preds []predicate
	at    []int // token index of each of preds
}

// argsOf reads the predicates of unit u and what reads their
// participants, within the unit's span; once for each unit (what it
// returns is only read).
func (k *statedCheck) argsOf(u int) placedArgs {
	if pa, ok := k.args[u]; ok {
		return pa
	}
	pa := k.readArgs(u)
	k.args[u] = pa
	return pa
}

func (k *statedCheck) readArgs(u int) placedArgs {
	un := &k.units[u]
	d := &k.docs[un.input]
	x := k.indexes[un.input]
	skip := func(off int) bool { return x.EntityAt(off) >= 0 || insideValue(d, off) }
	toks := nlp.Tokenize(d.Text[un.clause.Span.Start:un.clause.Span.End], un.clause.Span.Start)
	index := map[int]int{}
	for i, t := range toks {
		index[t.Span.Start] = i
	}
	pa := placedArgs{}
	isPred := make([]bool, len(toks))
	for _, p := range predicatesAt(d.Text, un.clause, skip) {
		i, ok := index[p.at]
		if !ok {
			continue
		}
		isPred[i] = true
		pa.preds = append(pa.preds, p.predicate)
		pa.at = append(pa.at, i)
	}
	pa.r = &argReader{
		text: d.Text,
		toks: toks,
		entity: func(off int) int {
			// A description ("the actress") is a noun, not a name:
			// it may stand for any named participant.
			e := x.EntityAt(off)
			if e < 0 || x.Entities[e].Descriptive {
				return -1
			}
			return k.ents.Lookup(un.input, e)
		},
		verb: func(i int) bool {
			w := strings.ToLower(toks[i].Text)
			base, past := pastForms[w]
			return isPred[i] || frameVerbs.Has(w) || past && frameVerbs.Has(base) || speechConcepts.Has(concept(w))
		},
		value: func(off int) bool { return insideValue(d, off) },
	}
	return pa
}

// argsAgree reports whether sentence s may tell the event of the fact's
// clause c with c's participants. Where the two share an event word in
// moods that agree, one such pair must not name other participants in
// a role (an agent or an object whose entities differ); a role the
// sentence does not tell there must be named in the sentence when the
// fact names it ("Clinton won" is not stated by "she won" in a sentence
// that never names Clinton). Sentences sharing no event word with the
// clause are left to the other tests.
func (k *statedCheck) argsAgree(c, s int) bool {
	fc, ss := k.argsOf(c), k.argsOf(s)
	shared, other, nominal := false, false, false
	for i, p := range fc.preds {
		if p.concept == "" {
			continue
		}
		for j, q := range ss.preds {
			if q.concept != p.concept || !moodsAgree(p.mood, q.mood) {
				continue
			}
			shared = true
			fr, sr := fc.r.rolesAt(fc.at[i], p.verbal), ss.r.rolesAt(ss.at[j], q.verbal)
			agent, object := k.compareRole(fr.agent, sr.agent), k.compareRole(fr.object, sr.object)
			if agent == roleOther || object == roleOther {
				other = true
				continue
			}
			if agent == roleUnknown && !k.holdsNames(fr.agent, s) || object == roleUnknown && !k.holdsNames(fr.object, s) {
				continue
			}
			if p.verbal || q.verbal {
				return true
			}
			nominal = true
		}
	}
	// An event noun both hold ("his record") does not outweigh a verb
	// whose participants differ.
	return !shared || nominal && !other
}

// holdsNames reports whether sentence unit s names a story entity of a
// role's terms (linked there, or its name written there), or the role
// names none. The story's central entities count as named, as in
// statesCore: "he suffered" and "provide Russia with shells" may be about
// them without naming them.
func (k *statedCheck) holdsNames(terms []string, s int) bool {
	named := false
	for _, t := range terms {
		if t[0] != 'E' {
			continue
		}
		if _, ok := k.units[s].terms[t]; ok || k.named(t, s) || k.central[t] {
			return true
		}
		named = true
	}
	return !named
}
