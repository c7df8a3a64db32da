package cluster

import (
	"time"

	"crosscheck/internal/signature"
)

// Doc is what the clusterer reads of an article.
type Doc struct {
	ID        int64
	Title     string
	Text      string
	Site      string
	Published time.Time // zero when unknown
	// Language is the article's language code ("de", "pt-BR"), "" when
	// unknown; read only with Config.CrossLanguage.
	Language string
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
	// Abroad, when the article joined Story by its signature rather
	// than its words (Config.CrossLanguage), is what it shares with the
	// story's articles in other languages.
	Abroad signature.Signature
	// Related are live stories in other languages than the article's
	// that its signature ties to it less strongly than one event's
	// reports, the most shared first (Config.CrossLanguage).
	Related []Related
}

// Related is a story in another language and what an article shares
// with it.
type Related struct {
	Story  int64
	Shared signature.Signature
}
