package web

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"html/template"
	"sync"
	"time"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
	"crosscheck/internal/storage"
)

// briefingCache keeps recently read briefings, decoded and rendered.
// Briefings are stored (package briefings); the cache saves decoding and
// rendering them. The story's update time and article count are the
// version a cached briefing is checked against on every read.
type briefingCache struct {
	store Store
	max   int
	// keeper reads the stored briefings, and builds and stores those
	// that are not current.
	keeper *briefings.Keeper

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

func newBriefingCache(store Store, keeper *briefings.Keeper, max int) *briefingCache {
	return &briefingCache{store: store, keeper: keeper, max: max, items: make(map[int64]*list.Element), lru: list.New(), building: make(map[int64]*sync.Mutex)}
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
	st, b, err := c.keeper.Briefing(ctx, st.ID)
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
