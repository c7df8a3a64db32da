package align

import (
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
)

// creditEvidence is what the alignment can measure of one credit: a
// member's sentence credited with the fact its claim's representative
// states. statesCore decides the credit by a chain of tests; this is the
// strength of the evidence the credit stands on, which the credit gate
// (gate.go) weighs, and which the develop dump (credit_dump_test.go)
// writes out beside the judges' verdicts.
type creditEvidence struct {
	// Cover is the share, by weight, of the fact clause best held
	// (statesPart's) that the sentence holds; Whole the share of the
	// fact's whole unit; Reverse the share of the sentence's own weight
	// that the fact's sentence holds (how much else the sentence says).
	Cover, Whole, Reverse float64
	// Held and FactTerms are the terms of the best-held clause the
	// sentence holds, and all of them (frame terms left out).
	Held, FactTerms int
	// FactNames and HeldNames are the clause's story-entity terms and
	// those the sentence holds; FactFigures and HeldFigures likewise for
	// quantities.
	FactNames, HeldNames     int
	FactFigures, HeldFigures int
	// Main: the sentence tells one of the fact's main predicates
	// (holdsMain); Event: it shares an event word with the clause in
	// moods that agree; Mains: the fact has main predicates.
	Main, Event, Mains bool
	// Run: the sentence prints quoteRunWords of the fact's words in a
	// row. MoodAtOdds: it tells one of the fact's main predicates only
	// in a mood that does not agree (done in one, denied or only
	// possible in the other).
	Run, MoodAtOdds bool
	// FrameHeavy: the fact is a whole sentence whose reported-speech
	// frame weighs more than what it reports, and the report hangs on
	// a clause an adverbial subordinator opens ("demonstrators vowed to
	// keep up their campaign in the streets after the military said it
	// would govern"): its main clause is a happening of its own, which
	// the shares of the fact held (frame left out) do not read, and the
	// report only dates it.
	FrameHeavy bool
	// Sim is the cosine of the two units.
	Sim float64
	// FactWhens: the clause dates what it states; WhenShared: the
	// sentence gives one of its times. FactWheres, WhereShared likewise
	// for places.
	FactWhens, WhenShared bool
	// SpanLeftOut: the clause tells a stretch of time (spansIn) the
	// sentence does not give. CoordinateLeftOut: the clause tells a verb
	// coordinated with its first (coordinatedPredicates) the sentence
	// does not tell in a mood that agrees.
	SpanLeftOut, CoordinateLeftOut bool
	// FigureAtOdds, ListPartly, ComplementAtOdds: the sentence gives
	// another figure as precise as one of the fact's, names only some of
	// a list the fact names, or tells the fact's verb with another
	// infinitive complement (creditodds.go).
	FigureAtOdds, ListPartly, ComplementAtOdds bool
	// PartLeftOut, PlannedOnly: the sentence tells one of two words the
	// fact coordinates and not the other, or tells as planned or
	// expected what the fact tells as done (creditparts.go).
	PartLeftOut, PlannedOnly bool
	FactWheres, WhereShared  bool
	// Clause: the member is a clause, not a whole sentence; Contains: it
	// joined by containing its claim's core.
	Clause, Contains bool
	// Mutual: the fact's sentence also states the member's (statesCore
	// the other way).
	Mutual bool
	// Agent and Object: for an event word the clause and the sentence
	// share in moods that agree, the sentence's reading of that role
	// names the clause's participant (compareRole: roleSame); Verb: one
	// such shared event word is a verb on one side. RoleOther: for one
	// such word, the sentence names another doer or another one done to
	// than the clause (roleOther).
	Agent, Object, Verb, RoleOther bool
	// MoodSame: the sentence tells one of the fact's main predicates as
	// a verb in the very mood the fact tells it (a fact told as done
	// retold as done), not only in a mood that may agree; an infinitive
	// ("to deliver Brexit") tells no mood to agree with.
	MoodSame bool
	// Subject: the first name of the fact clause, written before its
	// first verb (where an English clause puts its subject, and a news
	// lead the one it is about), is a story entity the sentence names
	// too (the same or one of sameParticipant's).
	Subject bool
	// SentWhens, SentFigures: the sentence gives times, figures of its
	// own (whether or not the fact's).
	SentWhens, SentFigures bool
	// UnheldWords are the clause's word terms the sentence does not
	// hold; UnheldNames its story entities, the story's central ones
	// left out, the sentence neither holds nor names; OtherNames the
	// sentence's story entities the fact's sentence does not hold.
	UnheldWords, UnheldNames, OtherNames int
	// SentMains: the sentence asserts happenings (mainPredicates);
	// SentMainInFact: one of them is an event word of the clause, in a
	// mood that agrees.
	SentMains, SentMainInFact bool
	// FactAlone: the fact's text reads as a statement by itself
	// (standsAlone); FactQuoted, SentQuoted: the fact's text, the
	// sentence, is mostly quoted words.
	FactAlone, FactQuoted, SentQuoted bool
	// Attributed: the fact's sentence reports someone's words (a quote
	// with a speaker); SourceKept: the sentence reports words of a
	// speaker sharing a name word with one of the fact's, or the same
	// story entity; SentAttributed: the sentence reports someone's words.
	Attributed, SourceKept, SentAttributed bool
	// Members is the size of the claim; StatedBy how many members other
	// than this one and the representative, and than copies of either,
	// state the fact.
	Members, StatedBy int
}

// evidenceOf measures the credit of member m of claim ms with the fact
// of its representative r: all of creditEvidence.
func (k *statedCheck) evidenceOf(ms []member, m, r member) creditEvidence {
	e := k.confidenceEvidence(ms, m, r, true)
	k.sameEventEvidence(&e, m, r, k.heldClause(r, sentenceOf(k.units, m.unit)))
	k.moreEvidence(&e, m, r)
	return e
}

// confidenceEvidence measures what the confidence rule and its reasons
// read of a credit (confidence.go): the shares of the fact held, names,
// figures, times, predicates, the fact's verb in its very mood and then
// its subject, the cosine, and corroboration, counted in full when
// countAll is set, else up to the first other member that states the
// fact. The rest (sameEventEvidence, moreEvidence) costs more
// and is for the develop dump: a signal read of it is dumpOnly.
func (k *statedCheck) confidenceEvidence(ms []member, m, r member, countAll bool) creditEvidence {
	units := k.units
	sent := sentenceOf(units, m.unit)
	has := units[sent].terms
	e := creditEvidence{Clause: units[m.unit].parent >= 0, Contains: m.contains, Members: len(ms)}
	bestC, best := r.unit, -1.0
	for _, c := range k.factClauses(r) {
		held, all := k.heldShare(c, has)
		if all == 0 {
			continue
		}
		if c == r.unit {
			e.Whole = held / all
		}
		if held/all > best+sameShare {
			best, bestC = held/all, c
		}
	}
	e.Cover = max(best, 0)
	cu := &units[bestC]
	rs := sentenceOf(units, r.unit)
	for t := range cu.terms {
		if cu.parent < 0 && cu.frame[t] {
			continue
		}
		_, ok := has[t]
		e.FactTerms++
		switch t[0] {
		case 'E':
			e.FactNames++
			if ok {
				e.HeldNames++
			}
		case 'Q':
			e.FactFigures++
			if ok {
				e.HeldFigures++
			}
		}
		if ok {
			e.Held++
			continue
		}
		switch {
		case t[0] == 'W':
			e.UnheldWords++
		case t[0] == 'E' && !k.central[t] && !k.named(t, sent):
			e.UnheldNames++
		}
	}
	for t := range units[sent].terms {
		if _, ok := units[rs].terms[t]; t[0] == 'E' && !ok && !units[sent].frame[t] {
			e.OtherNames++
		}
	}
	smains := k.mainPredicates(sent)
	e.SentMains = len(smains) > 0
	e.SentMainInFact = slices.ContainsFunc(smains, func(q predicate) bool {
		return slices.ContainsFunc(cu.preds, func(p predicate) bool { return p.concept != "" && p.concept == q.concept && moodsAgree(p.mood, q.mood) })
	})
	su := &units[sent]
	mains := k.mainPredicates(r.unit)
	e.Mains = len(mains) > 0
	e.Main = slices.ContainsFunc(mains, func(p predicate) bool { return holdsMain(p, su) })
	e.Sim = dot(units[m.unit].vec, units[r.unit].vec)
	// A verb the fact tells active, which the sentence tells only by a
	// participle opening it ("Hosted in the outside courtyard, Kirk
	// sat"), is told of another doer (voice.go).
	st, ft := k.text(sent), k.text(r.unit)
	e.MoodSame = slices.ContainsFunc(mains, func(p predicate) bool {
		return p.verbal && p.mood != moodOpen && slices.ContainsFunc(su.preds, func(q predicate) bool { return q.verbal && q.concept == p.concept && q.mood == p.mood }) &&
			!(openerOnly(st, p.concept) && toldActive(ft, p.concept))
	})
	if e.MoodSame {
		e.Subject = k.subjectNamed(bestC, sent)
	}
	e.Run = printsRun(k.foldedOf(r.unit), k.foldedOf(sent), quoteRunWords)
	e.FrameHeavy = k.frameHeavy(r.unit)
	e.MoodAtOdds = slices.ContainsFunc(mains, func(p predicate) bool {
		told := func(agree bool) bool {
			return slices.ContainsFunc(su.preds, func(q predicate) bool { return q.concept == p.concept && moodsAgree(p.mood, q.mood) == agree })
		}
		return p.concept != "" && told(false) && !told(true)
	})
	e.FactWhens, e.WhenShared = len(cu.whens) > 0, shareAny(cu.whens, su.whens)
	e.SpanLeftOut = len(cu.spans) > 0 && !shareAny(cu.spans, su.whens)
	if e.Main {
		e.CoordinateLeftOut = slices.ContainsFunc(k.coordinatedPredicates(bestC), func(p predicate) bool {
			return !slices.ContainsFunc(su.preds, func(q predicate) bool { return q.concept == p.concept && moodsAgree(p.mood, q.mood) })
		})
	}
	e.FigureAtOdds = k.figureAtOdds(r.unit, sent)
	e.ListPartly = k.listPartlyNamed(r.unit, sent)
	e.ComplementAtOdds = k.complementAtOdds(r.unit, sent)
	e.PartLeftOut = k.coordinatePartLeftOut(r.unit, sent)
	e.PlannedOnly = k.plannedOnly(r.unit, sent)
	e.FactWheres = len(cu.wheres) > 0
	e.WhereShared = slices.ContainsFunc(cu.wheres, func(w int) bool { return slices.Contains(su.wheres, w) })
	for _, o := range ms {
		if o.unit != m.unit && o.unit != r.unit && !k.sameOriginal(o.unit, m.unit) && !k.sameOriginal(o.unit, r.unit) && k.statesCore(o, r) {
			e.StatedBy++
			if !countAll {
				break
			}
		}
	}
	return e
}

// moreEvidence adds to e the reverse share, quotations and their
// speakers, which neither confidenceEvidence nor sameEventEvidence
// reads.
func (k *statedCheck) moreEvidence(e *creditEvidence, m, r member) {
	units := k.units
	sent := sentenceOf(units, m.unit)
	rs := sentenceOf(units, r.unit)
	var all, held float64
	for t, w := range units[sent].terms {
		if units[sent].frame[t] {
			continue
		}
		all += w
		if _, ok := units[rs].terms[t]; ok {
			held += w
		}
	}
	if all > 0 {
		e.Reverse = held / all
	}
	e.FactAlone = standsAlone(k.text(r.unit))
	_, e.FactQuoted = quotedWords(k.text(r.unit), quoteSpans(k.text(r.unit)))
	_, e.SentQuoted = quotedWords(k.text(sent), quoteSpans(k.text(sent)))
	fs, fw := k.quoteSources(rs)
	ss2, sw := k.quoteSources(sent)
	e.Attributed, e.SentAttributed = len(fw) > 0, len(sw) > 0
	for _, x := range fs {
		for _, y := range ss2 {
			e.SourceKept = e.SourceKept || x == y || sameParticipant(k.ents, x, y)
		}
	}
	for w := range fw {
		e.SourceKept = e.SourceKept || sw[w]
	}
}

// sameEventEvidence adds to e the evidence that the sentence of member m
// tells the happening of fact clause bestC of r's sentence: a shared
// event word, a run of the fact's words, the participants read alike,
// the fact's subject named, the fact's verb in its very mood, the
// sentence's own times and figures, and whether the fact's sentence
// states the member's in turn.
func (k *statedCheck) sameEventEvidence(e *creditEvidence, m, r member, bestC int) {
	units := k.units
	sent := sentenceOf(units, m.unit)
	rs := sentenceOf(units, r.unit)
	e.Event = sharesEvent(&units[bestC], &units[sent])
	k.roleEvidence(e, bestC, sent)
	// confidenceEvidence reads the subject only where the verb agrees;
	// the dump reads it always.
	e.Subject = k.subjectNamed(bestC, sent)
	su := &units[sent]
	e.SentWhens = len(su.whens) > 0
	for t := range su.terms {
		if t[0] == 'Q' {
			e.SentFigures = true
			break
		}
	}
	e.Mutual = k.statesCore(member{unit: rs, span: units[rs].clause.Span}, member{unit: sent, span: units[sent].clause.Span})
}

// roleEvidence adds to e how the participants of the event words fact
// clause c and sentence unit sent share, in moods that agree, compare:
// the same doer, the same one done to, or another (Agent, Object,
// RoleOther, Verb). The argument reader's readings are kept by unit
// (argsOf), and statesCore has read them for most credits already.
func (k *statedCheck) roleEvidence(e *creditEvidence, c, sent int) {
	fc, ss := k.argsOf(c), k.argsOf(sent)
	for i, p := range fc.preds {
		for j, q := range ss.preds {
			if p.concept == "" || q.concept != p.concept || !moodsAgree(p.mood, q.mood) {
				continue
			}
			e.Verb = e.Verb || p.verbal || q.verbal
			fr, sr := fc.r.rolesAt(fc.at[i], p.verbal), ss.r.rolesAt(ss.at[j], q.verbal)
			agent, object := k.compareRole(fr.agent, sr.agent), k.compareRole(fr.object, sr.object)
			e.Agent = e.Agent || agent == roleSame
			e.Object = e.Object || object == roleSame
			e.RoleOther = e.RoleOther || agent == roleOther || object == roleOther
		}
	}
}

// subjectNamed reports whether the first name of unit c, before its first
// verb and after a dateline, is a story entity sentence unit sent names
// (creditEvidence.Subject).
func (k *statedCheck) subjectNamed(c, sent int) bool {
	fc := k.argsOf(c)
	verbAt := -1
	for i, p := range fc.preds {
		if p.verbal {
			verbAt = fc.r.toks[fc.at[i]].Span.Start
			break
		}
	}
	if verbAt < 0 {
		return false
	}
	un := &k.units[c]
	x := k.indexes[un.input]
	// A dateline's place and agency ("PORT ARDLOW, March 10 (Northwire)
	// - ") stand before the subject and are none.
	start := un.clause.Span.Start + nlp.ReadDateline(x.Text[un.clause.Span.Start:verbAt]).End
	for _, mr := range x.MentionsIn(start, verbAt) {
		// A description ("the actress") first is the subject, and no
		// name.
		if x.Entities[mr.Entity].Descriptive {
			return false
		}
		id := k.ents.Lookup(un.input, mr.Entity)
		if id < 0 {
			return false
		}
		if _, ok := k.units[sent].terms["E:"+strconv.Itoa(id)]; ok {
			return true
		}
		for t := range k.units[sent].terms {
			if t[0] == 'E' && k.oneSide("E:"+strconv.Itoa(id), t) {
				return true
			}
		}
		return false
	}
	return false
}

// quoteSources returns the story entities and the content words of the
// speakers whose words (quoted or reported) lie in unit u.
func (k *statedCheck) quoteSources(u int) ([]int, map[string]bool) {
	in, sp := k.units[u].input, k.units[u].clause.Span
	var ents []int
	words := map[string]bool{}
	for _, q := range k.docs[in].Quotes {
		if q.Span.End <= sp.Start || q.Span.Start >= sp.End || q.Speaker == "" {
			continue
		}
		if e := k.ents.Lookup(in, q.SpeakerEntity); e >= 0 {
			ents = append(ents, e)
		}
		for _, w := range foldedWords(q.Speaker) {
			if !nlp.IsStopword(w) {
				words[concept(w)] = true
			}
		}
	}
	return ents, words
}

// frameHeavy reports whether unit u is a whole sentence whose
// reported-speech frame terms weigh more than the rest of its terms, and
// whose first clause is a frame holding an adverbial subordinator: the
// sentence's own happening is told first, and the first report hangs on
// a clause subordinate to it ("vowed to keep up their campaign after the
// military said", not "appeared on television and said they had taken
// power, minutes after the election body announced").
func (k *statedCheck) frameHeavy(u int) bool {
	x := &k.units[u]
	if x.parent >= 0 {
		return false
	}
	var frame, said float64
	for t, w := range x.terms {
		if x.frame[t] {
			frame += w
		} else {
			said += w
		}
	}
	if frame <= said {
		return false
	}
	text := k.text(u)
	for _, s := range nlp.SplitSentences(text) {
		cs := nlp.Clauses(text, s)
		if len(cs) == 0 {
			return false
		}
		first := slices.MinFunc(cs, func(a, b nlp.Clause) int { return a.Span.Start - b.Span.Start })
		return first.Frame && slices.ContainsFunc(nlp.Tokenize(text[first.Span.Start:first.Span.End], 0), func(t nlp.Token) bool { return subordinators.Has(strings.ToLower(t.Text)) })
	}
	return false
}
