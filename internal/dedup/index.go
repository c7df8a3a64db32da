package dedup

import (
	"slices"
	"sync"
)

// Index remembers the articles seen so far in compact form and finds what
// a new article copies. It is safe for concurrent use.
type Index struct {
	mu  sync.Mutex
	cfg Config
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
	return &Index{
		cfg:     cfg,
		exact:   make(map[uint64]int64),
		bandsTo: make(map[uint32]int32),
		paras:   make(map[uint64]int32),
	}
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
	return len(ix.docs)
}

func (ix *Index) check(sk *Sketch) Match {
	var m Match
	sharedWords := make(map[int32]int)
	for i, h := range sk.paraHash {
		if e, ok := ix.paras[h]; ok && h != 0 && ix.docs[e].id != sk.id {
			m.SharedParagraphs = append(m.SharedParagraphs, SharedParagraph{Index: i, Of: ix.docs[e].id})
			sharedWords[e] += sk.paraWords[i]
		}
	}
	if sk.words == 0 {
		return m
	}
	if of, ok := ix.exact[sk.body]; ok && of != sk.id {
		m.Kind, m.Of, m.Similarity = Exact, of, 1
		return m
	}
	// Candidates: entries sharing an LSH band, and the indexed articles
	// that first had one of its paragraphs.
	cands := make(map[int32]bool)
	for _, k := range sk.sig.bandKeys() {
		if e, ok := ix.bandsTo[k]; ok {
			cands[e] = true
		}
	}
	order := make([]int32, 0, len(cands))
	for e := range cands {
		order = append(order, e)
	}
	slices.Sort(order) // earliest first, so ties go to the earliest
	var bestNear, bestSynd float64
	var nearOf, syndOf int64
	for _, e := range order {
		en := &ix.docs[e]
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
	shared := make([]int32, 0, len(sharedWords))
	for e := range sharedWords {
		shared = append(shared, e)
	}
	slices.Sort(shared)
	for _, e := range shared {
		c := float64(sharedWords[e]) / float64(min(uint32(sk.words), ix.docs[e].words))
		if c > bestSynd {
			bestSynd, syndOf = c, ix.docs[e].canon
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
	if _, ok := ix.exact[sk.body]; !ok {
		ix.exact[sk.body] = sk.id
	}
	if m.Kind == Exact {
		return
	}
	e := int32(len(ix.docs))
	en := entry{id: sk.id, canon: sk.id, sig: sk.sig, shingles: sk.shingles, words: uint32(sk.words)}
	if m.Kind == Near {
		en.canon = m.Of
	}
	ix.docs = append(ix.docs, en)
	for _, k := range sk.sig.bandKeys() {
		if _, ok := ix.bandsTo[k]; !ok {
			ix.bandsTo[k] = e
		}
	}
	if m.Kind == Near {
		// Its paragraphs are, but for a few words, the original's.
		return
	}
	for _, h := range sk.paraHash {
		if _, ok := ix.paras[h]; !ok && h != 0 {
			ix.paras[h] = e
		}
	}
}
