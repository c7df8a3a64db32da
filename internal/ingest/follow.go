package ingest

import (
	"context"
	"fmt"

	"crosscheck/internal/storage"
)

// Follower keeps an in-memory view in step with a store that other
// processes write too. It remembers the highest article id the view has
// taken in (its high-water mark); CatchUp feeds the view what was
// committed above it since.
//
// The mark is sound because every writer stores articles inside the
// store's write lock (storage.BatchPlacer): ids are given in commit
// order, so once an id is visible every smaller id that will ever be
// committed is visible too. A reader that is not itself a writer may call
// CatchUp at any time; it sees a prefix of the commits, never a gap.
type Follower struct {
	seen int64
}

// FollowFrom returns a Follower whose view holds the articles up to and
// including id.
func FollowFrom(id int64) *Follower { return &Follower{seen: id} }

// Seen is the high-water mark: the view holds every article up to it.
func (f *Follower) Seen() int64 { return f.seen }

// Saw raises the mark past an article the view took in by itself: one
// this process placed.
func (f *Follower) Saw(id int64) { f.seen = max(f.seen, id) }

// Changes is what other writers committed above a Follower's mark.
type Changes struct {
	// Articles in id order, with the story each is in now.
	Articles []storage.StoredArticle
	// Merges their placements made, in the order they were made; a merge
	// comes with the article whose placement made it (Merge.By).
	Merges []storage.Merge
}

// CatchUp reads what was committed above the mark and, when fn accepts
// it, moves the mark past it. fn sees each article of the changes before
// the merges made by its placement.
func (f *Follower) CatchUp(ctx context.Context, st *storage.Store, fn func(Changes) error) error {
	arts, err := st.ArticlesAfter(ctx, f.seen)
	if err != nil {
		return fmt.Errorf("catching up with the store: %w", err)
	}
	merges, err := st.MergesAfter(ctx, f.seen)
	if err != nil {
		return fmt.Errorf("catching up with the store: %w", err)
	}
	if len(arts) == 0 && len(merges) == 0 {
		return nil
	}
	// Merges made by an article committed after the articles were read
	// belong to the next catch-up.
	last := f.seen
	if len(arts) > 0 {
		last = arts[len(arts)-1].ID
	}
	for len(merges) > 0 && merges[len(merges)-1].By > last {
		merges = merges[:len(merges)-1]
	}
	if err := fn(Changes{Articles: arts, Merges: merges}); err != nil {
		return err
	}
	f.seen = last
	return nil
}
