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

// storyPlacer links copies to the article they copy and clusters every
// other article into a story. A copy joins its original's story without
// voting in the clustering: five outlets running one wire report are one
// piece of evidence, not five.
type storyPlacer struct {
	store   *storage.Store
	mu      sync.Mutex
	copies  *dedup.Index
	stories *cluster.Clusterer
	// storyOf remembers each article's story, and mergedInto where merged
	// stories went, so a copy finds its original's story as it is now.
	storyOf    map[int64]int64
	mergedInto map[int64]int64
}

// NewPlacer returns the pipeline's placer with its state rebuilt from the
// articles already in the store, in the order they arrived, so that a
// restarted process continues the same stories.
func NewPlacer(ctx context.Context, st *storage.Store) (Placer, error) {
	p := &storyPlacer{
		store:      st,
		copies:     dedup.NewIndex(dedup.DefaultConfig()),
		stories:    cluster.New(cluster.DefaultConfig()),
		storyOf:    map[int64]int64{},
		mergedInto: map[int64]int64{},
	}
	maxStory, err := st.MaxStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("restoring placer: %w", err)
	}
	p.stories.Reserve(maxStory)
	err = st.EachArticle(ctx, func(a storage.StoredArticle) error { return p.Observe(ctx, a) })
	if err != nil {
		return nil, fmt.Errorf("restoring placer: %w", err)
	}
	return p, nil
}

// Observe takes in an article placed before, by this process before a
// restart or by another worker, as the store has it now.
func (p *storyPlacer) Observe(_ context.Context, a storage.StoredArticle) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.storyOf[a.ID] = a.Story
	m := dedup.Match{Kind: dedup.ParseKind(a.DuplicateKind), Of: a.DuplicateOf, Similarity: a.Similarity}
	p.copies.Add(dedup.Doc{ID: a.ID, Text: a.Text}, m)
	if m.Kind == dedup.None {
		p.stories.Restore(clusterDoc(a.Article), a.Story)
	}
	return nil
}

func (p *storyPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	// Another worker may have opened stories and merged them away since
	// this placer last looked; their ids must not be given out again.
	maxStory, err := p.store.MaxStoryID(ctx)
	if err != nil {
		return storage.Placement{}, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stories.Reserve(maxStory)
	m := p.copies.Observe(dedup.Doc{ID: a.ID, Text: a.Text})
	if m.Kind != dedup.None {
		story := p.current(p.storyOf[m.Of])
		p.storyOf[a.ID] = story
		return storage.Placement{Story: story, DuplicateOf: m.Of, DuplicateKind: m.Kind.String(), Similarity: m.Similarity}, nil
	}
	as := p.stories.Add(clusterDoc(a))
	for _, merged := range as.Merged {
		p.mergedInto[merged] = as.Story
	}
	p.storyOf[a.ID] = as.Story
	return storage.Placement{Story: as.Story, NewStory: as.New, StoryTitle: a.Title, Merged: as.Merged}, nil
}

// current follows merges from a story to the story that holds it now.
func (p *storyPlacer) current(story int64) int64 {
	for range len(p.mergedInto) + 1 {
		next, ok := p.mergedInto[story]
		if !ok {
			return story
		}
		story = next
	}
	return story
}

func clusterDoc(a article.Article) cluster.Doc {
	return cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Site: a.Site, Published: a.Published}
}
