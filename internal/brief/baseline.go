package brief

import (
	"sort"
	"strings"
)

// The summarisers below are baselines Summarize is measured against in
// bench/summary; the briefing does not use them.

// Lead takes the first document's sentences in order while they fit: the
// classic news baseline, strong because reporters put the gist first.
func Lead(docs []Document, words int) []Pick {
	var out []Pick
	if len(docs) == 0 {
		return nil
	}
	left := words
	for i, s := range docs[0].Sentences {
		n := len(strings.Fields(s))
		if n > left {
			break
		}
		out = append(out, Pick{Doc: 0, Sentence: i})
		left -= n
	}
	return out
}

// Centroid scores a sentence by the centroid weight of its words plus a
// position score, as in MEAD (Radev, Jing, Styś & Tam 2004, "Centroid-based
// summarization of multiple documents", Information Processing and
// Management 40), and picks greedily, skipping sentences too similar to a
// picked one.
func Centroid(docs []Document, words int) []Pick {
	c := newCorpus(docs, nil, nil)
	if len(c.sents) == 0 {
		return nil
	}
	centroid := make(map[int]float64)
	for _, s := range c.sents {
		for k, id := range s.vec.terms {
			centroid[id] += s.vec.weights[k] / float64(len(docs))
		}
	}
	score := make([]float64, len(c.sents))
	var cmax float64
	for i, s := range c.sents {
		for _, id := range s.vec.terms {
			score[i] += centroid[id]
		}
		cmax = max(cmax, score[i])
	}
	for i, s := range c.sents {
		n := len(docs[s.doc].Sentences)
		score[i] += cmax * float64(n-s.index) / float64(n)
	}
	return c.order(c.pickByScore(score, words))
}

// LexRank picks sentences by plain continuous LexRank centrality with the
// same redundancy cut-off as Centroid: Summarize without outlet support,
// position or MMR.
func LexRank(docs []Document, words int) []Pick {
	c := newCorpus(docs, nil, nil)
	if len(c.sents) == 0 {
		return nil
	}
	return c.order(c.pickByScore(c.lexRank(), words))
}

// pickByScore picks eligible sentences from the highest score down while
// they fit, skipping any too similar to one already picked.
func (c *corpus) pickByScore(score []float64, words int) []int {
	idx := make([]int, len(c.sents))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	var picked []int
	left := words
	for _, i := range idx {
		s := c.sents[i]
		if !s.eligible || s.words > left {
			continue
		}
		redundant := false
		for _, j := range picked {
			if cosine(s.vec, c.sents[j].vec) > redundantAbove {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		picked = append(picked, i)
		left -= s.words
	}
	return picked
}
