package align

import (
	"encoding/binary"
	"fmt"
	"maps"
	"slices"

	"crosscheck/internal/nlp"
	"crosscheck/internal/varbytes"
)

// appendArticles appends the kept sketches to an encoded Kept: the
// strings they use once (words, quantities and predicates as terms), then
// each article by id with its sum and sketches, the strings by their
// place among those.
func appendArticles(out []byte, arts map[int64]keptArticle) []byte {
	place := map[string]int{}
	var strs []string
	str := func(b []byte, s string) []byte {
		p, ok := place[s]
		if !ok {
			p = len(strs)
			place[s] = p
			strs = append(strs, s)
		}
		return binary.AppendUvarint(b, uint64(p))
	}
	terms := func(b []byte, t *articleTerms) []byte {
		b = binary.AppendUvarint(b, uint64(len(t.words)))
		for _, w := range t.words {
			b = str(b, w)
		}
		b = binary.AppendUvarint(b, uint64(len(t.ents)))
		for _, e := range t.ents {
			b = binary.AppendUvarint(b, uint64(e))
		}
		return b
	}
	// The body goes after the strings it names, so it is made apart:
	// at the room left in out, most of which it takes when out was
	// made at the last encoding's length.
	body := make([]byte, 0, cap(out)-len(out))
	ids := slices.Sorted(maps.Keys(arts))
	body = binary.AppendUvarint(body, uint64(len(ids)))
	for _, id := range ids {
		a := arts[id]
		body = binary.AppendVarint(body, id)
		body = binary.LittleEndian.AppendUint64(body, a.sum)
		body = binary.AppendUvarint(body, uint64(len(a.units)))
		for _, k := range a.units {
			body = binary.AppendUvarint(body, uint64(k.sentence))
			body = binary.AppendUvarint(body, uint64(k.parent+1))
			for _, v := range []int{k.clause.Span.Start, k.clause.Span.End, k.clause.Inner.Start, k.clause.Inner.End} {
				body = binary.AppendUvarint(body, uint64(v))
			}
			var flags byte
			for bit, on := range []bool{k.future, k.transferWord, k.clause.Frame, k.framed != nil, k.frame != nil} {
				if on {
					flags |= 1 << bit
				}
			}
			body = append(body, flags)
			body = binary.AppendUvarint(body, uint64(len(k.preds)))
			for _, p := range k.preds {
				body = str(body, p.concept)
				body = binary.AppendVarint(body, int64(p.mood))
				body = append(body, byte(boolInt(p.verbal)|boolInt(p.conditional)<<1))
			}
			body = terms(body, &k.raw)
			if k.framed != nil {
				body = terms(body, k.framed)
			}
			if k.frame != nil {
				body = terms(body, k.frame)
			}
		}
	}
	out = binary.AppendUvarint(out, uint64(len(strs)))
	for _, s := range strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, body...)
}

// readArticles decodes what appendArticles appended, which must be all of
// r.
func readArticles(r []byte) (map[int64]keptArticle, error) {
	rd := &keptReader{varbytes.Reader{B: r}}
	n := rd.Count()
	strs := make([]string, 0, n)
	for range n {
		s := rd.Text()
		if rd.Fail {
			break
		}
		strs = append(strs, s)
	}
	str := func() string { return rd.Pick(strs) }
	terms := func() *articleTerms {
		t := &articleTerms{}
		if nw := rd.Count(); nw > 0 {
			t.words = make([]string, 0, nw)
			for range nw {
				t.words = append(t.words, str())
			}
		}
		if ne := rd.Count(); ne > 0 {
			t.ents = make([]int, 0, ne)
			for range ne {
				t.ents = append(t.ents, rd.small())
			}
		}
		return t
	}
	n = rd.Count()
	arts := make(map[int64]keptArticle, n)
	for range n {
		if rd.Fail {
			break
		}
		id := rd.Varint()
		a := keptArticle{sum: rd.U64()}
		if rd.Fail {
			break
		}
		nu := rd.Count()
		a.units = make([]sketch, 0, nu)
		for range nu {
			if rd.Fail {
				break
			}
			k := sketch{sentence: rd.small(), parent: rd.small() - 1}
			k.clause.Span = nlp.Span{Start: rd.small(), End: rd.small()}
			k.clause.Inner = nlp.Span{Start: rd.small(), End: rd.small()}
			flags := rd.Byte()
			if rd.Fail {
				break
			}
			k.future, k.transferWord, k.clause.Frame = flags&1 != 0, flags&2 != 0, flags&4 != 0
			if np := rd.Count(); np > 0 {
				k.preds = make([]predicate, 0, np)
				for range np {
					p := predicate{concept: str()}
					mood, bits := rd.Varint(), rd.Byte()
					if rd.Fail {
						break
					}
					p.mood, p.verbal, p.conditional = int(mood), bits&1 != 0, bits&2 != 0
					k.preds = append(k.preds, p)
				}
			}
			k.raw = *terms()
			if flags&8 != 0 {
				k.framed = terms()
			}
			if flags&16 != 0 {
				k.frame = terms()
			}
			a.units = append(a.units, k)
		}
		arts[id] = a
	}
	if rd.Fail {
		return nil, fmt.Errorf("%w: its sketches cut short or out of range", errKept)
	}
	if len(rd.B) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after its sketches", errKept, len(rd.B))
	}
	return arts, nil
}
