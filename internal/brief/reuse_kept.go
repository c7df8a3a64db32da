package brief

import (
	"encoding/binary"
	"maps"
	"math"
	"slices"

	"crosscheck/internal/varbytes"
)

// findReuses' answers are kept with the alignment (align.Kept's
// Assembly) for the next build of the story. What an original article's
// reused paragraphs are is decided by its own paragraphs (their
// sentences, as analysed), its id, outlet and credits, and by the
// originals published before it, in order: their ids, outlets, titles and
// texts. Nothing else of the story enters: an article that joins a story
// after it in publication order, or a copy, changes none of it. The reuse
// key of an article sums all of that, so an article whose key is the one
// kept takes its kept paragraphs (TestReusesKeptAreFound).

// keptReuse is an article's reuse key and its reused paragraphs.
type keptReuse struct {
	key   uint64
	paras []keptPara
}

// keptPara is a reused paragraph: its number, its sentences, the article
// it came from and the share of its grams found there. The outlet it came
// from and whether it is credited are read again (howReused): both are
// in the key.
type keptPara struct {
	para    int
	sents   []int
	of      int64
	overlap float64
}

// reuseSum is a 64-bit FNV-1a sum written a number or a string at a time.
type reuseSum uint64

const (
	reuseSumStart = 14695981039346656037
	reuseSumPrime = 1099511628211
)

func (h *reuseSum) num(n int64) {
	for range 8 {
		*h ^= reuseSum(byte(n))
		*h *= reuseSumPrime
		n >>= 8
	}
}

// str writes s with its length, so that two strings written in a row are
// told apart from their concatenation.
func (h *reuseSum) str(s string) {
	h.num(int64(len(s)))
	for i := 0; i < len(s); i++ {
		*h ^= reuseSum(s[i])
		*h *= reuseSumPrime
	}
}

// reuseKeys returns the reuse key of each article of order, an
// original's place in publication order: the sum of every original
// before it (id, outlet, title and text, in order) and its own id,
// outlet, sentences with their paragraphs and the outlets it credits.
func (s *state) reuseKeys(order []int) []uint64 {
	keys := make([]uint64, len(order))
	before := reuseSum(reuseSumStart)
	for ri, i := range order {
		own := before
		own.num(int64(s.arts[i].ID))
		own.str(s.outlet[i])
		a := &s.an.Articles[i]
		own.num(int64(len(a.Sentences)))
		for k, sent := range a.Sentences {
			own.num(int64(a.Paragraphs[k]))
			own.str(sent)
		}
		own.num(int64(len(a.Attributions)))
		for _, at := range a.Attributions {
			own.str(at.Cited)
		}
		keys[ri] = uint64(own)
		before.num(int64(s.arts[i].ID))
		before.str(s.outlet[i])
		before.str(s.articleText(i))
	}
	return keys
}

// reusesMagic starts the encoded kept reuses: their format, changed when
// it does.
const reusesMagic = "brief.reuses/1\n"

// encodeReuses encodes the kept reuses for align.Kept's Assembly.
func encodeReuses(m map[int64]keptReuse) []byte {
	out := append([]byte(nil), reusesMagic...)
	out = binary.AppendUvarint(out, uint64(len(m)))
	for _, id := range slices.Sorted(maps.Keys(m)) {
		k := m[id]
		out = binary.AppendVarint(out, id)
		out = binary.LittleEndian.AppendUint64(out, k.key)
		out = binary.AppendUvarint(out, uint64(len(k.paras)))
		for _, p := range k.paras {
			out = binary.AppendUvarint(out, uint64(p.para))
			out = binary.AppendUvarint(out, uint64(len(p.sents)))
			for _, si := range p.sents {
				out = binary.AppendUvarint(out, uint64(si))
			}
			out = binary.AppendVarint(out, p.of)
			out = binary.LittleEndian.AppendUint64(out, math.Float64bits(p.overlap))
		}
	}
	return out
}

// decodeReuses decodes what encodeReuses encoded; anything else, cut
// short or of another format, is nothing kept (nil): every article is
// then looked up.
func decodeReuses(b []byte) map[int64]keptReuse {
	if len(b) < len(reusesMagic) || string(b[:len(reusesMagic)]) != reusesMagic {
		return nil
	}
	r := varbytes.Reader{B: b[len(reusesMagic):]}
	n := r.Count()
	out := make(map[int64]keptReuse, n)
	for range n {
		id := r.Varint()
		k := keptReuse{key: r.U64()}
		np := r.Count()
		for range np {
			p := keptPara{para: int(r.Uvarint())}
			ns := r.Count()
			p.sents = make([]int, ns)
			for j := range p.sents {
				p.sents[j] = int(r.Uvarint())
			}
			p.of = r.Varint()
			p.overlap = math.Float64frombits(r.U64())
			k.paras = append(k.paras, p)
		}
		if r.Fail {
			return nil
		}
		out[id] = k
	}
	if r.Fail || len(r.B) != 0 {
		return nil
	}
	return out
}
