package web

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/storage"
)

// briefingCache keeps recently built briefings. Building one aligns every
// sentence of every article, which is far slower than reading a story, so
// a briefing is rebuilt only when its story changed: the story's update
// time and article count are the version a cached briefing is checked
// against on every read.
type briefingCache struct {
	store Store
	max   int

	mu    sync.Mutex
	items map[int64]*list.Element
	lru   *list.List // front is most recently used
	// building serialises builds of the same story, so that a burst of
	// requests for a changed story builds it once.
	building map[int64]*sync.Mutex
}

type cachedBriefing struct {
	story    int64
	updated  time.Time
	articles int
	b        *brief.Briefing
}

func newBriefingCache(store Store, max int) *briefingCache {
	return &briefingCache{store: store, max: max, items: make(map[int64]*list.Element), lru: list.New(), building: make(map[int64]*sync.Mutex)}
}

// get returns the story (resolved through merges) and its briefing.
func (c *briefingCache) get(ctx context.Context, id int64) (storage.Story, *brief.Briefing, error) {
	st, err := c.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	if b := c.lookup(st); b != nil {
		return st, b, nil
	}
	c.mu.Lock()
	m, ok := c.building[st.ID]
	if !ok {
		m = new(sync.Mutex)
		c.building[st.ID] = m
	}
	c.mu.Unlock()
	m.Lock()
	defer m.Unlock()
	if b := c.lookup(st); b != nil {
		return st, b, nil
	}
	b, err := buildBriefing(ctx, c.store, st)
	if err != nil {
		return st, nil, err
	}
	c.put(st, b)
	return st, b, nil
}

func (c *briefingCache) lookup(st storage.Story) *brief.Briefing {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[st.ID]
	if !ok {
		return nil
	}
	cb := e.Value.(*cachedBriefing)
	if !cb.updated.Equal(st.Updated) || cb.articles != st.Articles {
		return nil
	}
	c.lru.MoveToFront(e)
	return cb.b
}

func (c *briefingCache) put(st storage.Story, b *brief.Briefing) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cb := &cachedBriefing{story: st.ID, updated: st.Updated, articles: st.Articles, b: b}
	if e, ok := c.items[st.ID]; ok {
		e.Value = cb
		c.lru.MoveToFront(e)
		return
	}
	c.items[st.ID] = c.lru.PushFront(cb)
	for c.lru.Len() > c.max {
		old := c.lru.Remove(c.lru.Back()).(*cachedBriefing)
		delete(c.items, old.story)
		delete(c.building, old.story)
	}
}

func buildBriefing(ctx context.Context, store Store, st storage.Story) (*brief.Briefing, error) {
	stored, err := store.StoryArticles(ctx, st.ID)
	if err != nil {
		return nil, err
	}
	arts := make([]article.Article, len(stored))
	dups := make(map[int64]int64)
	for i, a := range stored {
		arts[i] = a.Article
		if a.DuplicateOf != 0 {
			dups[a.ID] = a.DuplicateOf
		}
	}
	b, err := brief.Build(ctx, brief.Story{ID: st.ID, Title: st.Title}, arts, dups)
	if err != nil {
		return nil, fmt.Errorf("briefing story %d: %w", st.ID, err)
	}
	return b, nil
}
