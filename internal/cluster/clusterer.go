package cluster

import (
	"math"
	"slices"
	"sync"
	"time"

	"crosscheck/internal/signature"
)

// Clusterer assigns articles to stories as they arrive. Its decisions
// depend only on the configuration and the order of Add and Restore calls.
// It is safe for concurrent use, but concurrent callers make the arrival
// order, and so the stories, depend on scheduling.
type Clusterer struct {
	mu      sync.Mutex
	cfg     Config
	vocab   *vocabulary
	stories map[int64]*story
	// postings maps a term to the live stories posted under it, oldest
	// first.
	postings map[uint32][]int64
	nextID   int64
	seq      int64
	newest   time.Time
	// sigPosts maps a signature key to the stories posted under it,
	// with Config.CrossLanguage (crosslang.go).
	sigPosts map[string][]int64
}

// New returns an empty Clusterer; story ids start at 1.
func New(cfg Config) *Clusterer {
	return &Clusterer{
		cfg:      cfg,
		vocab:    newVocabulary(cfg),
		stories:  make(map[int64]*story),
		postings: make(map[uint32][]int64),
		nextID:   1,
	}
}

// maxIndexed bounds how many terms one story is posted under.
const maxIndexed = 128

// retireEvery is how many arrivals pass between sweeps for stories that
// have gone quiet.
const retireEvery = 1024

type scoredStory struct {
	s   *story
	sim float64
}

// Prepared is an article reduced to its weighted terms. Preparing takes
// only the vocabulary's read lock, not the Clusterer's, so callers can
// prepare articles in parallel, while others are added, and add them in
// order.
type Prepared struct {
	published time.Time
	terms     docTerms
	years     map[string]int
	// language and sig are the article's language code and signature,
	// with Config.CrossLanguage.
	language string
	sig      signature.Signature
	// occasions are where its title and lead set it (occasions.go).
	occasions []string
}

// Prepare reduces d to what AddPrepared needs, looking its terms up in
// the vocabulary so that AddPrepared only numbers the new ones.
func (c *Clusterer) Prepare(d Doc) Prepared {
	counts, years := termCounts(d, c.cfg)
	code, sig := c.prepareSignature(d)
	p := Prepared{published: d.Published, terms: c.vocab.lookup(counts), years: years, language: code, sig: sig}
	if c.cfg.OccasionQuorum > 0 && (!d.Published.IsZero() || c.cfg.OccasionUndated) {
		p.occasions = occasionsOf(d.Title, leadOf(d.Text, c.cfg.LeadWords))
	}
	return p
}

// Add places an article in a story, opening one if no live story is
// similar enough.
func (c *Clusterer) Add(d Doc) Assignment {
	return c.AddPrepared(c.Prepare(d))
}

// AddPrepared is Add for a prepared article.
func (c *Clusterer) AddPrepared(p Prepared) Assignment {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.assign(c.score(p))
}

// scored is an arriving article with the candidate stories it reached,
// most similar first.
type scored struct {
	published time.Time
	query, tf []termWeight
	years     yearEvidence
	stories   []scoredStory
	// weighted and norms hold the candidates' weighted centroids.
	weighted map[int64][]termWeight
	norms    map[int64]float64
	// language and sig are the article's (Prepared).
	language  string
	sig       signature.Signature
	occasions []string
}

// score counts an arriving article in the vocabulary and scores the
// candidate stories against it. The caller holds c.mu.
func (c *Clusterer) score(p Prepared) scored {
	c.tick(p.published)
	query, tf := c.vocab.docVector(p.terms, c.cfg.DocTerms, p.published)
	a := scored{
		published: p.published,
		query:     query,
		tf:        tf,
		years:     c.vocab.yearsOf(p.years, c.cfg.YearMentions),
		weighted:  make(map[int64][]termWeight),
		norms:     make(map[int64]float64),
		language:  p.language,
		sig:       p.sig,
		occasions: p.occasions,
	}
	byTerm := slices.Clone(query)
	sortByTerm(byTerm)
	qn := norm(byTerm)
	for _, s := range c.candidates(query) {
		if sim, ok := c.similarity(byTerm, qn, s, p.published, a.weighted, a.norms); ok {
			a.stories = append(a.stories, scoredStory{s, sim})
		}
	}
	slices.SortFunc(a.stories, func(a, b scoredStory) int {
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		return int(a.s.id - b.s.id)
	})
	return a
}

// assign places a scored article in a story and merges the stories it
// shows to be one. The caller holds c.mu.
func (c *Clusterer) assign(sc scored) Assignment {
	query, tf, years := sc.query, sc.tf, sc.years
	// The article joins the most similar story it does not contradict on
	// the year, unless it is so similar that the year must be background.
	var target *story
	var a Assignment
	for _, o := range sc.stories {
		if o.sim < c.cfg.Assign {
			break
		}
		if o.sim >= c.cfg.ConflictAssign || !c.yearConflict(years, o.s) {
			target, a.Similarity = o.s, o.sim
			break
		}
	}
	// No story of its words takes it: one in another language may be
	// the same event by its figures, days and names.
	ties := c.abroad(sc.language, sc.sig, sc.published)
	if target == nil && len(ties) > 0 && ties[0].tie == signature.TieSameEvent {
		target, a.Abroad = ties[0].s, ties[0].shared
	}
	if target == nil {
		target = c.byOccasion(sc)
	}
	if target == nil {
		target = c.open(c.nextID)
		c.nextID++
		a.New = true
	}
	c.place(target, query, tf, years, sc.published)
	target.addOccasions(sc.occasions)
	c.placeSignature(target, sc.language, sc.sig)

	// The article may show that stories it reached are one: those whose
	// centroid is now close to the grown story's are folded into the
	// oldest of them, unless the article or the grown story disagrees
	// with them on the year (else an article kept out of a story comes
	// back into it by a merge).
	tw, tn := target.weighted(c.vocab)
	group := []*story{target}
	for _, o := range sc.stories {
		if o.s != target && o.sim >= c.cfg.MergeLink && cosine(tw, tn, sc.weighted[o.s.id], sc.norms[o.s.id]) >= c.cfg.Merge &&
			!c.yearConflict(years, o.s) && !c.storiesYearConflict(target, o.s) && c.linked(target, o.s) {
			group = append(group, o.s)
		}
	}
	survivor := target
	for _, s := range group[1:] {
		if s.id < survivor.id {
			survivor = s
		}
	}
	for _, s := range group {
		if s == survivor {
			continue
		}
		c.fold(survivor, s)
		// A story opened by this very article was never seen by the caller.
		if !(a.New && s == target) {
			a.Merged = append(a.Merged, s.id)
		}
	}
	if survivor != target {
		a.New = false
	}
	a.Story = survivor.id
	slices.Sort(a.Merged)
	a.Related = c.related(ties, survivor.id)
	return a
}

// Restore puts an already-assigned article back into its story, as when a
// process restarts from the store; later Adds continue the same stories.
// Articles should be restored in their original arrival order.
func (c *Clusterer) Restore(d Doc, storyID int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick(d.Published)
	p := c.Prepare(d)
	query, tf := c.vocab.docVector(p.terms, c.cfg.DocTerms, p.published)
	years := c.vocab.yearsOf(p.years, c.cfg.YearMentions)
	s, ok := c.stories[storyID]
	if !ok {
		s = c.open(storyID)
	}
	c.nextID = max(c.nextID, storyID+1)
	c.place(s, query, tf, years, d.Published)
	s.addOccasions(p.occasions)
	c.placeSignature(s, p.language, p.sig)
}

// Reserve makes new stories take ids above id, so that ids a store has
// given out before — to stories since merged away, say — are never reused.
func (c *Clusterer) Reserve(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nextID = max(c.nextID, id+1)
}

// Stories is the number of live stories: those that can still take
// articles.
func (c *Clusterer) Stories() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.stories)
}

func (c *Clusterer) tick(published time.Time) {
	c.seq++
	if published.After(c.newest) {
		c.newest = published
	}
	if c.seq%retireEvery == 0 {
		c.retire()
	}
}

func (c *Clusterer) open(id int64) *story {
	s := &story{id: id}
	c.stories[id] = s
	return s
}

// place adds an article's vector and years to s and posts s under the
// article's top terms.
func (c *Clusterer) place(s *story, query, tf []termWeight, years yearEvidence, published time.Time) {
	s.add(tf, published, c.seq, c.cfg.StoryTerms, c.vocab)
	s.addYears(years)
	m := member{tf: tf, seq: c.seq}
	if c.cfg.Consolidate > 0 {
		m.vec = slices.Clone(query)
		sortByTerm(m.vec)
	}
	s.addMember(m, c.cfg.Members)
	for _, tw := range query[:min(len(query), c.cfg.IndexTerms)] {
		c.post(s, tw.term)
	}
}

func (c *Clusterer) post(s *story, term uint32) {
	i, found := slices.BinarySearch(s.indexed, term)
	if found || len(s.indexed) >= maxIndexed {
		return
	}
	s.indexed = slices.Insert(s.indexed, i, term)
	p := append(c.postings[term], s.id)
	if len(p) > c.cfg.PostingCap {
		// Drop the stories posted longest ago; they keep their other terms.
		for _, id := range p[:len(p)-c.cfg.PostingCap] {
			if o, ok := c.stories[id]; ok {
				if j, found := slices.BinarySearch(o.indexed, term); found {
					o.indexed = slices.Delete(o.indexed, j, j+1)
				}
			}
		}
		p = slices.Clone(p[len(p)-c.cfg.PostingCap:])
	}
	c.postings[term] = p
}

// unpost removes s from the postings of all its terms.
func (c *Clusterer) unpost(s *story) {
	for _, term := range s.indexed {
		p := slices.DeleteFunc(c.postings[term], func(id int64) bool { return id == s.id })
		if len(p) == 0 {
			delete(c.postings, term)
		} else {
			c.postings[term] = p
		}
	}
	s.indexed = nil
}

// fold merges s into survivor.
func (c *Clusterer) fold(survivor, s *story) {
	terms := s.indexed
	c.unpost(s)
	delete(c.stories, s.id)
	survivor.merge(s, c.cfg.StoryTerms, c.vocab)
	survivor.mergeMembers(s, c.cfg.Members)
	survivor.mergeOccasions(s)
	c.foldSignature(survivor, s)
	for _, term := range terms {
		c.post(survivor, term)
	}
}

// candidates returns the stories sharing the most weight of the article's
// top terms, at most Candidates of them, in a deterministic order.
func (c *Clusterer) candidates(query []termWeight) []*story {
	shared := make(map[int64]float64)
	for _, tw := range query[:min(len(query), c.cfg.QueryTerms)] {
		for _, id := range c.postings[tw.term] {
			shared[id] += float64(tw.w)
		}
	}
	type cand struct {
		id     int64
		shared float64
	}
	cands := make([]cand, 0, len(shared))
	for id, w := range shared {
		cands = append(cands, cand{id, w})
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.shared != b.shared {
			if a.shared > b.shared {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	out := make([]*story, 0, min(len(cands), c.cfg.Candidates))
	for _, cd := range cands[:min(len(cands), c.cfg.Candidates)] {
		out = append(out, c.stories[cd.id])
	}
	return out
}

// similarity is the cosine between an article and a story's centroid,
// halved every HalfLife of time between them; ok is false when they are
// more than Window apart.
func (c *Clusterer) similarity(byTerm []termWeight, qn float64, s *story, published time.Time, weighted map[int64][]termWeight, norms map[int64]float64) (float64, bool) {
	decay := 1.0
	if gap, dated := s.gap(published); dated {
		if gap > c.cfg.Window {
			return 0, false
		}
		if c.cfg.HalfLife > 0 {
			decay = math.Exp2(-float64(gap) / float64(c.cfg.HalfLife))
		}
	}
	w, n := s.weighted(c.vocab)
	weighted[s.id], norms[s.id] = w, n
	return cosine(byTerm, qn, w, n) * decay, true
}

// retire drops stories that can no longer take articles: quiet for
// IdleArticles arrivals, or with no article within Window of the newest
// publication time seen.
func (c *Clusterer) retire() {
	var old []*story
	for _, s := range c.stories {
		idle := c.seq-s.seq > c.cfg.IdleArticles
		stale := !s.last.IsZero() && c.newest.Sub(s.last) > c.cfg.Window
		if idle || stale {
			old = append(old, s)
		}
	}
	for _, s := range old {
		c.unpost(s)
		delete(c.stories, s.id)
	}
}
