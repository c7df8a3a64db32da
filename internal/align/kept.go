package align

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
	"crosscheck/internal/varbytes"
)

// Kept is what an alignment keeps of a story for the next alignment of
// it: the links between its units (sentences and clauses) that the two
// passes of grouping may use, and for each unit a sum of everything its
// links were computed from (its weighted terms, its frame terms, its
// era). When an article joins a story, a unit whose sum is unchanged has
// the same similarity to every other unchanged unit as before, so only
// the links of the new and changed units are computed again. Which links
// are kept is decided by the sums alone, never by what the caller says
// changed: the links are the ones a build without Kept finds
// (TestKeptIsRebuild). With the term counts frozen between sizes of the
// story (frozen.go), the units of the articles already there keep their
// sums.
//
// The links kept are those of two whole sentences at the first pass's
// threshold, and those of a clause with a clause or a sentence at the
// second pass's: which clauses the second pass links depends on the
// first pass's groups, so all that it may link are kept, and the
// grouping picks its own (Align).
//
// It also keeps, by article id, the sketches of each article's units
// (sketch.go) with a sum of the analysis they were made of (docSum): an
// article whose analysis is unchanged takes its sketches.
type Kept struct {
	threshold, clauseThreshold float64
	units                      []keptUnit
	pairs                      []keptPair
	articles                   map[int64]keptArticle
	// stated holds keepStated's verdicts by claim (stated_kept.go),
	// events splitByEvent's groups (event_kept.go).
	stated map[uint64]statedVerdict
	events map[uint64][][]int
	// uncertain holds markUncertain's marks by claim
	// (uncertain_kept.go).
	uncertain map[uint64][]string
	// conflicts holds findConflicts' values by article
	// (conflict_kept.go).
	conflicts *keptConflicts
	// groups holds, for each unit, the place in units of its group's
	// label after the first pass's merge (merge_kept.go).
	groups []int32
	// places holds what each article's units read of it alone, by
	// article id, in the process only (places_kept.go).
	places map[int64]*articlePlaces
	// assembly is what the briefing's assembly keeps with the alignment
	// (package brief's, opaque here): Kept is stored as one value.
	assembly []byte
}

// Assembly is what SetAssembly set on the Kept this one was decoded
// from, or nil.
func (k *Kept) Assembly() []byte { return k.assembly }

// SetAssembly sets what the next alignment's Kept gives back as
// Assembly: the keeping of the stages after alignment, encoded by them.
func (k *Kept) SetAssembly(b []byte) { k.assembly = b }

// keptArticle is an article's sketches and the sum of its analysis.
type keptArticle struct {
	sum   uint64
	units []sketch
}

// keptUnit names a unit across alignments: its article, its sentence,
// which part of the sentence (0 the whole sentence, k the k-th of its
// clause units) and the sum of what its links depend on.
type keptUnit struct {
	article  int64
	sentence int
	part     int
	sum      uint64
}

// keptPair is a link between two units of Kept.units, and for a link
// of two whole sentences what the first pass's merge made of it
// (merge_kept.go).
type keptPair struct {
	a, b int32
	sim  float64
	took merged
}

// Units and Pairs say how many sentences and links k holds.
func (k *Kept) Units() int { return len(k.units) }
func (k *Kept) Pairs() int { return len(k.pairs) }

// unitSum is the sum of what the first pass's similarity of unit i to any
// other reads of it: its weighted terms, which of them are frame terms,
// and its era; and what the first pass's grouping reads of it besides
// (merge_kept.go): a clause's terms with its frames' (a carrier's link)
// and its transfers. Terms are summed in sorted order, weights by their bits.
// A story entity's term ("E:7") is summed by stable's name for it: the
// entity's number moves when an article brings a new name, and the
// similarity only asks which mentions are one entity.
func unitSum(u *unit, names []string, stable func(term string) string, buf []stableTerm) (uint64, []stableTerm) {
	w := newSumWriter()
	// A unit's vectors hold its terms by number, ascending: in the
	// names' (sorted) order already, but for the story entities' terms,
	// which stable renames (its names are "E:" terms only).
	weights := func(vec []termWeight, frame map[string]bool) {
		terms := buf[:0]
		for _, tw := range vec {
			t := names[tw.term]
			st := t
			if strings.HasPrefix(t, "E:") {
				st = stable(t)
			}
			terms = append(terms, stableTerm{stable: st, term: t, w: tw.w})
		}
		slices.SortFunc(terms, func(x, y stableTerm) int { return strings.Compare(x.stable, y.stable) })
		w.num(len(terms))
		for _, tt := range terms {
			w.str(tt.stable)
			w.flag(frame[tt.term])
			w.float(tt.w)
		}
		buf = terms
	}
	weights(u.vec, u.frame)
	w.num(u.era)
	// A clause's terms with its frames' are what a carrier's link reads
	// (carrier.go); a whole sentence's are never read there.
	if u.parent >= 0 {
		weights(u.framedVec, nil)
	}
	w.num(len(u.transfers))
	for _, t := range u.transfers {
		w.str(stable(t.from))
		w.str(stable(t.to))
		w.str(t.goods)
		w.str(t.class)
	}
	return w.sum(), buf
}

// stableTerm is a term of a unit as unitSum sums it: by stable's name,
// with its weight.
type stableTerm struct {
	stable, term string
	w            float64
}

// keptPairs returns the links of the first pass (two whole sentences
// at threshold) and those the second pass may use (a clause and a clause
// or a sentence at clauseThreshold), each as similarPairs finds them,
// taking from kept the links between units unchanged since kept was made
// and computing those of the others; and what to keep of this alignment.
// The first pass's links come most similar first. Without unique
// article ids (kept could not tell articles apart) it computes all and
// keeps nothing.
func keptPairs(units []unit, names []string, inputs []Input, ents *nlp.StoryEntities, threshold, clauseThreshold float64, kept *Kept) (wholes, clauses []pair, next *Kept, clean []bool) {
	whole := func(i int) bool { return units[i].parent < 0 }
	clause := func(i int) bool { return units[i].parent >= 0 }
	all := func(int) bool { return true }
	ids := make(map[int64]bool, len(inputs))
	for _, in := range inputs {
		ids[in.ArticleID] = true
	}
	if len(ids) != len(inputs) {
		return sortPairs(similarPairs(units, names, threshold, whole, whole)), similarPairs(units, names, clauseThreshold, clause, all), nil, nil
	}
	type key struct {
		article        int64
		sentence, part int
	}
	stable := stableEntityTerms(inputs, ents)
	next = &Kept{threshold: threshold, clauseThreshold: clauseThreshold, units: make([]keptUnit, len(units))}
	part := 0
	var buf []stableTerm
	for i := range units {
		part++
		if whole(i) {
			part = 0
		}
		var sum uint64
		sum, buf = unitSum(&units[i], names, stable, buf)
		next.units[i] = keptUnit{article: inputs[units[i].input].ArticleID, sentence: units[i].sentence, part: part, sum: sum}
	}
	// known: whether a unit is unchanged since kept.
	known := make([]bool, len(units))
	if kept != nil && kept.threshold == threshold && kept.clauseThreshold == clauseThreshold {
		now := make(map[key]int, len(next.units))
		for i, ku := range next.units {
			now[key{ku.article, ku.sentence, ku.part}] = i
		}
		back := make([]int, len(kept.units)) // place in kept.units → unit, or -1
		for p, ku := range kept.units {
			back[p] = -1
			if i, ok := now[key{ku.article, ku.sentence, ku.part}]; ok && !known[i] && next.units[i].sum == ku.sum {
				known[i], back[p] = true, i
			}
		}
		clean = cleanUnits(units, kept, back, known)
		// The kept links come first, the wholes' before the clauses'
		// (MarshalBinary's order): room for all of them at once.
		nw := 0
		for _, kp := range kept.pairs {
			if kept.units[kp.a].part == 0 && kept.units[kp.b].part == 0 {
				nw++
			}
		}
		wholes, clauses = make([]pair, 0, nw), make([]pair, 0, len(kept.pairs)-nw)
		for _, kp := range kept.pairs {
			a, b := back[kp.a], back[kp.b]
			if a < 0 || b < 0 {
				continue
			}
			p := pair{a: min(a, b), b: max(a, b), sim: kp.sim, logged: kp.took.inLog(a > b)}
			if whole(a) && whole(b) {
				wholes = append(wholes, p)
			} else {
				clauses = append(clauses, p)
			}
		}
	}
	changed := func(i int) bool { return !known[i] }
	fresh := sortPairs(similarPairs(units, names, threshold, func(i int) bool { return whole(i) && changed(i) }, whole))
	// The kept links come in the order they were kept in, sorted, and
	// keep it while the units they join keep theirs: then only the
	// links of the changed units are sorted, and merged in.
	if slices.IsSortedFunc(wholes, comparePairs) {
		wholes = mergePairs(wholes, fresh)
	} else {
		wholes = sortPairs(append(wholes, fresh...))
	}
	// A changed clause with anything; a changed sentence with a clause
	// unchanged (with a changed clause it is found from the clause).
	clauses = append(clauses, similarPairs(units, names, clauseThreshold, func(i int) bool { return clause(i) && changed(i) }, all)...)
	clauses = append(clauses, similarPairs(units, names, clauseThreshold, func(i int) bool { return whole(i) && changed(i) }, func(i int) bool { return clause(i) && known[i] })...)
	next.pairs = make([]keptPair, 0, len(wholes)+len(clauses))
	for _, ps := range [][]pair{wholes, clauses} {
		for _, p := range ps {
			next.pairs = append(next.pairs, keptPair{a: int32(p.a), b: int32(p.b), sim: p.sim})
		}
	}
	return wholes, clauses, next, clean
}

// stableEntityTerms returns a function naming each story entity's term
// ("E:7") by the first of its mentions (lowest ArticleID, then the
// article's own entity number), which an article joining later does not
// change unless it merges two entities; other terms stay as they are.
// Mentions are of one entity only, so no two entities share a name.
func stableEntityTerms(inputs []Input, ents *nlp.StoryEntities) func(string) string {
	names := make(map[string]string, len(ents.Entities))
	for id, e := range ents.Entities {
		first := nlp.EntityRef{Doc: -1}
		for _, m := range e.Members {
			if first.Doc < 0 || inputs[m.Doc].ArticleID < inputs[first.Doc].ArticleID ||
				inputs[m.Doc].ArticleID == inputs[first.Doc].ArticleID && m.Entity < first.Entity {
				first = m
			}
		}
		if first.Doc >= 0 {
			names["E:"+strconv.Itoa(id)] = "E:" + strconv.FormatInt(inputs[first.Doc].ArticleID, 10) + "." + strconv.Itoa(first.Entity)
		}
	}
	return func(t string) string {
		if n, ok := names[t]; ok {
			return n
		}
		return t
	}
}

// keptMagic starts an encoded Kept: its format, changed when it does.
const keptMagic = "align.Kept/9\n"

// MarshalBinary encodes k.
func (k *Kept) MarshalBinary() ([]byte, error) {
	return k.AppendBinary(make([]byte, 0, len(keptMagic)+16+len(k.units)*15+len(k.pairs)*14))
}

// AppendBinary appends k's encoding (MarshalBinary) to out: given room
// for it (the length of the last one), nothing is copied as it grows.
func (k *Kept) AppendBinary(out []byte) ([]byte, error) {
	out = append(out, keptMagic...)
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(k.threshold))
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(k.clauseThreshold))
	out = binary.AppendUvarint(out, uint64(len(k.units)))
	for _, u := range k.units {
		out = binary.AppendVarint(out, u.article)
		out = binary.AppendUvarint(out, uint64(u.sentence))
		out = binary.AppendUvarint(out, uint64(u.part))
		out = binary.LittleEndian.AppendUint64(out, u.sum)
	}
	out = binary.AppendUvarint(out, uint64(len(k.pairs)))
	for _, p := range k.pairs {
		out = binary.AppendUvarint(out, uint64(p.a))
		out = binary.AppendUvarint(out, uint64(p.b))
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(p.sim))
		if k.units[p.a].part != 0 || k.units[p.b].part != 0 {
			continue // a clause's link: the first pass's merge does not meet it
		}
		out = append(out, byte(p.took.outcome))
		if p.took.outcome == outcomeMerged {
			out = binary.AppendUvarint(out, uint64(p.took.carA))
			out = binary.AppendUvarint(out, uint64(p.took.carB))
		}
	}
	out = binary.AppendUvarint(out, uint64(len(k.groups)))
	for _, g := range k.groups {
		out = binary.AppendUvarint(out, uint64(g))
	}
	out = appendStated(out, k.stated)
	out = appendEvents(out, k.events)
	out = appendUncertain(out, k.uncertain)
	out = appendConflicts(out, k.conflicts)
	out = binary.AppendUvarint(out, uint64(len(k.assembly)))
	out = append(out, k.assembly...)
	return appendArticles(out, k.articles), nil
}

var errKept = errors.New("not an encoded align.Kept")

// UnmarshalBinary decodes what MarshalBinary encoded.
func (k *Kept) UnmarshalBinary(data []byte) error {
	if len(data) < len(keptMagic)+16 || string(data[:len(keptMagic)]) != keptMagic {
		return errKept
	}
	rd := &keptReader{varbytes.Reader{B: data[len(keptMagic):]}}
	out := Kept{threshold: math.Float64frombits(rd.U64()), clauseThreshold: math.Float64frombits(rd.U64())}
	n := rd.Uvarint()
	if rd.Fail || n > uint64(len(rd.B)) { // each unit takes more than a byte
		return fmt.Errorf("%w: %d units in %d bytes", errKept, n, len(rd.B))
	}
	out.units = make([]keptUnit, 0, n)
	for range n {
		u := keptUnit{article: rd.Varint(), sentence: int(rd.Uvarint()), part: int(rd.Uvarint()), sum: rd.U64()}
		if rd.Fail {
			return fmt.Errorf("%w: cut short in its units", errKept)
		}
		out.units = append(out.units, u)
	}
	n = rd.Uvarint()
	if rd.Fail || n > uint64(len(rd.B)) {
		return fmt.Errorf("%w: %d links in %d bytes", errKept, n, len(rd.B))
	}
	out.pairs = make([]keptPair, 0, n)
	for range n {
		a, b := rd.Uvarint(), rd.Uvarint()
		sim := math.Float64frombits(rd.U64())
		if rd.Fail || a >= uint64(len(out.units)) || b >= uint64(len(out.units)) {
			return fmt.Errorf("%w: a link cut short or to no unit", errKept)
		}
		var took merged
		if out.units[a].part == 0 && out.units[b].part == 0 {
			took.outcome = outcome(rd.Byte())
			if took.outcome == outcomeMerged {
				took.carA, took.carB = int32(rd.small()), int32(rd.small())
			}
		}
		if rd.Fail || took.outcome > outcomeMerged {
			return fmt.Errorf("%w: a link's merge cut short", errKept)
		}
		out.pairs = append(out.pairs, keptPair{a: int32(a), b: int32(b), sim: sim, took: took})
	}
	if ng := rd.Count(); ng > 0 {
		out.groups = make([]int32, ng)
		for i := range out.groups {
			g := rd.Uvarint()
			if g >= uint64(len(out.units)) {
				rd.Fail = true
			}
			out.groups[i] = int32(g)
		}
	}
	if rd.Fail {
		return fmt.Errorf("%w: cut short in its groups", errKept)
	}
	out.stated = readStated(rd)
	out.events = readEvents(rd)
	out.uncertain = readUncertain(rd)
	out.conflicts = readConflicts(rd)
	if rd.Fail {
		return fmt.Errorf("%w: cut short in its verdicts", errKept)
	}
	if n := rd.Uvarint(); rd.Fail || n > uint64(len(rd.B)) {
		return fmt.Errorf("%w: cut short in what the assembly keeps", errKept)
	} else if n > 0 {
		out.assembly = slices.Clone(rd.B[:n])
		rd.B = rd.B[n:]
	}
	arts, err := readArticles(rd.B)
	if err != nil {
		return err
	}
	out.articles = arts
	*k = out
	return nil
}
