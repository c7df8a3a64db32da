package web

import (
	"container/list"
	"context"
	"fmt"
	"html/template"
	"sync"
	"time"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
	"crosscheck/internal/storage"
)

// briefingCache keeps recently read briefings, decoded and rendered.
// Briefings are stored (package briefings); the cache saves reading,
// decoding and rendering them. The story's update time and article count
// are the version a cached briefing is checked against on every read.
// With the cache off (max 0) every request reads what it needs from the
// store: the first page for the story page, the encoded briefing for the
// API, the whole briefing only for exports and article pages.
type briefingCache struct {
	store Store
	max   int
	// keeper reads the stored briefings, and builds and stores those
	// that are not current.
	keeper *briefings.Keeper

	mu    sync.Mutex
	items map[int64]*list.Element
	lru   *list.List // front is most recently used
	// building serialises the first reads of the same story, so that a
	// burst of requests for a changed story reads (or builds) it once.
	building map[int64]*sync.Mutex
}

// cachedBriefing is one story's briefing in the forms readers asked for,
// each read from the store on first use: the first page and its HTML
// (the story page), the encoded briefing (the API), the whole briefing
// decoded (exports, article pages).
type cachedBriefing struct {
	keeper   *briefings.Keeper
	st       storage.Story
	updated  time.Time
	articles int

	head  lazy[*briefings.Head]
	page  lazy[*briefings.Page]
	frag  lazy[fragment]
	json  lazy[[]byte]
	whole lazy[*brief.Briefing]
}

// firstPage returns the briefing's first page.
func (cb *cachedBriefing) firstPage(ctx context.Context) (*briefings.Page, error) {
	return cb.page.get(func() (*briefings.Page, error) { return cb.keeper.PageFor(ctx, cb.st) })
}

// pageHead returns what the story page shows around the rendered first
// page, with the stored rendered page.
func (cb *cachedBriefing) pageHead(ctx context.Context) (*briefings.Head, error) {
	return cb.head.get(func() (*briefings.Head, error) { return cb.keeper.HeadFor(ctx, cb.st) })
}

// encoded returns the briefing as the API sends it: as stored.
func (cb *cachedBriefing) encoded(ctx context.Context) ([]byte, error) {
	return cb.json.get(func() ([]byte, error) { return cb.keeper.EncodedFor(ctx, cb.st) })
}

// briefing returns the whole briefing, decoded.
func (cb *cachedBriefing) briefing(ctx context.Context) (*brief.Briefing, error) {
	return cb.whole.get(func() (*brief.Briefing, error) { return cb.keeper.BriefingFor(ctx, cb.st) })
}

// rendered returns the first page's HTML, compressed: as stored when
// this build rendered it before (at build time, or by an earlier reader;
// read with the page's head, without the page), else rendered now and
// stored beside the briefing, so that a page whose briefing did not
// change is not rendered again, cache or no cache.
func (cb *cachedBriefing) rendered(ctx context.Context, render func(*briefings.Page) (template.HTML, error)) (fragment, error) {
	return cb.frag.get(func() (fragment, error) {
		h, err := cb.pageHead(ctx)
		if err != nil {
			return fragment{}, err
		}
		if h.FragmentKey == fragmentKey {
			if f, ok := decodeFragment(h.Fragment); ok {
				// Rendered by these templates, which escaped every value.
				return f, nil
			}
		}
		p, err := cb.firstPage(ctx)
		if err != nil {
			return fragment{}, err
		}
		html, err := render(p)
		if err != nil {
			return fragment{}, err
		}
		f, err := compressFragment([]byte(html))
		if err != nil {
			return fragment{}, fmt.Errorf("compressing the page of story %d: %w", cb.st.ID, err)
		}
		// Best effort: the reader has the page either way.
		_, _ = cb.keeper.PutFragment(ctx, cb.st.ID, p, fragmentKey, f.encode())
		return f, nil
	})
}

// PageRenderer renders a briefing's first page as this build's story
// page stores it, for a Keeper outside a server (ingest, watch, the
// worker) to render each briefing when it builds it
// (briefings.Keeper.RenderWith).
func PageRenderer() (*briefings.Renderer, error) {
	pages, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	return (&Server{pages: pages}).fragmentRenderer(), nil
}

// fragmentRenderer renders a briefing's first page as the story page
// stores it (compressed), for the keeper to render at build time.
func (s *Server) fragmentRenderer() *briefings.Renderer {
	return &briefings.Renderer{Key: fragmentKey, Render: func(p *briefings.Page) ([]byte, error) {
		html, err := s.renderBriefing(p)
		if err != nil {
			return nil, err
		}
		f, err := compressFragment([]byte(html))
		if err != nil {
			return nil, err
		}
		return f.encode(), nil
	}}
}

// lazy is a value made on first use. Unlike sync.Once it keeps no
// failure: the request whose context ended, or whose read failed, leaves
// the next one to try again.
type lazy[T any] struct {
	mu   sync.Mutex
	done bool
	v    T
}

func (l *lazy[T]) get(fill func() (T, error)) (T, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done {
		return l.v, nil
	}
	v, err := fill()
	if err != nil {
		return v, err
	}
	l.v, l.done = v, true
	return v, nil
}

func newBriefingCache(store Store, keeper *briefings.Keeper, max int) *briefingCache {
	return &briefingCache{store: store, keeper: keeper, max: max, items: make(map[int64]*list.Element), lru: list.New(), building: make(map[int64]*sync.Mutex)}
}

// get returns the story (resolved through merges) and its whole
// briefing.
func (c *briefingCache) get(ctx context.Context, id int64) (storage.Story, *brief.Briefing, error) {
	st, cb, err := c.entry(ctx, id)
	if err != nil {
		return st, nil, err
	}
	b, err := cb.briefing(ctx)
	return st, b, err
}

// entry returns the story (resolved through merges) and its cache entry:
// a new one, filled as it is used, when the cache does not hold a current
// one or is off. An entry's fields are read with the context of the
// request that first asks for them.
func (c *briefingCache) entry(ctx context.Context, id int64) (storage.Story, *cachedBriefing, error) {
	st, err := c.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	if c.max == 0 {
		return st, c.newEntry(st), nil
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
	// Read (or build) the page's head now, under the lock: what most
	// readers ask for, and what builds a briefing that is not current.
	cb := c.newEntry(st)
	if _, err := cb.pageHead(ctx); err != nil {
		return st, nil, err
	}
	c.put(cb)
	return st, cb, nil
}

func (c *briefingCache) newEntry(st storage.Story) *cachedBriefing {
	return &cachedBriefing{keeper: c.keeper, st: st, updated: st.Updated, articles: st.Articles}
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
	if e, ok := c.items[cb.st.ID]; ok {
		e.Value = cb
		c.lru.MoveToFront(e)
		return
	}
	c.items[cb.st.ID] = c.lru.PushFront(cb)
	for c.lru.Len() > c.max {
		old := c.lru.Remove(c.lru.Back()).(*cachedBriefing)
		delete(c.items, old.st.ID)
		delete(c.building, old.st.ID)
	}
}
