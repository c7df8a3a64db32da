package cluster

import (
	"math"
	"slices"
	"time"

	"crosscheck/internal/signature"
)

// story is a live story: its centroid and what decides whether it may
// still take articles.
type story struct {
	id int64
	// centroid sums its articles' tf vectors, sorted by term; weights are
	// multiplied by the current idf when it is compared, so early
	// articles are weighed with what the stream has learned since.
	centroid []termWeight
	docs     int
	// first and last are the earliest and latest publication times of its
	// articles (zero when none had a date); seq is the arrival number of
	// its latest article.
	first, last time.Time
	seq         int64
	// weights caches the centroid weighted with idf, and its norm, as of
	// the vocabulary's document count at; add, merge and prune clear it.
	weights []termWeight
	norm    float64
	at      int
	epoch   int
	// indexed lists the terms under which the story is posted.
	indexed []uint32
	// years counts, per year, the articles that mention it; latest is
	// the latest year any of them mentions (0 for none).
	years  []termCount
	latest int
	// members samples its articles (see members.go).
	members []member
	// occasions counts where its articles are set (occasions.go).
	occasions []occasionCount
	// langs are its articles' languages and sig the union of their
	// signatures, capped, when the clusterer links across languages
	// (crosslang.go).
	langs []string
	sig   signature.Signature
}

func (s *story) add(tf []termWeight, published time.Time, seq int64, maxTerms int, v *vocabulary) {
	s.weights = nil
	s.centroid = addVectors(s.centroid, tf)
	s.docs++
	s.seq = seq
	if !published.IsZero() {
		if s.first.IsZero() || published.Before(s.first) {
			s.first = published
		}
		if published.After(s.last) {
			s.last = published
		}
	}
	// Prune only when well past the limit, so the sort is paid rarely.
	if len(s.centroid) > maxTerms*3/2 {
		s.prune(maxTerms, v)
	}
}

// prune keeps the maxTerms terms with the highest tf-idf.
func (s *story) prune(maxTerms int, v *vocabulary) {
	type scored struct {
		tw termWeight
		w  float32
	}
	all := make([]scored, len(s.centroid))
	for i, tw := range s.centroid {
		all[i] = scored{tw, tw.w * v.idf(tw.term)}
	}
	slices.SortFunc(all, func(a, b scored) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return int(a.tw.term) - int(b.tw.term)
	})
	s.centroid = s.centroid[:0]
	for _, sc := range all[:maxTerms] {
		s.centroid = append(s.centroid, sc.tw)
	}
	sortByTerm(s.centroid)
	s.centroid = slices.Clip(s.centroid)
}

// merge folds o into s.
func (s *story) merge(o *story, maxTerms int, v *vocabulary) {
	s.weights = nil
	s.centroid = addVectors(s.centroid, o.centroid)
	s.mergeYears(o)
	s.docs += o.docs
	s.seq = max(s.seq, o.seq)
	if !o.first.IsZero() && (s.first.IsZero() || o.first.Before(s.first)) {
		s.first = o.first
	}
	if o.last.After(s.last) {
		s.last = o.last
	}
	if len(s.centroid) > maxTerms {
		s.prune(maxTerms, v)
	}
}

// weighted returns the story's centroid with idf weights and its
// Euclidean norm. Idf drifts slowly as articles arrive, so weights are
// recomputed only after the document count has grown by 1%.
func (s *story) weighted(v *vocabulary) ([]termWeight, float64) {
	if s.weights != nil && v.docs <= s.at+s.at/100 && s.epoch == v.burst.epoch {
		return s.weights, s.norm
	}
	out := make([]termWeight, len(s.centroid))
	var norm float64
	s.epoch = v.burst.epoch
	for i, tw := range s.centroid {
		w := tw.w * v.weight(tw.term)
		out[i] = termWeight{tw.term, w}
		norm += float64(w) * float64(w)
	}
	s.weights, s.norm, s.at = out, math.Sqrt(norm), v.docs
	return s.weights, s.norm
}

// cosine of two term-sorted vectors, given their norms.
func cosine(a []termWeight, an float64, b []termWeight, bn float64) float64 {
	if an == 0 || bn == 0 {
		return 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			dot += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return dot / (an * bn)
}

func norm(v []termWeight) float64 {
	var n float64
	for _, tw := range v {
		n += float64(tw.w) * float64(tw.w)
	}
	return math.Sqrt(n)
}

// gap is the time between t and the story's span of publication times;
// ok is false when either has no date.
func (s *story) gap(t time.Time) (time.Duration, bool) {
	if t.IsZero() || s.last.IsZero() {
		return 0, false
	}
	switch {
	case t.Before(s.first):
		return s.first.Sub(t), true
	case t.After(s.last):
		return t.Sub(s.last), true
	}
	return 0, true
}
