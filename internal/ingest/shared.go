package ingest

import (
	"context"
	"fmt"
	"sync"

	"crosscheck/internal/article"
	"crosscheck/internal/storage"
)

// SharedPlacer places articles in a store that other processes write at
// the same time — ingest, serve, watch and worker alike, on SQLite or
// PostgreSQL — and decides as one process placing every article in
// commit order would. It follows the store's placement protocol
// (storage.BatchPlacer):
//
//   - Begin, run while the transaction holds the store's write lock,
//     feeds the placer what other writers committed since it last looked
//     (their articles, in the stories they are in now, and the merges
//     their placements made) and reserves every story id the store has
//     given, so no id is ever given twice.
//   - Place places one article with the caught-up placer.
//   - End after a rollback throws the placer away: it counted articles
//     the store does not have. The next Begin rebuilds it from the store
//     (under the lock: rollbacks are rare, and the first build, at
//     NewSharedPlacer, is made outside it).
//
// Begin holds the SharedPlacer until End, so one process's transactions
// place one at a time, as the store's lock makes them commit.
type SharedPlacer struct {
	store *storage.Store
	build func(context.Context, *storage.Store) (Observer, error)

	txMu   sync.Mutex // held from Begin to End
	mu     sync.Mutex // guards inner and follow
	inner  Observer   // nil once thrown away
	follow *Follower
}

// Observer is a placer that can take in the articles and merges other
// processes placed, so that its state catches up without being rebuilt.
// StoryPlacer is one.
type Observer interface {
	Placer
	// Observe takes in an article as the store has it now; one it holds
	// already is skipped.
	Observe(ctx context.Context, a storage.StoredArticle) error
	// Fold replays a merge of story from into story into.
	Fold(into, from int64)
	// Reserve makes new stories take ids above id.
	Reserve(id int64)
}

// NewSharedPlacer builds the placer from the store with build, which
// must read the articles in id order (as NewStoryPlacer does), and
// returns it ready to place. Building reads the whole store, so it is
// done here, outside the write lock; Begin catches up with what was
// committed meanwhile.
func NewSharedPlacer(ctx context.Context, st *storage.Store, build func(context.Context, *storage.Store) (Observer, error)) (*SharedPlacer, error) {
	p := &SharedPlacer{store: st, build: build}
	if err := p.rebuild(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// NewSharedStoryPlacer is NewSharedPlacer over the pipeline's placer:
// what every writing command places with.
func NewSharedStoryPlacer(ctx context.Context, st *storage.Store) (*SharedPlacer, error) {
	return NewSharedPlacer(ctx, st, func(ctx context.Context, st *storage.Store) (Observer, error) {
		return NewStoryPlacer(ctx, st)
	})
}

// rebuild reads the placer's state from the store. The mark is the
// last article the build read: it read a prefix of the commits (see
// Follower), so whatever it missed lies above the mark.
func (p *SharedPlacer) rebuild(ctx context.Context) error {
	last, err := p.store.LastArticleID(ctx)
	if err != nil {
		return fmt.Errorf("building the placer: %w", err)
	}
	inner, err := p.build(ctx, p.store)
	if err != nil {
		return err
	}
	// Articles committed between the two reads are in the build too;
	// the first catch-up reads them again, and Observe skips them.
	p.mu.Lock()
	p.inner, p.follow = inner, FollowFrom(last)
	p.mu.Unlock()
	return nil
}

// Begin catches the placer up with the store. It must run inside the
// write transaction, after the lock is taken, and be followed by End
// whatever it returns.
func (p *SharedPlacer) Begin(ctx context.Context) error {
	p.txMu.Lock()
	p.mu.Lock()
	thrown := p.inner == nil
	p.mu.Unlock()
	if thrown {
		if err := p.rebuild(ctx); err != nil {
			return err
		}
	}
	return p.catchUp(ctx)
}

func (p *SharedPlacer) catchUp(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	err := p.follow.CatchUp(ctx, p.store, func(c Changes) error {
		merges := c.Merges
		for _, a := range c.Articles {
			if err := p.inner.Observe(ctx, a); err != nil {
				return err
			}
			for len(merges) > 0 && merges[0].By == a.ID {
				p.inner.Fold(merges[0].Into, merges[0].Story)
				merges = merges[1:]
			}
		}
		return nil
	})
	if err != nil {
		// The placer may have taken in part of the changes.
		p.inner = nil
		return err
	}
	// Stories other writers opened and merged away are in no article
	// caught up with, but their ids are taken.
	maxStory, err := p.store.MaxStoryID(ctx)
	if err != nil {
		return fmt.Errorf("catching up with the store: %w", err)
	}
	p.inner.Reserve(maxStory)
	return nil
}

// Place places a with the caught-up placer.
func (p *SharedPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pl, err := p.inner.Place(ctx, a)
	if err == nil {
		p.follow.Saw(a.ID)
	}
	return pl, err
}

// End ends the transaction Begin started. After a rollback the placer is
// thrown away.
func (p *SharedPlacer) End(committed bool) {
	if !committed {
		p.mu.Lock()
		p.inner = nil
		p.mu.Unlock()
	}
	p.txMu.Unlock()
}

// Prepare does the part of placing a that needs no lock (see
// StoryPlacer.Prepare), when the placer has such a part.
func (p *SharedPlacer) Prepare(a article.Article) Prepared {
	p.mu.Lock()
	inner := p.inner
	p.mu.Unlock()
	if sp, ok := inner.(*StoryPlacer); ok {
		return sp.Prepare(a)
	}
	return Prepared{}
}

// PlacePrepared is Place for an article prepared by Prepare. An article
// prepared by a placer since thrown away is prepared again.
func (p *SharedPlacer) PlacePrepared(ctx context.Context, a article.Article, pr Prepared) (storage.Placement, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var pl storage.Placement
	var err error
	if sp, ok := p.inner.(*StoryPlacer); ok {
		pl, err = sp.PlacePrepared(ctx, a, pr)
	} else {
		pl, err = p.inner.Place(ctx, a)
	}
	if err == nil {
		p.follow.Saw(a.ID)
	}
	return pl, err
}
