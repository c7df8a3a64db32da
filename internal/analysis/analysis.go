// Package analysis is the write side's last stage: each article's
// analysis (nlp.Doc: sentences, entities, quotes, attributions,
// quantities, times) is made once, when the article is stored, and kept
// in the store with the version of the rules that made it, so that a
// briefing is assembled from stored analyses rather than from text.
// Reanalyze brings the analyses of an older version up to date.
package analysis

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// Version is the version of the analyses this binary makes.
var Version = nlp.Version

// Of analyses an article as a briefing of a story where the article has
// its own publication date would, and encodes the result for the store.
// A panic in the rules becomes an error naming the article: the article
// is stored without an analysis rather than lost.
func Of(a article.Article) (an *storage.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			an, err = nil, fmt.Errorf("analysing %s: %v\n%s", a.Origin, p, debug.Stack())
		}
	}()
	// In UTC, as the store gives the date back to the briefing.
	ref := a.Published
	if !ref.IsZero() {
		ref = ref.UTC()
	}
	doc := nlp.AnalyzeIn(a.Text, ref, a.Language)
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encoding the analysis of %s: %w", a.Origin, err)
	}
	return &storage.Analysis{Article: a.ID, Version: Version, Doc: data}, nil
}

// Serves says whether Doc reads the stored analysis of an article
// published at published, resolved against ref, rather than making one:
// when it is of this Version and was made against the same date (and
// decodes). Doc is then a function of the stored analysis and the text
// alone.
func Serves(stored *storage.Analysis, published, ref time.Time) bool {
	return stored != nil && stored.Version == Version && published.Equal(ref)
}

// Doc returns the analysis of an article of text in the declared
// language, published at ref (the
// article's own date, or the story's when the article's is unknown):
// the stored one when it is of this Version and was made against the
// same date, else a fresh one. The stored one is what nlp.AnalyzeIn(text,
// ref, language) returns, so a briefing built from stored analyses is the one built
// from text. It says whether the stored analysis served.
func Doc(stored *storage.Analysis, text, language string, published, ref time.Time) (nlp.Doc, bool) {
	// The stored analysis resolved relative dates against the article's
	// own date; an undated article in a dated story needs the story's.
	if Serves(stored, published, ref) {
		var d nlp.Doc
		if err := json.Unmarshal(stored.Doc, &d); err == nil {
			d.Text = text
			return d, true
		}
	}
	return nlp.AnalyzeIn(text, ref, language), false
}
