package cluster

import (
	"math"
	"slices"
	"time"
)

// A single pass decides each article once, against the stories as they
// were when it arrived: an article decided before its event's story had
// grown, or a story whose centroid its angles diluted, is never looked at
// again. Consolidate looks again with hindsight: it merges live stories
// by average link over their sampled members (members.go), the closest
// pair first, as agglomerative clustering does (the group-average method;
// Jain, Murty and Flynn, "Data clustering: a review", ACM Computing
// Surveys 1999).
//
// Two stories of one article each are never merged: the later article was
// compared with the earlier when it arrived, so hindsight adds nothing
// there, and such a merge is a lower Assign threshold in disguise (on the
// developing stories, it joins same-week articles about the same people).
// The time window, the half-life and the year guard apply as at arrival.

// Fold is one merge Consolidate made: story Merged was folded into Story,
// their average link being Link.
type Fold struct {
	Story, Merged int64
	Link          float64
}

// consolidateLink is a candidate pair of live stories and their average
// link.
type consolidateLink struct {
	a, b *story
	link float64
}

// Consolidate merges live stories whose sampled members are at least
// Config.Consolidate close on average (0 does nothing), the closest pair
// first, and reports the merges in the order made, the surviving story
// being the older. Each story is compared with the Candidates stories
// that share most of its indexed terms. Since the closest pair goes
// first, the merges a higher threshold would make are the ones made
// before the link fell below it (Cut).
func (c *Clusterer) Consolidate() []Fold {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cfg.Consolidate <= 0 {
		return nil
	}
	samples := make(map[int64]weightedSample)
	sample := func(s *story) weightedSample {
		w, ok := samples[s.id]
		if !ok {
			w = arrivalSample(s)
			samples[s.id] = w
		}
		return w
	}
	links := make(map[[2]int64]float64)
	linkAll := func(s *story) {
		for _, o := range c.storyCandidates(s) {
			k := [2]int64{min(s.id, o.id), max(s.id, o.id)}
			if _, done := links[k]; done {
				continue
			}
			if l, ok := c.consolidateLink(s, o, sample(s), sample(o)); ok {
				links[k] = l
			} else {
				links[k] = -1
			}
		}
	}
	for _, s := range c.liveByID() {
		linkAll(s)
	}
	var out []Fold
	for {
		var best [2]int64
		bestLink := -1.0
		for k, l := range links {
			if l > bestLink || (l == bestLink && (k[0] < best[0] || (k[0] == best[0] && k[1] < best[1]))) {
				best, bestLink = k, l
			}
		}
		if bestLink < 0 {
			break
		}
		survivor, gone := c.stories[best[0]], c.stories[best[1]]
		c.fold(survivor, gone)
		out = append(out, Fold{Story: survivor.id, Merged: gone.id, Link: bestLink})
		delete(samples, survivor.id)
		for k := range links {
			if k[0] == survivor.id || k[1] == survivor.id || k[0] == gone.id || k[1] == gone.id {
				delete(links, k)
			}
		}
		linkAll(survivor)
	}
	return out
}

// Cut returns the folds a consolidation at threshold t makes: those made
// before the link first fell below t.
func Cut(folds []Fold, t float64) []Fold {
	for i, f := range folds {
		if f.Link < t {
			return folds[:i]
		}
	}
	return folds
}

// RecordFolds notes the merges of folds.
func (m Merges) RecordFolds(folds []Fold) {
	for _, f := range folds {
		m[f.Merged] = f.Story
	}
}

type weightedSample struct {
	vecs  [][]termWeight
	norms []float64
}

// arrivalSample is the story's sampled members as weighted when they
// arrived.
func arrivalSample(s *story) weightedSample {
	var w weightedSample
	for _, m := range s.members {
		w.vecs = append(w.vecs, m.vec)
		w.norms = append(w.norms, norm(m.vec))
	}
	return w
}

// consolidateLink is the average link between two stories' samples,
// halved every HalfLife between their spans; ok is false when the pair
// may not merge (a story of one article each, Window apart, a year
// conflict, or below Config.Consolidate).
func (c *Clusterer) consolidateLink(s, o *story, a, b weightedSample) (float64, bool) {
	if s.docs < 2 && o.docs < 2 {
		return 0, false
	}
	decay := 1.0
	if gap, dated := spanGap(s, o); dated {
		if gap > c.cfg.Window {
			return 0, false
		}
		if c.cfg.HalfLife > 0 {
			decay = math.Exp2(-float64(gap) / float64(c.cfg.HalfLife))
		}
	}
	if len(a.vecs) == 0 || len(b.vecs) == 0 {
		return 0, false
	}
	var sum float64
	for i := range a.vecs {
		for j := range b.vecs {
			sum += cosine(a.vecs[i], a.norms[i], b.vecs[j], b.norms[j])
		}
	}
	l := sum / float64(len(a.vecs)*len(b.vecs)) * decay
	if l < c.cfg.Consolidate || c.storiesYearConflict(s, o) {
		return 0, false
	}
	return l, true
}

// liveByID lists the live stories, oldest first, so that Consolidate's
// ties go the same way on every run.
func (c *Clusterer) liveByID() []*story {
	out := make([]*story, 0, len(c.stories))
	for _, s := range c.stories {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *story) int { return int(a.id - b.id) })
	return out
}

// storyCandidates returns the live stories sharing most of s's indexed
// terms, at most Candidates of them.
func (c *Clusterer) storyCandidates(s *story) []*story {
	shared := make(map[int64]int)
	for _, term := range s.indexed {
		for _, id := range c.postings[term] {
			if id != s.id {
				shared[id]++
			}
		}
	}
	ids := make([]int64, 0, len(shared))
	for id := range shared {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if shared[a] != shared[b] {
			return shared[b] - shared[a]
		}
		return int(a - b)
	})
	out := make([]*story, 0, min(len(ids), c.cfg.Candidates))
	for _, id := range ids[:min(len(ids), c.cfg.Candidates)] {
		out = append(out, c.stories[id])
	}
	return out
}

// spanGap is the time between two stories' spans of publication times;
// ok is false when either has no dates.
func spanGap(a, b *story) (gap time.Duration, ok bool) {
	if a.last.IsZero() || b.last.IsZero() {
		return 0, false
	}
	switch {
	case b.first.After(a.last):
		return b.first.Sub(a.last), true
	case a.first.After(b.last):
		return a.first.Sub(b.last), true
	}
	return 0, true
}
