package ingest

import (
	"context"
	"fmt"
	"sync"

	"crosscheck/internal/article"
	"crosscheck/internal/cluster"
	"crosscheck/internal/dedup"
	"crosscheck/internal/storage"
)

// storyPlacer links copies to the article they copy (internal/dedup) and
// puts every article in a story (internal/cluster). The store stays the
// source of truth: the placer's state is rebuilt from it on start and
// kept in step with other workers through Observe.
type storyPlacer struct {
	store   *storage.Store
	mu      sync.Mutex
	copies  *dedup.Index
	stories *cluster.Clusterer
}

// NewPlacer returns the pipeline's placer, its state restored from the
// articles already in the store, in the order they were stored.
func NewPlacer(ctx context.Context, st *storage.Store) (Placer, error) {
	p := &storyPlacer{
		store:   st,
		copies:  dedup.NewIndex(dedup.DefaultConfig()),
		stories: cluster.New(cluster.DefaultConfig()),
	}
	err := st.EachArticle(ctx, func(a storage.StoredArticle) error { return p.Observe(ctx, a) })
	if err != nil {
		return nil, fmt.Errorf("restoring placer: %w", err)
	}
	return p, nil
}

// Place decides where a new article goes.
func (p *storyPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	// Stories merged away keep their ids in the store; new stories must
	// not reuse them.
	maxStory, err := p.store.MaxStoryID(ctx)
	if err != nil {
		return storage.Placement{}, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stories.ReserveIDs(maxStory)
	m := p.copies.Observe(dedup.Doc{ID: a.ID, Text: a.Text})
	as := p.stories.Add(clusterDoc(a))
	pl := storage.Placement{Story: as.Story, NewStory: as.New, StoryTitle: a.Title, Merged: as.Merged}
	if m.Kind != dedup.None {
		pl.DuplicateOf, pl.DuplicateKind, pl.Similarity = m.Of, m.Kind.String(), m.Similarity
	}
	return pl, nil
}

// Observe takes in an article placed earlier, by this process before a
// restart or by another worker, as the store has it now.
func (p *storyPlacer) Observe(_ context.Context, a storage.StoredArticle) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := dedup.Match{Kind: dedup.ParseKind(a.DuplicateKind), Of: a.DuplicateOf}
	p.copies.Add(dedup.Doc{ID: a.ID, Text: a.Text}, m)
	if a.Story != 0 {
		p.stories.Restore(clusterDoc(a.Article), a.Story)
	}
	return nil
}

func clusterDoc(a article.Article) cluster.Doc {
	return cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Site: a.Outlet(), Published: a.Published}
}
