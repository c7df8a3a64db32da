package main

import (
	"fmt"
	"io"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
)

// storyQuality clusters the first n articles of the stream (no store, no
// copy detection) and scores the stories against the story instances
// with B-cubed. Instances of one ECB+ event share all their words but the
// invented names, so this measures how well names and time keep
// concurrent events of one kind apart in a dense dated stream.
func storyQuality(w io.Writer, docs []eval.EventDoc, seed uint64, n int, cfg cluster.Config) {
	gen := newStream(docs, seed)
	c := cluster.New(cfg)
	storyOf := make([]int64, n)
	instances := make([]int, n)
	merges := make(cluster.Merges)
	for i := range n {
		a := gen.next()
		as := c.Add(cluster.Doc{ID: int64(i + 1), Title: a.Title, Text: a.Text, Site: a.Site, Published: a.Published})
		merges.Record(as)
		storyOf[i], instances[i] = as.Story, a.Instance
	}
	for i := range storyOf {
		storyOf[i] = merges.Resolve(storyOf[i])
	}
	s := eval.ScoreBCubed(storyOf, instances)
	fmt.Fprintf(w, "stories of the first %d articles against their instances (name weight %g, burst half-life %v, year mentions %d): B-cubed P %.3f R %.3f F1 %.3f\n",
		n, cfg.NameWeight, cfg.BurstHalfLife, cfg.YearMentions, s.Precision, s.Recall, s.F1)
}
