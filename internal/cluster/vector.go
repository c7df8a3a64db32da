package cluster

import (
	"math"
	"slices"
	"sync"
	"time"
	"unicode"
)

// termWeight is one coordinate of a sparse vector; vectors are sorted by
// term so that two can be walked together in one pass.
type termWeight struct {
	term uint32
	w    float32
}

// vocabulary numbers terms and counts in how many articles each occurs,
// for inverse document frequencies computed as the stream goes.
type vocabulary struct {
	// ids only grows, and only the Clusterer's lock holder adds to it,
	// under mu, so that preparing goroutines can look terms up (under
	// mu's read lock) while articles are placed: with every distinct term
	// of a long stream in it, the map is far larger than the CPU caches
	// and a lookup is a memory access, which kept the placer — the serial
	// step — waiting a third of its time.
	mu  sync.RWMutex
	ids map[string]uint32
	df  []uint32
	// logDF caches ln(df+1) per term and logN ln(max(docs,min)+1), so an
	// idf is one subtraction.
	logDF []float32
	logN  float32
	docs  int
	min   int
	burst burst
}

func newVocabulary(cfg Config) *vocabulary {
	v := &vocabulary{ids: make(map[string]uint32), min: cfg.MinDocs, logN: float32(math.Log(float64(cfg.MinDocs + 1)))}
	v.burst = burst{halfLife: cfg.BurstHalfLife.Hours(), minDocs: float32(cfg.BurstMinDocs), maxBoost: float32(cfg.BurstMax)}
	return v
}

// unknown marks a term that had no id when its article was prepared.
const unknown = math.MaxUint32

// docTerms is an article's terms in sorted order, with the sublinear tf
// 1+ln(count) of each and its id if the vocabulary had it when the
// article was prepared (ids never change once given), else unknown.
type docTerms struct {
	terms []string
	tf    []float32
	ids   []uint32
}

// lookup prepares an article's term counts for docVector. It may run on
// any goroutine, concurrently with docVector.
func (v *vocabulary) lookup(counts map[string]float64) docTerms {
	t := docTerms{terms: make([]string, 0, len(counts)), tf: make([]float32, len(counts)), ids: make([]uint32, len(counts))}
	for term := range counts {
		t.terms = append(t.terms, term)
	}
	slices.Sort(t.terms)
	v.mu.RLock()
	for i, term := range t.terms {
		t.tf[i] = float32(1 + math.Log(counts[term]))
		id, ok := v.ids[term]
		if !ok {
			id = unknown
		}
		t.ids[i] = id
	}
	v.mu.RUnlock()
	return t
}

// register gives ids to the terms of t that had none when it was
// prepared, in sorted order. Only the Clusterer's lock holder calls it:
// it reads ids without the read lock, as no one else writes.
func (v *vocabulary) register(t docTerms) {
	var fresh []int
	for i, id := range t.ids {
		if id != unknown {
			continue
		}
		if id, ok := v.ids[t.terms[i]]; ok {
			t.ids[i] = id
			continue
		}
		fresh = append(fresh, i)
	}
	if len(fresh) == 0 {
		return
	}
	v.mu.Lock()
	for _, i := range fresh {
		id := uint32(len(v.df))
		v.ids[t.terms[i]] = id
		v.df = append(v.df, 0)
		v.logDF = append(v.logDF, 0)
		t.ids[i] = id
	}
	v.mu.Unlock()
}

// idf is the smoothed inverse document frequency, with the document count
// floored at min so early articles do not find every word rare.
func (v *vocabulary) idf(term uint32) float32 {
	return v.logN - v.logDF[term]
}

// weight is what a term's tf is multiplied by in the vectors compared:
// its idf, and its burst weight when dated articles have been seen.
func (v *vocabulary) weight(term uint32) float32 {
	if v.burst.halfLife <= 0 {
		return v.idf(term)
	}
	return v.idf(term) * v.burst.boost(term, v.df[term], v.docs)
}

// termCounts turns an article into weighted term counts: each word counts
// one, a name NameWeight, a pair of adjacent names (a "Tara Reid") is a
// term of its own, and so is a longer name (nameRuns), and the title counts TitleWeight times over. years
// counts the mentions of each year, for yearConflict.
func termCounts(d Doc, cfg Config) (counts map[string]float64, years map[string]int) {
	counts = make(map[string]float64)
	years = make(map[string]int)
	// yearCount is what a mention of a year counts: a year the title or
	// the lead names counts twice when YearMentions asks for more than
	// one (the lead is counted a second time below), else once.
	add := func(text string, scale float64, yearCount int) {
		ws := words(text)
		for i, w := range ws {
			if isYear(w.text) {
				years[w.text] += yearCount
			}
			weight := 1.0
			if w.name {
				weight = cfg.NameWeight
			}
			counts[w.text] += weight * scale
			if i+1 < len(ws) && w.cap && ws[i+1].name {
				pair := w.text + " " + ws[i+1].text
				counts[pair] += cfg.NameWeight * scale
			}
		}
		if cfg.NameRuns {
			for _, run := range nameRuns(text, ws) {
				counts[run] += cfg.NameWeight * scale
			}
		}
	}
	strong := 0
	if cfg.YearMentions > 1 {
		strong = 1
	}
	add(d.Title, cfg.TitleWeight, 1+strong)
	add(d.Text, 1, 1)
	if cfg.LeadWeight > 0 {
		add(leadOf(d.Text, cfg.LeadWords), cfg.LeadWeight, strong)
	}
	return counts, years
}

// leadOf returns the first n words of text, as written.
func leadOf(text string, n int) string {
	inWord := false
	for i, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if n == 0 {
				return text[:i]
			}
			n--
		}
		inWord = !space
	}
	return text
}

// docVector registers an article's terms (from lookup) in the vocabulary
// (counting it once in each term's document frequency) and returns its
// DocTerms highest tf-idf terms: tf as the sublinear 1+ln(count), and the
// same terms with tf alone, which is what a story accumulates.
func (v *vocabulary) docVector(t docTerms, limit int, published time.Time) (query, tf []termWeight) {
	v.docs++
	v.logN = float32(math.Log(float64(max(v.docs, v.min) + 1)))
	// New terms get ids in sorted order, so ids (and the tie-breaks that
	// use them) depend only on the arrival order of articles.
	v.register(t)
	all := make([]termWeight, 0, len(t.terms))
	for i, id := range t.ids {
		v.df[id]++
		v.logDF[id] = float32(math.Log(float64(v.df[id] + 1)))
		all = append(all, termWeight{id, t.tf[i]})
	}
	if v.burst.halfLife > 0 {
		v.burst.grow(len(v.df))
		v.burst.observe(t.ids, published)
	}
	query = make([]termWeight, len(all))
	for i, tw := range all {
		query[i] = termWeight{tw.term, tw.w * v.weight(tw.term)}
	}
	// Highest weight first; ties by term id so the cut is deterministic.
	slices.SortFunc(query, func(a, b termWeight) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return int(a.term) - int(b.term)
	})
	if len(query) > limit {
		query = query[:limit]
	}
	keepTerm := make(map[uint32]bool, len(query))
	for _, tw := range query {
		keepTerm[tw.term] = true
	}
	for _, tw := range all {
		if keepTerm[tw.term] {
			tf = append(tf, tw)
		}
	}
	sortByTerm(tf)
	return query, tf
}

func sortByTerm(v []termWeight) {
	slices.SortFunc(v, func(a, b termWeight) int { return int(a.term) - int(b.term) })
}

// addVectors returns the sum of two term-sorted vectors.
func addVectors(a, b []termWeight) []termWeight {
	out := make([]termWeight, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term < b[j].term:
			out = append(out, a[i])
			i++
		case a[i].term > b[j].term:
			out = append(out, b[j])
			j++
		default:
			out = append(out, termWeight{a[i].term, a[i].w + b[j].w})
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
