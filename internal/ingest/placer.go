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

// StoryPlacer links copies to the article they copy and clusters every
// other article into a story. A copy joins its original's story without
// voting in the clustering: five outlets running one wire report are one
// piece of evidence, not five.
type StoryPlacer struct {
	mu      sync.Mutex
	copies  *dedup.Index
	stories *cluster.Clusterer
	// storyOf remembers each article's story, and mergedInto where merged
	// stories went, so a copy finds its original's story as it is now.
	storyOf    map[int64]int64
	mergedInto map[int64]int64
}

// NewPlacer returns NewStoryPlacer's placer as a Placer.
func NewPlacer(ctx context.Context, st *storage.Store) (Placer, error) {
	return NewStoryPlacer(ctx, st)
}

// NewStoryPlacer returns the pipeline's placer with its state rebuilt from
// the articles already in the store, in the order they arrived, so that a
// restarted process continues the same stories.
func NewStoryPlacer(ctx context.Context, st *storage.Store) (*StoryPlacer, error) {
	p := &StoryPlacer{
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
// An article it holds already is skipped, so a catch-up that overlaps
// the articles a placer was built from counts none twice.
func (p *StoryPlacer) Observe(_ context.Context, a storage.StoredArticle) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.storyOf[a.ID]; ok {
		return nil
	}
	p.storyOf[a.ID] = a.Story
	m := dedup.Match{Kind: dedup.ParseKind(a.DuplicateKind), Of: a.DuplicateOf, Similarity: a.Similarity}
	p.copies.Add(dedup.Doc{ID: a.ID, Text: a.Text}, m)
	if m.Kind == dedup.None {
		p.stories.Restore(clusterDoc(a.Article), a.Story)
	}
	return nil
}

// Prepared is an article reduced to what placing it compares: its copy
// sketch and its weighted terms.
type Prepared struct {
	sketch dedup.Sketch
	terms  cluster.Prepared
	by     *StoryPlacer // term ids are this placer's vocabulary's
}

// Prepare reduces a to what PlacePrepared needs. It reads no state and
// takes no lock, so a pipeline prepares articles on all cores, before the
// store has numbered them, and places them one at a time in arrival
// order: placement is the only serial step.
func (p *StoryPlacer) Prepare(a article.Article) Prepared {
	return Prepared{
		sketch: p.copies.Sketch(dedup.Doc{ID: a.ID, Text: a.Text}),
		terms:  p.stories.Prepare(clusterDoc(a)),
		by:     p,
	}
}

func (p *StoryPlacer) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	return p.PlacePrepared(ctx, a, p.Prepare(a))
}

// PlacePrepared is Place for an article prepared by Prepare; a is the
// article as numbered by the store. An article prepared by another
// placer, or not at all, is prepared here.
func (p *StoryPlacer) PlacePrepared(ctx context.Context, a article.Article, pr Prepared) (storage.Placement, error) {
	if pr.by != p {
		pr = p.Prepare(a)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.copies.ObserveSketch(pr.sketch.WithID(a.ID))
	if m.Kind != dedup.None {
		story := p.current(p.storyOf[m.Of])
		p.storyOf[a.ID] = story
		return storage.Placement{Story: story, DuplicateOf: m.Of, DuplicateKind: m.Kind.String(), Similarity: m.Similarity}, nil
	}
	as := p.stories.AddPrepared(pr.terms)
	for _, merged := range as.Merged {
		p.mergedInto[merged] = as.Story
	}
	p.storyOf[a.ID] = as.Story
	return storage.Placement{Story: as.Story, NewStory: as.New, StoryTitle: a.Title, Merged: as.Merged}, nil
}

// current follows merges from a story to the story that holds it now.
func (p *StoryPlacer) current(story int64) int64 {
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
	return cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Site: a.Site, Published: a.Published, Language: a.Language}
}

// Fold replays a merge another process's placement made: story from
// was folded into story into.
func (p *StoryPlacer) Fold(into, from int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.mergedInto[from] = into
	p.stories.Fold(into, from)
}

// Reserve makes new stories take ids above id. A worker sharing the store
// with others calls it before placing: they may have opened stories and
// merged them away since it last looked, and those ids must not be given
// out again.
func (p *StoryPlacer) Reserve(id int64) { p.stories.Reserve(id) }

// Stories is the number of live stories: those that can still take
// articles.
func (p *StoryPlacer) Stories() int { return p.stories.Stories() }
