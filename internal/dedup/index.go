package dedup

import (
	"slices"
	"sync"
)

// Index remembers the articles seen so far in compact form and finds what
// a new article copies. It is safe for concurrent use.
//
// With Config.Window set it remembers only recent articles, so its memory
// is bounded however long the stream: articles are kept in two
// generations, the current one taking new articles and the previous one
// only answering lookups. When the current generation has taken Window
// articles the previous one is dropped whole and the current one takes
// its place, so a copy is found if its original is among the last Window
// to 2×Window articles. Dropping a generation whole costs nothing per
// article, where evicting articles one by one would need each one's keys.
type Index struct {
	mu   sync.Mutex
	cfg  Config
	prev *generation // nil until the first rotation
	cur  *generation
}

// generation holds the articles of one stretch of the stream.
type generation struct {
	// start numbers this generation's first entry in the stream of all
	// entries, so entries of both generations sort in arrival order.
	start int
	// articles counts what the generation took, copies included.
	articles int
	// exact maps a hash of an article's words to the first article with
	// them.
	exact map[uint64]int64
	// docs holds the signatures of articles that are not exact copies
	// (those add nothing a later copy could not find through the first).
	// Near copies are kept so that copies of copies, drifting a few words
	// each time, still meet a close version.
	docs []entry
	// bandsTo maps an LSH band key to the first entry with it.
	bandsTo map[uint32]int32
	// paras maps a paragraph's hash to the first entry with it.
	paras map[uint64]int32
}

func newGeneration(start int) *generation {
	return &generation{
		start:   start,
		exact:   make(map[uint64]int64),
		bandsTo: make(map[uint32]int32),
		paras:   make(map[uint64]int32),
	}
}

type entry struct {
	id int64
	// canon is the article a copy of this one links to: itself, or for a
	// near copy the original it copies.
	canon    int64
	sig      signature
	shingles uint32 // distinct shingles
	words    uint32
}

// NewIndex returns an empty Index.
func NewIndex(cfg Config) *Index {
	return &Index{cfg: cfg, cur: newGeneration(0)}
}

// generations returns the live generations, oldest first.
func (ix *Index) generations() []*generation {
	if ix.prev == nil {
		return []*generation{ix.cur}
	}
	return []*generation{ix.prev, ix.cur}
}

// entry returns the entry numbered n in the stream of all entries.
func (ix *Index) entry(n int) *entry {
	g := ix.cur
	if n < g.start {
		g = ix.prev
	}
	return &g.docs[n-g.start]
}

// Sketch is what the index compares and keeps of an article. Making one
// takes no lock, so callers can sketch articles in parallel and observe
// them in order.
type Sketch struct {
	id        int64
	body      uint64
	sig       signature
	shingles  uint32
	paraHash  []uint64 // of paragraphs long enough to match; 0 for others
	paraWords []int
	words     int
}

// Sketch computes d's sketch.
func (ix *Index) Sketch(d Doc) Sketch {
	sk := Sketch{id: d.ID}
	var all []uint64
	for _, p := range paragraphs(d.Text) {
		all = append(all, p...)
		h := uint64(0)
		if len(p) >= ix.cfg.MinParagraphWords {
			h = combine(p)
		}
		sk.paraHash = append(sk.paraHash, h)
		sk.paraWords = append(sk.paraWords, len(p))
	}
	sk.words = len(all)
	sk.body = combine(all)
	sh := shingles(all)
	sk.shingles = uint32(len(sh))
	sk.sig = minhash(sh)
	return sk
}

// WithID returns the sketch numbered as article id: a pipeline sketches
// articles before the store has numbered them.
func (sk Sketch) WithID(id int64) Sketch {
	sk.id = id
	return sk
}

// Check says whether d copies an article added earlier. It does not add d.
func (ix *Index) Check(d Doc) Match {
	sk := ix.Sketch(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.check(&sk)
}

// Add records d, which Check matched as m, so later articles can be found
// to copy it.
func (ix *Index) Add(d Doc, m Match) {
	sk := ix.Sketch(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.add(&sk, m)
}

// Observe checks d and adds it in one step.
func (ix *Index) Observe(d Doc) Match {
	return ix.ObserveSketch(ix.Sketch(d))
}

// ObserveSketch checks and adds an article already sketched.
func (ix *Index) ObserveSketch(sk Sketch) Match {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m := ix.check(&sk)
	ix.add(&sk, m)
	return m
}

// Len is the number of articles whose signatures are kept.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	n := 0
	for _, g := range ix.generations() {
		n += len(g.docs)
	}
	return n
}

func (ix *Index) check(sk *Sketch) Match {
	var m Match
	gens := ix.generations()
	// sharedWords counts, by entry, the words of sk's paragraphs that
	// entry was the first to have.
	sharedWords := make(map[int]int)
	for i, h := range sk.paraHash {
		if h == 0 {
			continue
		}
		for _, g := range gens {
			if e, ok := g.paras[h]; ok {
				if g.docs[e].id != sk.id {
					m.SharedParagraphs = append(m.SharedParagraphs, SharedParagraph{Index: i, Of: g.docs[e].id})
					sharedWords[g.start+int(e)] += sk.paraWords[i]
				}
				break
			}
		}
	}
	if sk.words == 0 {
		return m
	}
	for _, g := range gens {
		if of, ok := g.exact[sk.body]; ok {
			if of != sk.id {
				m.Kind, m.Of, m.Similarity = Exact, of, 1
				return m
			}
			break
		}
	}
	// Candidates: entries sharing an LSH band, and the indexed articles
	// that first had one of its paragraphs.
	cands := make(map[int]bool)
	for _, k := range sk.sig.bandKeys() {
		for _, g := range gens {
			if e, ok := g.bandsTo[k]; ok {
				cands[g.start+int(e)] = true
			}
		}
	}
	order := make([]int, 0, len(cands))
	for e := range cands {
		order = append(order, e)
	}
	slices.Sort(order) // earliest first, so ties go to the earliest
	var bestNear, bestSynd float64
	var nearOf, syndOf int64
	for _, e := range order {
		en := ix.entry(e)
		if en.id == sk.id {
			continue
		}
		j := sk.sig.jaccard(&en.sig)
		if j > bestNear {
			bestNear, nearOf = j, en.canon
		}
		// |A∩B| = J(|A|+|B|)/(1+J); containment is that over the smaller.
		inter := j * float64(sk.shingles+en.shingles) / (1 + j)
		c := inter / float64(min(sk.shingles, en.shingles))
		if c > bestSynd {
			bestSynd, syndOf = c, en.canon
		}
	}
	// Whole shared paragraphs measure containment directly, and find
	// syndicated copies whose Jaccard is too low for the bands.
	shared := make([]int, 0, len(sharedWords))
	for e := range sharedWords {
		shared = append(shared, e)
	}
	slices.Sort(shared)
	for _, e := range shared {
		en := ix.entry(e)
		c := float64(sharedWords[e]) / float64(min(uint32(sk.words), en.words))
		if c > bestSynd {
			bestSynd, syndOf = c, en.canon
		}
	}
	switch {
	case bestNear >= ix.cfg.NearJaccard:
		m.Kind, m.Of, m.Similarity = Near, nearOf, bestNear
	case bestSynd >= ix.cfg.Containment:
		m.Kind, m.Of, m.Similarity = Syndicated, syndOf, min(bestSynd, 1)
	}
	return m
}

func (ix *Index) add(sk *Sketch, m Match) {
	if sk.words == 0 {
		return
	}
	if ix.cfg.Window > 0 && ix.cur.articles >= ix.cfg.Window {
		ix.prev, ix.cur = ix.cur, newGeneration(ix.cur.start+len(ix.cur.docs))
	}
	gens := ix.generations()
	g := ix.cur
	g.articles++
	if !seen(gens, func(g *generation) bool { _, ok := g.exact[sk.body]; return ok }) {
		g.exact[sk.body] = sk.id
	}
	if m.Kind == Exact {
		return
	}
	e := int32(len(g.docs))
	en := entry{id: sk.id, canon: sk.id, sig: sk.sig, shingles: sk.shingles, words: uint32(sk.words)}
	if m.Kind == Near {
		en.canon = m.Of
	}
	g.docs = append(g.docs, en)
	for _, k := range sk.sig.bandKeys() {
		if !seen(gens, func(g *generation) bool { _, ok := g.bandsTo[k]; return ok }) {
			g.bandsTo[k] = e
		}
	}
	if m.Kind == Near {
		// Its paragraphs are, but for a few words, the original's.
		return
	}
	for _, h := range sk.paraHash {
		if h != 0 && !seen(gens, func(g *generation) bool { _, ok := g.paras[h]; return ok }) {
			g.paras[h] = e
		}
	}
}

// seen says whether any live generation has a key: only the first
// article with a key is recorded, so that copies link to the earliest.
func seen(gens []*generation, has func(*generation) bool) bool {
	for _, g := range gens {
		if has(g) {
			return true
		}
	}
	return false
}
