package align

import (
	"encoding/binary"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// findConflicts' values are kept per article with the links
// (Kept.conflicts), by a sum of all articleValues reads: the article's
// analysis, its publication time (and the story's date when it has
// none: its main event and relative times are read from it), its
// language as given, and of its entities which are one story entity,
// with that entity's name and country. The values hold story entity
// numbers ("E:7" in a context, a place's entity), which move whenever an
// article joins: they are encoded as the first of the article's own
// entities that is that story entity, and decoded as the number that
// entity has now. An article whose sum is kept takes its values,
// decoded; the others (the article that joined, and any whose entities
// were merged or renamed) are read from their analysis. Nothing the
// caller says decides it.

// The links between values (findConflicts' linkOf) are kept too: a
// link reads the two values, their articles' originals (a copy is not
// linked to its original), whether their sentences are in one claim,
// and, through the entity numbers of their contexts and landmarks,
// whether two entities of their articles are one story entity. A value
// is unchanged for its links when its article's values are the kept
// ones, the article has the same original and each of its entities is
// the same story entity, named stably (the first of its mentions, as
// stableEntityTerms names it: two entities of two articles are then one
// story entity now when they were then), and its sentence's claim is the
// same (a sum of the claim's sentences; the sums of the claims of an
// alignment must differ, else nothing is kept). Two unchanged values
// have the kept link, or none; the pairs with a changed value are
// linked afresh. The links are then sorted and grouped as always, so the
// slots are those of a build without Kept.

// keptConflicts is what findConflicts keeps: each article's values, in
// the story's order, and the links between them (if linked).
type keptConflicts struct {
	articles []keptValues
	linked   bool
	links    []keptLink
	// scans are the articles' scans by article id, held in the
	// process only (conflict_scan.go).
	scans map[int64]*articleScan
}

// keptValues are an article's values, encoded (encodeValues), the sum
// of what they were read from (valuesSum), the sum of what else their
// links read of the article (linkSum), and each value's claim's sum (0
// for none).
type keptValues struct {
	article int64
	sum     uint64
	data    []byte
	links   uint64
	claims  []uint64
}

// keptLink is a link between two values of keptConflicts, named by their
// place among the values of its articles in order.
type keptLink struct {
	a, b     int32
	score    float64
	joinOnly bool
}

// conflictMemo holds the values kept from the last alignment (old, nil
// for none) and gathers this one's (next).
type conflictMemo struct {
	old  *keptConflicts
	next *keptConflicts
	// analysis holds the sums of the story's analyses (nil: made here).
	analysis *analysisSums
	// Of each input: where its values start in the story's, its place in
	// next.articles and in old.articles when taken from it (-1: none),
	// and the sum of what its values were read from (valuesSum).
	start, nextAt, oldAt []int
	sums                 []uint64
	// linksTaken counts the links taken from old.
	linksTaken int
}

// values returns every input's values, in input order: taken from m.old
// for an article whose sum is kept, read afresh for the others. A nil
// memo reads all and keeps nothing.
func (m *conflictMemo) values(inputs []Input, indexes []*nlp.Index, ents *nlp.StoryEntities, storyDate time.Time) []value {
	var vals []value
	if m == nil {
		for i, x := range indexes {
			vals = append(vals, articleValues(x, i, inputs[i], ents, storyDate)...)
		}
		return vals
	}
	var old map[int64]*keptValues
	oldPlace := map[*keptValues]int{}
	if m.old != nil {
		old = make(map[int64]*keptValues, len(m.old.articles))
		for k := range m.old.articles {
			old[m.old.articles[k].article] = &m.old.articles[k]
			oldPlace[&m.old.articles[k]] = k
		}
	}
	if m.analysis == nil {
		docs := make([]nlp.Doc, len(indexes))
		for i, x := range indexes {
			docs[i] = *x.Doc
		}
		m.analysis = newAnalysisSums(docs)
	}
	m.next = &keptConflicts{articles: make([]keptValues, 0, len(inputs))}
	// Which articles take their kept values, and how many values each
	// has, first: the story's values are then decoded into one slice
	// made once (tens of thousands of them).
	taken := make([]*keptValues, len(indexes))
	read := make([][]value, len(indexes))
	keep := make([]keptValues, len(indexes)) // data nil: not kept
	total := 0
	m.sums = make([]uint64, len(indexes))
	for i, x := range indexes {
		sum := valuesSum(m.analysis.of(i), i, inputs[i], ents, storyDate)
		m.sums[i] = sum
		if kv, ok := old[inputs[i].ArticleID]; ok && kv.sum == sum {
			if n, ok := valueCount(kv.data); ok {
				taken[i] = kv
				total += n
				continue
			}
		}
		read[i] = articleValues(x, i, inputs[i], ents, storyDate)
		total += len(read[i])
		if data, ok := encodeValues(read[i], entitiesOf(ents, i), ents); ok {
			keep[i] = keptValues{article: inputs[i].ArticleID, sum: sum, data: data}
		}
	}
	vals = make([]value, 0, total)
	for i, x := range indexes {
		if kv := taken[i]; kv != nil {
			var ok bool
			if vals, ok = decodeValues(vals, kv.data, i, x.Doc, inputs[i], entitiesOf(ents, i)); ok {
				keep[i] = keptValues{article: kv.article, sum: kv.sum, data: kv.data}
				continue
			}
			taken[i] = nil
			read[i] = articleValues(x, i, inputs[i], ents, storyDate)
		}
		vals = append(vals, read[i]...)
	}
	m.start, m.nextAt, m.oldAt = make([]int, len(indexes)), make([]int, len(indexes)), make([]int, len(indexes))
	at := 0
	for i, kv := range keep {
		m.start[i], m.nextAt[i], m.oldAt[i] = at, -1, -1
		if taken[i] != nil {
			n, _ := valueCount(taken[i].data)
			at += n
			m.oldAt[i] = oldPlace[taken[i]]
		} else {
			at += len(read[i])
		}
		if kv.data != nil {
			m.nextAt[i] = len(m.next.articles)
			m.next.articles = append(m.next.articles, kv)
		}
	}
	return vals
}

// entitiesOf is the story entity of each of input i's entities.
func entitiesOf(ents *nlp.StoryEntities, i int) []int {
	if i < len(ents.Of) {
		return ents.Of[i]
	}
	return nil
}

// keptLinks returns the kept links between values unchanged since they
// were kept (see above), and which values changed: nil when no link is
// taken (all are made afresh). It also sets what next keeps of the
// articles for their links.
func (m *conflictMemo) keptLinks(vals []value, claims []Claim, claimAt []int, inputs []Input, ents *nlp.StoryEntities, roots []int64) ([]link, []bool) {
	if m == nil || m.next == nil {
		return nil, nil
	}
	// The sums of the claims the values are in (a value's is the first
	// claim holding its sentence), which must differ. (Two claims of
	// the same sentences may be made; only the first is any value's.)
	claimSum := make(map[int]uint64)
	seen := make(map[uint64]bool)
	for _, c := range claimAt {
		if _, ok := claimSum[c]; ok || c < 0 {
			continue
		}
		w := newSumWriter()
		w.num(len(claims[c].Sentences))
		for _, r := range claims[c].Sentences {
			w.i64(r.ArticleID)
			w.num(r.Sentence)
			w.span(r.Clause)
		}
		sum := w.sum() | 1 // 0 is no claim
		if seen[sum] {
			return nil, nil
		}
		claimSum[c], seen[sum] = sum, true
	}
	m.next.linked = true
	first := firstMentions(inputs, ents)
	for i := range inputs {
		k := m.nextAt[i]
		if k < 0 {
			continue
		}
		a := &m.next.articles[k]
		w := newSumWriter()
		w.u64(a.sum)
		w.i64(roots[i])
		of := entitiesOf(ents, i)
		w.num(len(of))
		for _, id := range of {
			f := [2]int64{-1, -1}
			if id >= 0 && id < len(first) {
				f = first[id]
			}
			w.i64(f[0])
			w.i64(f[1])
		}
		a.links = w.sum()
		a.claims = nil // none for no values, as decoded
		if n, _ := valueCount(a.data); n > 0 {
			a.claims = make([]uint64, n)
		}
		for o := range a.claims {
			if c := claimAt[m.start[i]+o]; c >= 0 {
				a.claims[o] = claimSum[c]
			}
		}
	}
	if m.old == nil || !m.old.linked {
		return nil, nil
	}
	// The kept values' places, and which of them are values now, in the
	// same order (else no link is taken: a link is made of its earlier
	// value first).
	oldStart := make([]int, len(m.old.articles)+1)
	for k, a := range m.old.articles {
		oldStart[k+1] = oldStart[k] + len(a.claims)
	}
	back := make([]int32, oldStart[len(m.old.articles)])
	for p := range back {
		back[p] = -1
	}
	changed := make([]bool, len(vals))
	for v := range changed {
		changed[v] = true
	}
	last := -1
	for i := range inputs {
		k, nk := m.oldAt[i], m.nextAt[i]
		if k < 0 || nk < 0 {
			continue
		}
		if k < last {
			return nil, nil
		}
		last = k
		o, a := &m.old.articles[k], &m.next.articles[nk]
		if o.links != a.links || len(o.claims) != len(a.claims) {
			continue
		}
		for j := range a.claims {
			if o.claims[j] == a.claims[j] {
				back[oldStart[k]+j] = int32(m.start[i] + j)
				changed[m.start[i]+j] = false
			}
		}
	}
	var out []link
	for _, l := range m.old.links {
		if int(l.a) >= len(back) || int(l.b) >= len(back) {
			return nil, nil
		}
		if a, b := back[l.a], back[l.b]; a >= 0 && b >= 0 {
			out = append(out, link{a: int(a), b: int(b), score: l.score, joinOnly: l.joinOnly})
		}
	}
	m.linksTaken = len(out)
	return out, changed
}

// keepLinks keeps the links between values next keeps.
func (m *conflictMemo) keepLinks(links []link, vals []value) {
	if m == nil || m.next == nil || !m.next.linked {
		return
	}
	at := make([]int32, len(vals)) // value → its place in next, or -1
	p := int32(0)
	for i, k := range m.nextAt {
		end := len(vals)
		if i+1 < len(m.start) {
			end = m.start[i+1]
		}
		for v := m.start[i]; v < end; v++ {
			at[v] = -1
			if k >= 0 {
				at[v] = p
				p++
			}
		}
	}
	m.next.links = make([]keptLink, 0, len(links))
	for _, l := range links {
		if a, b := at[l.a], at[l.b]; a >= 0 && b >= 0 {
			m.next.links = append(m.next.links, keptLink{a: a, b: b, score: l.score, joinOnly: l.joinOnly})
		}
	}
}

// firstMentions names each story entity by the first of its mentions:
// the lowest article id, then that article's own entity number
// (stableEntityTerms).
func firstMentions(inputs []Input, ents *nlp.StoryEntities) [][2]int64 {
	out := make([][2]int64, len(ents.Entities))
	for id, e := range ents.Entities {
		f := [2]int64{-1, -1}
		for _, mb := range e.Members {
			a := inputs[mb.Doc].ArticleID
			if f[0] < 0 && f[1] < 0 || a < f[0] || a == f[0] && int64(mb.Entity) < f[1] {
				f = [2]int64{a, int64(mb.Entity)}
			}
		}
		out[id] = f
	}
	return out
}

// valuesSum is the sum of what articleValues reads of input i besides
// its analysis (whose sum is given).
func valuesSum(analysis uint64, i int, in Input, ents *nlp.StoryEntities, storyDate time.Time) uint64 {
	w := newSumWriter()
	w.u64(analysis)
	w.time(in.Published)
	if in.Published.IsZero() {
		w.time(storyDate)
	}
	w.str(in.Doc.Language.Code)
	of := entitiesOf(ents, i)
	w.num(len(of))
	first := make(map[int]int, len(of))
	for e, id := range of {
		if _, ok := first[id]; !ok {
			first[id] = e
		}
		w.num(first[id])
		w.flag(id >= 0)
		if id >= 0 && id < len(ents.Entities) {
			w.str(ents.Entities[id].Name)
			w.str(ents.Entities[id].Country)
		}
	}
	return w.sum()
}

// entityRefs names an article's story entities by the first of its own
// entities that is each (of: its entities' story entities), and back.
type entityRefs struct {
	first map[int]int
	of    []int
}

func newEntityRefs(of []int) entityRefs {
	r := entityRefs{first: make(map[int]int, len(of)), of: of}
	for e, id := range of {
		if _, ok := r.first[id]; !ok {
			r.first[id] = e
		}
	}
	return r
}

// entityFeature returns the story entity a context feature names ("E:7"),
// if it names one ("E:-1", no entity, is as any other feature).
func entityFeature(f string) (int, bool) {
	n, ok := strings.CutPrefix(f, "E:")
	if !ok {
		return 0, false
	}
	id, err := strconv.Atoi(n)
	return id, err == nil && id >= 0 && strconv.Itoa(id) == n
}

// Value kinds as encoded.
var valueKinds = []string{"number", "time", "place", "person"}

// encodeValues encodes an article's values: how many, each string once
// (a table), then the values naming strings by their place in it. The
// quantity or time of a number or a time is named by its place in the
// analysis (value.at), read back from it. ok is false for values it
// cannot encode to decode the same (a closeness weight of a feature not
// in the context): the article is then not kept.
func encodeValues(vals []value, of []int, ents *nlp.StoryEntities) (data []byte, ok bool) {
	refs := newEntityRefs(of)
	// A country named like a number would read as an entity feature
	// ("E:" and the country): such an article is not kept.
	for _, id := range of {
		if id >= 0 && id < len(ents.Entities) {
			if _, num := entityFeature("E:" + ents.Entities[id].Country); num {
				return nil, false
			}
		}
	}
	type entry struct {
		s      string
		entity bool // s is a story entity's feature, written as its local entity
	}
	place := map[entry]int{}
	var strs []entry
	var body []byte
	ok = true
	put := func(en entry) {
		p, in := place[en]
		if !in {
			p = len(strs)
			place[en] = p
			strs = append(strs, en)
		}
		body = binary.AppendUvarint(body, uint64(p))
	}
	str := func(s string) { put(entry{s: s}) }
	// feature writes a context feature, a story entity's by its local
	// entity.
	feature := func(s string) {
		id, isEntity := entityFeature(s)
		if isEntity {
			if _, in := refs.first[id]; !in {
				ok = false
			}
		}
		put(entry{s: s, entity: isEntity})
	}
	// entity writes a story entity by its local entity; -1 (a speaker
	// of no entity) as itself.
	entity := func(id int) {
		e, in := refs.first[id]
		switch {
		case id == -1:
			e = -1
		case !in:
			ok = false
		}
		body = binary.AppendVarint(body, int64(e))
	}
	// A set is written as its size plus one (0 for none), then its
	// members.
	setOf := func(m map[string]bool, write func(string)) []string {
		if m == nil {
			body = append(body, 0)
			return nil
		}
		keys := slices.Sorted(maps.Keys(m))
		body = binary.AppendUvarint(body, uint64(len(keys)+1))
		for _, k := range keys {
			if !m[k] {
				ok = false // a false member reads as absent
			}
			write(k)
		}
		return keys
	}
	set := func(m map[string]bool) []string { return setOf(m, feature) }
	words := func(m map[string]bool) { setOf(m, str) }
	flag := func(b bool) { body = append(body, byte(boolInt(b))) }
	for i := range vals {
		v := &vals[i]
		kind := slices.Index(valueKinds, v.kind)
		if kind < 0 {
			return nil, false
		}
		body = append(body, byte(kind))
		body = binary.AppendUvarint(body, uint64(v.sentence))
		keys := set(v.context)
		if v.near == nil {
			body = append(body, 0)
		} else {
			if len(v.near) != len(keys) {
				return nil, false
			}
			body = append(body, 1)
			for _, k := range keys {
				w, in := v.near[k]
				if !in {
					return nil, false
				}
				body = binary.LittleEndian.AppendUint64(body, math.Float64bits(w))
			}
		}
		switch v.kind {
		case "number":
			body = binary.AppendUvarint(body, uint64(v.at))
			str(v.before)
			str(v.after)
			feature(v.landmark)
			str(v.direction)
			flag(v.earlier)
			set(v.sentFeats)
		case "time":
			body = binary.AppendUvarint(body, uint64(v.at))
			flag(v.earlier)
			flag(v.main)
			flag(v.dayNamed)
		case "place":
			entity(v.entity)
			str(v.text)
			str(v.name)
			str(v.countryName)
			str(v.governor)
			if v.sentPlaces == nil {
				body = append(body, 0)
			} else {
				ids := slices.Sorted(maps.Keys(v.sentPlaces))
				body = binary.AppendUvarint(body, uint64(len(ids)+1))
				for _, id := range ids {
					if !v.sentPlaces[id] {
						return nil, false
					}
					entity(id)
				}
			}
		case "person":
			entity(v.entity)
			str(v.text)
			str(v.name)
			words(v.quoteWords)
			flag(v.nameWritten)
		}
	}
	if !ok {
		return nil, false
	}
	out := binary.AppendUvarint(nil, uint64(len(vals)))
	out = binary.AppendUvarint(out, uint64(len(strs)))
	for _, en := range strs {
		if en.entity {
			id, _ := entityFeature(en.s)
			out = append(out, 1)
			out = binary.AppendUvarint(out, uint64(refs.first[id]))
			continue
		}
		out = append(out, 0)
		out = binary.AppendUvarint(out, uint64(len(en.s)))
		out = append(out, en.s...)
	}
	return append(out, body...), true
}

// valueCount is how many values data encodes (encodeValues).
func valueCount(data []byte) (int, bool) {
	rd := &keptReader{}
	rd.B = data
	n := rd.Count()
	return n, !rd.Fail
}

// decodeValues appends to dst what encodeValues encoded of input i's
// values (d its analysis, in the input; of its entities' story
// entities): false, and dst as it was, if data is no such encoding or
// names a sentence, a quantity, a time or an entity d does not have.
func decodeValues(dst []value, data []byte, i int, d *nlp.Doc, in Input, of []int) ([]value, bool) {
	rd := &keptReader{}
	rd.B = data
	start := len(dst)
	count := rd.Count()
	// entity is the story entity the article's entity e is now.
	entity := func(e int64) int {
		if e == -1 {
			return -1
		}
		if e < 0 || e >= int64(len(of)) {
			rd.Fail = true
			return 0
		}
		return of[e]
	}
	strs := make([]string, rd.Count())
	for k := range strs {
		if rd.Byte() == 1 {
			strs[k] = "E:" + strconv.Itoa(entity(int64(rd.small())))
			continue
		}
		strs[k] = rd.Text()
		if rd.Fail {
			return dst[:start], false
		}
	}
	str := func() string { return rd.Pick(strs) }
	// A set is written as its size plus one, 0 for none.
	setSize := func() (int, bool) {
		n := rd.Uvarint()
		if n == 0 || n-1 > uint64(len(rd.B)) {
			rd.Fail = rd.Fail || n > 0
			return 0, false
		}
		return int(n - 1), true
	}
	set := func() ([]string, map[string]bool) {
		n, ok := setSize()
		if !ok {
			return nil, nil
		}
		keys := make([]string, n)
		m := make(map[string]bool, n)
		for k := range keys {
			keys[k] = str()
			m[keys[k]] = true
		}
		return keys, m
	}
	flag := func() bool { return rd.Byte() != 0 }
	dst = slices.Grow(dst, count)
	for range count {
		dst = append(dst, value{})
		v := &dst[len(dst)-1]
		kind := int(rd.Byte())
		if kind >= len(valueKinds) {
			return dst[:start], false
		}
		v.input, v.kind, v.sentence = i, valueKinds[kind], rd.small()
		if v.sentence >= len(d.Sentences) {
			return dst[:start], false
		}
		var keys []string
		keys, v.context = set()
		if rd.Byte() != 0 {
			v.near = make(map[string]float64, len(keys))
			for _, f := range keys {
				v.near[f] = math.Float64frombits(rd.U64())
			}
		}
		switch v.kind {
		case "number":
			v.at = rd.small()
			if v.at >= len(d.Quantities) {
				return dst[:start], false
			}
			v.q = d.Quantities[v.at]
			v.before, v.after, v.landmark, v.direction = str(), str(), str(), str()
			v.earlier = flag()
			_, v.sentFeats = set()
		case "time":
			v.at = rd.small()
			if v.at >= len(d.Times) {
				return dst[:start], false
			}
			// As articleValues reads it (an undated article's relative
			// time is not resolved).
			v.t = d.Times[v.at]
			if v.t.Relative && in.Published.IsZero() {
				v.t.Resolved = false
			}
			v.earlier, v.main, v.dayNamed = flag(), flag(), flag()
		case "place":
			v.entity = entity(rd.Varint())
			v.text, v.name, v.countryName, v.governor = str(), str(), str(), str()
			if n, ok := setSize(); ok {
				v.sentPlaces = make(map[int]bool, n)
				for range n {
					v.sentPlaces[entity(rd.Varint())] = true
				}
			}
		case "person":
			v.entity = entity(rd.Varint())
			v.text, v.name = str(), str()
			_, v.quoteWords = set()
			v.nameWritten = flag()
		}
		if rd.Fail {
			return dst[:start], false
		}
	}
	if rd.Fail || len(rd.B) != 0 {
		return dst[:start], false
	}
	return dst, true
}

// appendConflicts appends the kept values, article by article.
func appendConflicts(out []byte, k *keptConflicts) []byte {
	if k == nil || len(k.articles) == 0 {
		return binary.AppendUvarint(out, 0)
	}
	out = binary.AppendUvarint(out, uint64(len(k.articles)))
	for _, a := range k.articles {
		out = binary.AppendVarint(out, a.article)
		out = binary.LittleEndian.AppendUint64(out, a.sum)
		out = binary.AppendUvarint(out, uint64(len(a.data)))
		out = append(out, a.data...)
		out = binary.LittleEndian.AppendUint64(out, a.links)
		out = binary.AppendUvarint(out, uint64(len(a.claims)))
		for _, c := range a.claims {
			out = binary.LittleEndian.AppendUint64(out, c)
		}
	}
	out = append(out, byte(boolInt(k.linked)))
	out = binary.AppendUvarint(out, uint64(len(k.links)))
	for _, l := range k.links {
		out = binary.AppendUvarint(out, uint64(l.a))
		out = binary.AppendUvarint(out, uint64(l.b))
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(l.score))
		out = append(out, byte(boolInt(l.joinOnly)))
	}
	return out
}

// readConflicts reads what appendConflicts appended (nil for no
// articles).
func readConflicts(rd *keptReader) *keptConflicts {
	n := rd.Count()
	if n == 0 || rd.Fail {
		return nil
	}
	k := &keptConflicts{articles: make([]keptValues, 0, n)}
	for range n {
		a := keptValues{article: rd.Varint(), sum: rd.U64()}
		l := rd.Count()
		if rd.Fail {
			return nil
		}
		a.data = slices.Clone(rd.B[:l])
		rd.B = rd.B[l:]
		a.links = rd.U64()
		if nc := rd.Count(); nc > 0 {
			a.claims = make([]uint64, nc)
			for c := range a.claims {
				a.claims[c] = rd.U64()
			}
		}
		if rd.Fail {
			return nil
		}
		k.articles = append(k.articles, a)
	}
	k.linked = rd.Byte() == 1
	nl := rd.Count()
	if rd.Fail {
		return nil
	}
	k.links = make([]keptLink, 0, nl)
	for range nl {
		l := keptLink{a: int32(rd.small()), b: int32(rd.small()), score: math.Float64frombits(rd.U64()), joinOnly: rd.Byte() == 1}
		if rd.Fail {
			return nil
		}
		k.links = append(k.links, l)
	}
	return k
}
