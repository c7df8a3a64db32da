package ingest

import (
	"context"

	"crosscheck/internal/dedup"
	"crosscheck/internal/storage"
)

// Observe takes in an article another process stored and placed, so that
// workers sharing a store keep one view of copies and stories without
// rebuilding their placers (see docs/scale.md). Articles must be observed
// in id order.
func (p *storyPlacer) Observe(_ context.Context, a storage.StoredArticle) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.observe(a)
	return nil
}

// observe records a stored article as placed: in the copy index, and in
// its story unless it is a copy.
func (p *storyPlacer) observe(a storage.StoredArticle) {
	p.storyOf[a.ID] = a.Story
	m := dedup.Match{Kind: dupKind(a.DuplicateKind), Of: a.DuplicateOf, Similarity: a.Similarity}
	p.copies.Add(dedup.Doc{ID: a.ID, Text: a.Text}, m)
	if m.Kind == dedup.None {
		p.stories.Restore(clusterDoc(a.Article), a.Story)
	}
}
