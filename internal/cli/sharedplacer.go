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
	Observe(ctx context.Context, a storage.StoredArticle) error
}

// sharedPlacer keeps a worker's placer in step with the other workers on
// the same store. Place runs inside the store transaction that holds the
// placement lock (pg_advisory_xact_lock on PostgreSQL), so placements of
// all workers happen one at a time and article ids grow in commit order.
// Before placing, it brings the placer up to date with every article
// stored since its last look (a high-water mark on article ids), so two
// workers never open two stories for one event.
type sharedPlacer struct {
	store *storage.Store
	// rebuild makes a placer from the whole store; it is used when the
	// placer cannot observe articles one by one.
	rebuild func(ctx context.Context, st *storage.Store) (ingest.Placer, error)

	mu    sync.Mutex
	inner ingest.Placer
	seen  int64 // highest article id the placer knows
}

func newSharedPlacer(ctx context.Context, st *storage.Store, build func(context.Context, *storage.Store) (ingest.Placer, error)) (*sharedPlacer, error) {
	seen, err := st.LastArticleID(ctx)
	if err != nil {
		return nil, err
	}
	inner, err := build(ctx, st)
	if err != nil {
		return nil, err
	}
	return &sharedPlacer{store: st, rebuild: build, inner: inner, seen: seen}, nil
}

func (p *sharedPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.catchUp(ctx, a.ID); err != nil {
		return storage.Placement{}, fmt.Errorf("catching up with other workers: %w", err)
	}
	pl, err := p.inner.Place(ctx, a)
	if err != nil {
		return pl, err
	}
	p.seen = max(p.seen, a.ID)
	return pl, nil
}

// catchUp feeds the placer the articles committed since it last looked.
// The article being placed (id self) is not committed yet and is not
// among them.
func (p *sharedPlacer) catchUp(ctx context.Context, self int64) error {
	last, err := p.store.LastArticleID(ctx)
	if err != nil || last <= p.seen {
		return err
	}
	obs, ok := p.inner.(observer)
	if !ok {
		inner, err := p.rebuild(ctx, p.store)
		if err != nil {
			return err
		}
		p.inner, p.seen = inner, last
		return nil
	}
	arts, err := p.store.ArticlesAfter(ctx, p.seen)
	if err != nil {
		return err
	}
	for _, a := range arts {
		if a.ID == self {
			continue
		}
		if err := obs.Observe(ctx, a); err != nil {
			return err
		}
		p.seen = max(p.seen, a.ID)
	}
	return nil
}
