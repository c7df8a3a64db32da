package cluster

import (
	"math/rand/v2"
	"slices"

	"crosscheck/internal/eval"
)

// Score is a clustering of a labelled set scored against its events and,
// when the set has topics, against its topics.
type Score struct {
	Event, Topic eval.BCubed
	Stories      int
	// EventF1Min and EventF1Max are the lowest and highest event F1 of
	// the arrival orders a mean was taken over (MeanScore): a change
	// smaller than that spread is not one arrival order can show.
	EventF1Min, EventF1Max float64
}

// Evaluate clusters docs in an arrival order shuffled with seed (seed 0
// keeps the file order) and scores the stories with B-cubed. Only the
// title, text, publication time and language are shown to the clusterer. When every
// article has a publication time they arrive in that order, as news does,
// shuffled only among articles of the same time.
func Evaluate(docs []eval.EventDoc, cfg Config, seed uint64) Score {
	return scoreLabels(docs, evaluateRun(docs, cfg, seed).stories(cfg.Consolidate))
}

// run is one clustering of a labelled set: each doc's story at the end of
// the stream and, with Config.Consolidate, the folds a consolidation
// then makes.
type run struct {
	storyOf []int64
	folds   []Fold
}

func evaluateRun(docs []eval.EventDoc, cfg Config, seed uint64) run {
	order := arrivalOrder(docs, seed)
	c := New(cfg)
	storyOf := make([]int64, len(docs))
	// Merges move earlier articles; follow them to the surviving story.
	merges := make(Merges)
	for n, i := range order {
		d := docs[i]
		a := c.Add(Doc{ID: int64(n + 1), Title: d.Title, Text: d.Text, Published: d.Published, Language: d.Language})
		merges.Record(a)
		storyOf[i] = a.Story
	}
	for i := range docs {
		storyOf[i] = merges.Resolve(storyOf[i])
	}
	return run{storyOf: storyOf, folds: c.Consolidate()}
}

// stories is each doc's story after the folds a consolidation at
// threshold t makes (none for t 0).
func (r run) stories(t float64) []int64 {
	merges := make(Merges)
	if t > 0 {
		merges.RecordFolds(Cut(r.folds, t))
	}
	out := make([]int64, len(r.storyOf))
	for i, s := range r.storyOf {
		out[i] = merges.Resolve(s)
	}
	return out
}

// arrivalOrder is docs' indexes shuffled with seed, then stably sorted by
// publication time when every doc has one.
func arrivalOrder(docs []eval.EventDoc, seed uint64) []int {
	order := shuffled(len(docs), seed)
	for _, d := range docs {
		if d.Published.IsZero() {
			return order
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return docs[a].Published.Compare(docs[b].Published) })
	return order
}

// shuffled returns 0..n-1 shuffled with seed, or in order for seed 0.
func shuffled(n int, seed uint64) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if seed != 0 {
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return order
}
