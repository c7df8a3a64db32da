package align

import (
	"encoding/binary"
	"maps"
	"slices"
	"strconv"
	"time"

	"crosscheck/internal/nlp"
)

// keepStated's verdict on a claim is kept with the links (Kept.stated),
// by a sum of everything the verdict reads: the claim's members in their
// order, the units of their sentences (their kept sums: weighted terms,
// frame terms, era), and of each member's article its whole analysis,
// its publication time and, for each of its entities, the story entity
// it is (named stably, as the links name it), that entity's names, kind,
// country and roles, and whether it is central. A claim whose sum is
// kept takes the verdict; the checks of every pair of its members
// (statesCore) are not run again. As with the links, nothing the caller
// says decides what is reused: a claim an article joined, or whose
// entities' names moved, has another sum.

// statedVerdict is keepStated's verdict on a claim of two or more
// members: its representative (a place in the claim), which members
// state it, and the representative's span as shown (showShared).
type statedVerdict struct {
	rep    int
	states []bool
	span   nlp.Span
}

// fits reports whether v can be the verdict on a claim of n members.
func (v statedVerdict) fits(n int) bool {
	return v.rep >= 0 && v.rep < n && len(v.states) == n
}

// statedMemo holds the verdicts kept from the last alignment (old) and
// those of this one (next).
type statedMemo struct {
	sums      *claimSums
	old, next map[uint64]statedVerdict
	// noGate is the check's (Options.noGate): the verdicts differ with
	// it.
	noGate bool
}

// claimSum is the sum of what keepStated reads of claim ms.
func (m *statedMemo) claimSum(ms []member) uint64 {
	if !m.noGate {
		return m.sums.of(ms)
	}
	w := newSumWriter()
	w.u64(m.sums.of(ms))
	w.flag(true)
	return w.sum()
}

// claimSums makes the sums of claims (claimSums.of) of one alignment.
type claimSums struct {
	units   []unit
	clauses map[int][]int
	ents    *nlp.StoryEntities
	// unitIDs are each unit's name and kept sum (Kept.units).
	unitIDs []keptUnit
	// articles holds each input's sum (articleSumOf), sentences each
	// sentence unit's (sentenceSumOf), made when first asked.
	articles  map[int]uint64
	sentences map[int]uint64
	// entity holds what each story entity contributes to an article's
	// sum, made once.
	entity func(id int) uint64
	// inputs, docs and published are the story's, analysis the sums of
	// docs.
	inputs    []Input
	docs      []nlp.Doc
	analysis  *analysisSums
	published func(i int) time.Time
}

// newClaimSums makes the sums of an alignment whose units are named and
// summed in ids (nil: none).
func newClaimSums(k *statedCheck, ids []keptUnit, inputs []Input, analysis *analysisSums) *claimSums {
	if ids == nil {
		return nil
	}
	stable := stableEntityTerms(inputs, k.ents)
	sums := make([]uint64, len(k.ents.Entities))
	made := make([]bool, len(k.ents.Entities))
	m := &claimSums{units: k.units, clauses: k.clauses, ents: k.ents, unitIDs: ids, articles: map[int]uint64{}, sentences: map[int]uint64{},
		inputs: inputs, docs: k.docs, analysis: analysis}
	m.entity = func(id int) uint64 {
		if id < 0 || id >= len(sums) {
			return 0
		}
		if !made[id] {
			t := "E:" + strconv.Itoa(id)
			sums[id], made[id] = storyEntitySum(&k.ents.Entities[id], stable(t), k.central[t]), true
		}
		return sums[id]
	}
	m.published = func(i int) time.Time {
		if i >= len(k.published) {
			return time.Time{}
		}
		return k.published[i]
	}
	return m
}

// storyEntitySum is what story entity e contributes to the sum of an
// article it is mentioned in: its stable name (stableEntityTerms),
// whether it is central, what it is called and what it is. Its number
// moves between alignments and is not summed; which mentions it has
// (Members) each article's sum reads as which story entity each of its
// entities is. TestStoryEntitySumFields holds it to nlp.StoryEntity's
// fields.
func storyEntitySum(e *nlp.StoryEntity, stable string, central bool) uint64 {
	w := newSumWriter()
	w.str(stable)
	w.flag(central)
	w.entity(e.Name, e.Kind, e.KindGuessed, e.Country, e.Aliases, e.Roles)
	return w.sum()
}

// articleSumOf is the sum of what a verdict reads of input i: its id, its
// analysis, when it was published, and its entities as the story's.
func (m *claimSums) articleSumOf(i int) uint64 {
	if s, ok := m.articles[i]; ok {
		return s
	}
	w := newSumWriter()
	w.i64(m.inputs[i].ArticleID)
	w.u64(m.analysis.of(i))
	w.time(m.published(i))
	w.num(len(m.docs[i].Entities))
	for e := range m.docs[i].Entities {
		id := m.ents.Lookup(i, e)
		w.num(boolInt(id >= 0))
		w.u64(m.entity(id))
	}
	s := w.sum()
	m.articles[i] = s
	return s
}

// sentenceSumOf is the sum of the kept sums of sentence unit s and its
// clause units, with their parts.
func (m *claimSums) sentenceSumOf(s int) uint64 {
	if v, ok := m.sentences[s]; ok {
		return v
	}
	w := newSumWriter()
	unit := func(u int) {
		w.num(m.unitIDs[u].part)
		w.num(m.unitIDs[u].sentence)
		w.u64(m.unitIDs[u].sum)
	}
	unit(s)
	for _, c := range m.clauses[s] {
		unit(c)
	}
	v := w.sum()
	m.sentences[s] = v
	return v
}

// of is the sum of claim ms: its members in their order, and of each the
// article's and the sentence's sums.
func (m *claimSums) of(ms []member) uint64 {
	w := newSumWriter()
	w.num(len(ms))
	for _, mb := range ms {
		w.u64(m.articleSumOf(m.units[mb.unit].input))
		w.num(m.unitIDs[mb.unit].part)
		w.u64(m.sentenceSumOf(sentenceOf(m.units, mb.unit)))
		w.span(mb.span)
		w.flag(mb.contains)
		w.flag(mb.rep)
	}
	return w.sum()
}

// appendStated appends the kept verdicts, by sum in order.
func appendStated(out []byte, vs map[uint64]statedVerdict) []byte {
	out = binary.AppendUvarint(out, uint64(len(vs)))
	for _, key := range slices.Sorted(maps.Keys(vs)) {
		v := vs[key]
		out = binary.LittleEndian.AppendUint64(out, key)
		out = binary.AppendUvarint(out, uint64(v.rep))
		out = binary.AppendUvarint(out, uint64(len(v.states)))
		var b byte
		for i, s := range v.states {
			if s {
				b |= 1 << (i % 8)
			}
			if i%8 == 7 || i == len(v.states)-1 {
				out = append(out, b)
				b = 0
			}
		}
		out = binary.AppendUvarint(out, uint64(v.span.Start))
		out = binary.AppendUvarint(out, uint64(v.span.End))
	}
	return out
}

// readStated reads what appendStated appended.
func readStated(rd *keptReader) map[uint64]statedVerdict {
	n := rd.Count()
	out := make(map[uint64]statedVerdict, n)
	for range n {
		key := rd.U64()
		v := statedVerdict{rep: rd.small()}
		l := rd.small()
		// More flags than the bytes left can hold is no Kept of ours:
		// failing here, not returning nil, keeps the rest from being
		// read out of step.
		if l > 8*len(rd.B) {
			rd.Fail = true
		}
		if rd.Fail {
			return nil
		}
		v.states = make([]bool, l)
		var b byte
		for i := range l {
			if i%8 == 0 {
				b = rd.Byte()
			}
			v.states[i] = b&(1<<(i%8)) != 0
		}
		v.span = nlp.Span{Start: rd.small(), End: rd.small()}
		if rd.Fail {
			return nil
		}
		out[key] = v
	}
	return out
}
