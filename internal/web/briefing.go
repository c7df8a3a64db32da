package web

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"runtime/debug"
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

// cachedBriefing is one built briefing and, once a reader asked for the
// story page, the page's briefing part rendered.
type cachedBriefing struct {
	story    int64
	updated  time.Time
	articles int
	b        *brief.Briefing

	htmlOnce sync.Once
	html     template.HTML
	htmlErr  error

	jsonOnce sync.Once
	json     []byte
	jsonErr  error
}

// encoded returns the briefing as the API sends it, encoding it on first
// use: a briefing is read far more often than it changes.
func (cb *cachedBriefing) encoded() ([]byte, error) {
	cb.jsonOnce.Do(func() {
		var buf bytes.Buffer
		cb.jsonErr = json.NewEncoder(&buf).Encode(cb.b)
		cb.json = buf.Bytes()
	})
	return cb.json, cb.jsonErr
}

// rendered returns the briefing's HTML, rendering it on first use.
func (cb *cachedBriefing) rendered(render func(*brief.Briefing) (template.HTML, error)) (template.HTML, error) {
	cb.htmlOnce.Do(func() { cb.html, cb.htmlErr = render(cb.b) })
	return cb.html, cb.htmlErr
}

func newBriefingCache(store Store, max int) *briefingCache {
	return &briefingCache{store: store, max: max, items: make(map[int64]*list.Element), lru: list.New(), building: make(map[int64]*sync.Mutex)}
}

// get returns the story (resolved through merges) and its briefing.
func (c *briefingCache) get(ctx context.Context, id int64) (storage.Story, *brief.Briefing, error) {
	st, cb, err := c.entry(ctx, id)
	if err != nil {
		return st, nil, err
	}
	return st, cb.b, nil
}

// entry is get returning the cache entry, for callers that cache more.
func (c *briefingCache) entry(ctx context.Context, id int64) (storage.Story, *cachedBriefing, error) {
	st, err := c.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	if cb := c.lookup(st); cb != nil {
		return st, cb, nil
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
	if cb := c.lookup(st); cb != nil {
		return st, cb, nil
	}
	b, err := buildBriefing(ctx, c.store, st)
	if err != nil {
		return st, nil, err
	}
	cb := &cachedBriefing{story: st.ID, updated: st.Updated, articles: st.Articles, b: b}
	c.put(cb)
	return st, cb, nil
}

func (c *briefingCache) lookup(st storage.Story) *cachedBriefing {
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
	return cb
}

func (c *briefingCache) put(cb *cachedBriefing) {
	if c.max == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[cb.story]; ok {
		e.Value = cb
		c.lru.MoveToFront(e)
		return
	}
	c.items[cb.story] = c.lru.PushFront(cb)
	for c.lru.Len() > c.max {
		old := c.lru.Remove(c.lru.Back()).(*cachedBriefing)
		delete(c.items, old.story)
		delete(c.building, old.story)
	}
}

// errBuildPanicked marks a briefing whose build panicked. One bad story
// must not take the server down (Warm builds outside any request, where
// nothing else would recover), so the panic becomes this story's error.
var errBuildPanicked = errors.New("building the briefing failed")

func buildBriefing(ctx context.Context, store Store, st storage.Story) (b *brief.Briefing, err error) {
	defer func() {
		if p := recover(); p != nil {
			b, err = nil, fmt.Errorf("story %d: %w: %v\n%s", st.ID, errBuildPanicked, p, debug.Stack())
		}
	}()
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
	b, err = brief.Build(ctx, brief.Story{ID: st.ID, Title: st.Title}, arts, dups)
	if err != nil {
		return nil, fmt.Errorf("briefing story %d: %w", st.ID, err)
	}
	return b, nil
}
