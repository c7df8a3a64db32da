package ingest

import (
	"context"
	"fmt"
	"sync"

	"crosscheck/internal/article"
	"crosscheck/internal/storage"
)

// hashPlacer links exact copies (same body hash) to their first article
// and opens one story per other article. It is the placer the pipeline
// uses until story clustering is wired in.
type hashPlacer struct {
	mu        sync.Mutex
	nextStory int64
	byHash    map[string]storage.StoredArticle
}

// NewPlacer returns the pipeline's placer, its state restored from the
// articles already in the store.
func NewPlacer(ctx context.Context, st *storage.Store) (Placer, error) {
	p := &hashPlacer{byHash: map[string]storage.StoredArticle{}}
	max, err := st.MaxStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("restoring placer: %w", err)
	}
	p.nextStory = max + 1
	err = st.EachArticle(ctx, func(a storage.StoredArticle) error {
		if a.DuplicateOf == 0 {
			p.byHash[BodyHash(a.Text)] = a
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("restoring placer: %w", err)
	}
	return p, nil
}

func (p *hashPlacer) Place(_ context.Context, a article.Article) (storage.Placement, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := BodyHash(a.Text)
	if orig, ok := p.byHash[h]; ok {
		return storage.Placement{Story: orig.Story, DuplicateOf: orig.ID, DuplicateKind: "exact", Similarity: 1}, nil
	}
	id := p.nextStory
	p.nextStory++
	p.byHash[h] = storage.StoredArticle{Article: a, Story: id}
	return storage.Placement{Story: id, NewStory: true, StoryTitle: a.Title}, nil
}
