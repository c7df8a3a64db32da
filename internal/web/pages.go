package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
	"crosscheck/internal/storage"
)

const storiesPerPage = 50

type listView struct {
	Filter  filterForm
	Sorts   []sortLink
	Stories []storage.Story
	Prev    string // query string of the previous page; empty on the first
	Next    string
}

// filterForm is the story list's filter as typed, to refill the form.
type filterForm struct {
	Query, Outlet, Since, Until string
	Sort                        storage.StoryOrder
	Offset                      int
}

// sortLink is one of the orders the list offers, as a link that keeps the
// filter.
type sortLink struct {
	Label, Href string
	Current     bool
}

// sortLabels names the story orders on the list page, in the order
// storage.StoryOrders gives them.
var sortLabels = map[storage.StoryOrder]string{
	storage.OrderTop:     "Top",
	storage.OrderNewest:  "Newest",
	storage.OrderOutlets: "Most outlets",
}

func (f filterForm) sorts() []sortLink {
	links := make([]sortLink, len(storage.StoryOrders))
	for i, o := range storage.StoryOrders {
		g := f
		g.Sort = o
		links[i] = sortLink{Label: sortLabels[o], Href: g.page(0), Current: o == f.Sort}
	}
	return links
}

func (f filterForm) page(offset int) string {
	v := url.Values{}
	for k, s := range map[string]string{"q": f.Query, "outlet": f.Outlet, "since": f.Since, "until": f.Until} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if f.Sort != storage.OrderTop {
		v.Set("sort", string(f.Sort))
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return "?" + v.Encode()
}

// storyFilter reads the list filter from a query string, shared by the
// list page and the API.
func storyFilter(q url.Values) (storage.StoryFilter, filterForm, error) {
	form := filterForm{Query: strings.TrimSpace(q.Get("q")), Outlet: strings.TrimSpace(q.Get("outlet")), Since: q.Get("since"), Until: q.Get("until")}
	f := storage.StoryFilter{Query: form.Query, Outlet: form.Outlet, Limit: storiesPerPage}
	var err error
	if f.Order, err = storage.ParseStoryOrder(q.Get("sort")); err != nil {
		return f, form, fmt.Errorf("%w: sort: %v", errBadRequest, err)
	}
	form.Sort = f.Order
	if f.Since, err = parseDay("since", form.Since); err != nil {
		return f, form, err
	}
	if f.Until, err = parseDay("until", form.Until); err != nil {
		return f, form, err
	}
	if !f.Until.IsZero() {
		f.Until = f.Until.AddDate(0, 0, 1) // the until day is included
	}
	if f.Limit, err = parseInt("limit", q.Get("limit"), storiesPerPage, 1, 500); err != nil {
		return f, form, err
	}
	if f.Offset, err = parseInt("offset", q.Get("offset"), 0, 0, 1<<31); err != nil {
		return f, form, err
	}
	form.Offset = f.Offset
	return f, form, nil
}

func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("%w: %s must be a date like 2023-09-04, not %q", errBadRequest, name, s)
	}
	return t, nil
}

func parseInt(name, s string, def, lo, hi int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%w: %s must be a whole number from %d to %d, not %q", errBadRequest, name, lo, hi, s)
	}
	return n, nil
}

func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%w: %q is not an id", errNotFound, s)
	}
	return id, nil
}

func (s *Server) storyList(w http.ResponseWriter, r *http.Request) error {
	f, form, err := storyFilter(r.URL.Query())
	if err != nil {
		return err
	}
	stories, err := s.store.Stories(r.Context(), f)
	if err != nil {
		return err
	}
	v := listView{Filter: form, Sorts: form.sorts(), Stories: stories}
	if f.Offset > 0 {
		v.Prev = form.page(max(f.Offset-f.Limit, 0))
	}
	if len(stories) == f.Limit {
		v.Next = form.page(f.Offset + f.Limit)
	}
	return s.render(w, http.StatusOK, "list", "Stories", v)
}

type storyView struct {
	Story storage.Story
	// Head is what the page shows around Body: the headline and date.
	Head    *briefings.Head
	Exports []string
	// Body is the briefing rendered by the "briefing" template.
	Body template.HTML
	// Related are the stories about the same people and places.
	Related []storage.RelatedStory
}

// briefingView is what the "briefing" template shows: a page of the
// briefing, the first or (All) the whole of it.
type briefingView struct {
	B      *brief.Briefing
	Totals briefings.Totals
	Matrix brief.Matrix
	Graph  graph
	// Cut says that the page holds part of the briefing; All that it
	// holds the whole, asked for with ?all.
	Cut, All bool
}

// storyPage shows a story's briefing: its first page (each list cut to
// briefings.PageItems, with a link to all of it), read from the store as
// stored, whatever the story's size: its head and rendered HTML, not the
// page itself, once a renderer of this build stored that; with ?all, the
// whole briefing.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	st, cb, err := s.briefings.entry(r.Context(), id)
	if err != nil {
		return err
	}
	if st.ID != id {
		http.Redirect(w, r, fmt.Sprintf("/stories/%d", st.ID), http.StatusMovedPermanently)
		return nil
	}
	h, err := cb.pageHead(r.Context())
	if err != nil {
		return err
	}
	if _, all := r.URL.Query()["all"]; all && h.Cut {
		b, err := cb.briefing(r.Context())
		if err != nil {
			return err
		}
		body, err := s.renderBriefing(briefings.Whole(b, h.Names))
		if err != nil {
			return err
		}
		related, err := s.relatedTo(r.Context(), st, h.Names)
		if err != nil {
			return err
		}
		v := storyView{Story: st, Head: h, Exports: exportFormats, Body: body, Related: related}
		return s.render(w, http.StatusOK, "story", h.Headline, v)
	}
	frag, err := cb.rendered(r.Context(), s.renderBriefing)
	if err != nil {
		return err
	}
	related, err := s.relatedTo(r.Context(), st, h.Names)
	if err != nil {
		return err
	}
	v := storyView{Story: st, Head: h, Exports: exportFormats, Body: bodyMark, Related: related}
	before, after, err := s.renderAround("story", h.Headline, v)
	if err != nil {
		return err
	}
	return writePage(w, r, pageParts{before: before, after: after, frag: frag})
}

// bodyMark stands for a page's stored part in the rest of the page as
// rendered (renderAround): escaped text never holds a NUL.
const bodyMark template.HTML = "\x00crosscheck-body\x00"

// renderAround renders a page whose data shows bodyMark once, and
// returns what comes before and after it.
func (s *Server) renderAround(name, title string, data any) (before, after []byte, err error) {
	t, ok := s.pages[name]
	if !ok {
		return nil, nil, fmt.Errorf("no template %q", name)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, view{Title: title, Data: data}); err != nil {
		return nil, nil, fmt.Errorf("rendering %s: %w", name, err)
	}
	before, after, ok = bytes.Cut(buf.Bytes(), []byte(bodyMark))
	if !ok {
		return nil, nil, fmt.Errorf("rendering %s: no place for the stored page", name)
	}
	return before, after, nil
}

// writePage answers with a page of a stored part: 304 when the client
// holds it already (If-None-Match), gzip when the client takes it (the
// stored part sent as stored), else uncompressed. Its entity tag is the
// page's CRC-32 and length, the same for both encodings (a weak tag).
func writePage(w http.ResponseWriter, r *http.Request, p pageParts) error {
	if notModified(w, r, "text/html; charset=utf-8", p.crc(), p.size()) {
		return nil
	}
	hd := w.Header()
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		hd.Set("Content-Encoding", "gzip")
		w.WriteHeader(http.StatusOK)
		return p.writeGzip(w)
	}
	hd.Set("Content-Length", strconv.FormatInt(p.size(), 10))
	w.WriteHeader(http.StatusOK)
	return p.writePlain(w)
}

// renderBriefing renders the part of the story page that depends only on
// the briefing. Rendering it is most of a story page's cost, so it is
// cached with the briefing when the cache is on; the rest of the page
// (how long ago the story changed, related stories) is rendered per
// request.
func (s *Server) renderBriefing(p *briefings.Page) (template.HTML, error) {
	var buf bytes.Buffer
	b := &p.Briefing
	v := briefingView{B: b, Totals: p.Totals, Matrix: p.Matrix, Graph: layoutCitations(b.Citations), Cut: p.Cut(), All: p.All}
	if err := s.pages["story"].ExecuteTemplate(&buf, "briefing", v); err != nil {
		return "", fmt.Errorf("rendering briefing of story %d: %w", b.Story.ID, err)
	}
	// html/template escaped every value above; the result is safe HTML.
	return template.HTML(buf.String()), nil
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	var hits []searchHit
	if q != "" {
		found, err := s.store.Search(r.Context(), q, 100)
		if err != nil {
			return err
		}
		for _, h := range found {
			hits = append(hits, searchHit{SearchHit: h, Parts: snippetParts(h.Snippet)})
		}
	}
	return s.render(w, http.StatusOK, "search", "Search", struct {
		Query string
		Hits  []searchHit
	}{q, hits})
}

type searchHit struct {
	storage.SearchHit
	Parts []snippetPart
}

type snippetPart struct {
	Text string
	Hit  bool
}

// snippetParts splits a search snippet at the [ and ] the store puts
// around matched terms, so the template can mark them without trusting
// any markup.
func snippetParts(s string) []snippetPart {
	var parts []snippetPart
	for s != "" {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			break
		}
		if open > 0 {
			parts = append(parts, snippetPart{Text: s[:open]})
		}
		parts = append(parts, snippetPart{Text: s[open+1 : open+end], Hit: true})
		s = s[open+end+1:]
	}
	if s != "" {
		parts = append(parts, snippetPart{Text: s})
	}
	return parts
}
