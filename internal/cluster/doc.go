package cluster

import "time"

// Doc is what the clusterer reads of an article.
type Doc struct {
	ID        int64
	Title     string
	Text      string
	Site      string
	Published time.Time // zero when unknown
}

// Assignment says which story an article went to.
type Assignment struct {
	Story int64
	// New is true when the article opened Story.
	New bool
	// Merged lists stories folded into Story while placing the article; the
	// caller moves their articles to Story.
	Merged []int64
	// Similarity is the article's similarity to Story before it joined (0
	// for a new story).
	Similarity float64
}
