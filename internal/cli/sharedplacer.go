package cli

import (
	"context"
	"fmt"
	"sync"

	"crosscheck/internal/article"
	"crosscheck/internal/ingest"
	"crosscheck/internal/storage"
)

// observer is a placer that can take in articles other processes placed,
// so its state catches up without being rebuilt.
type observer interface {
	ingest.Placer
	Observe(ctx context.Context, a storage.StoredArticle) error
	Reserve(storyID int64)
}

// sharedPlacer keeps a worker's placer in step with the other workers on
// the same store. Place runs inside the store transaction that holds the
// placement lock (pg_advisory_xact_lock on PostgreSQL), so placements of
// all workers happen one at a time and article ids grow in commit order.
// Before placing, it feeds the placer every article stored since its
// last look (a high-water mark on article ids), so two workers never
// open two stories for one event.
type sharedPlacer struct {
	store *storage.Store
	build func(context.Context, *storage.Store) (ingest.Placer, error)

	mu    sync.Mutex
	inner observer // built at the first placement
	seen  int64    // highest article id the placer knows
}

func newSharedPlacer(st *storage.Store, build func(context.Context, *storage.Store) (ingest.Placer, error)) *sharedPlacer {
	return &sharedPlacer{store: st, build: build}
}

func (p *sharedPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inner == nil {
		if err := p.start(ctx); err != nil {
			return storage.Placement{}, err
		}
	} else if err := p.catchUp(ctx, a.ID); err != nil {
		return storage.Placement{}, fmt.Errorf("catching up with other workers: %w", err)
	}
	// Other workers may have opened stories and merged them away: their
	// ids are in the store but in none of the articles caught up with.
	maxStory, err := p.store.MaxStoryID(ctx)
	if err != nil {
		return storage.Placement{}, fmt.Errorf("catching up with other workers: %w", err)
	}
	p.inner.Reserve(maxStory)
	pl, err := p.inner.Place(ctx, a)
	if err != nil {
		return pl, err
	}
	p.seen = max(p.seen, a.ID)
	return pl, nil
}

// start builds the placer from the store. It runs under the placement
// lock, so no other worker commits between reading the articles and
// reading the high-water mark: the two agree.
func (p *sharedPlacer) start(ctx context.Context) error {
	inner, err := p.build(ctx, p.store)
	if err != nil {
		return err
	}
	obs, ok := inner.(observer)
	if !ok {
		return fmt.Errorf("the placer %T cannot observe other workers' articles", inner)
	}
	seen, err := p.store.LastArticleID(ctx)
	if err != nil {
		return err
	}
	p.inner, p.seen = obs, seen
	return nil
}

// catchUp feeds the placer the articles committed since it last looked.
// The article being placed (id self) is not committed yet and is not
// among them.
func (p *sharedPlacer) catchUp(ctx context.Context, self int64) error {
	arts, err := p.store.ArticlesAfter(ctx, p.seen)
	if err != nil {
		return err
	}
	for _, a := range arts {
		if a.ID == self {
			continue
		}
		if err := p.inner.Observe(ctx, a); err != nil {
			return err
		}
		p.seen = max(p.seen, a.ID)
	}
	return nil
}
