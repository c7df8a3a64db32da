package web

import (
	"fmt"
	"hash/crc32"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/briefings"
	"crosscheck/internal/storage"
)

// apiRoute is one endpoint of the JSON API. The table is what the server
// registers and what the OpenAPI test checks the document against.
type apiRoute struct {
	method, path string
	handler      func(s *Server, w http.ResponseWriter, r *http.Request) (any, error)
}

var apiRoutes = []apiRoute{
	{"GET", "/api/v1/health", (*Server).apiHealth},
	{"GET", "/api/v1/stories", (*Server).apiStories},
	{"GET", "/api/v1/stories/{id}", (*Server).apiStory},
	{"GET", "/api/v1/stories/{id}/briefing", (*Server).apiBriefing},
	{"GET", "/api/v1/articles/{id}", (*Server).apiArticle},
	{"GET", "/api/v1/search", (*Server).apiSearch},
	{"POST", "/api/v1/ingest", (*Server).apiIngest},
	{"GET", "/api/v1/openapi.json", (*Server).apiOpenAPI},
}

// allowedMethods lists the methods the API serves at path; the mux
// answers a known path with the wrong method here, in JSON.
func allowedMethods(path string) []string {
	var allow []string
	segs := strings.Split(path, "/")
	for _, r := range apiRoutes {
		pattern := strings.Split(r.path, "/")
		if len(pattern) != len(segs) {
			continue
		}
		match := true
		for i, p := range pattern {
			if p != segs[i] && !strings.HasPrefix(p, "{") {
				match = false
				break
			}
		}
		if match && !slices.Contains(allow, r.method) {
			allow = append(allow, r.method)
		}
	}
	return allow
}

func (s *Server) apiHealth(w http.ResponseWriter, r *http.Request) (any, error) {
	if _, err := s.store.Stories(r.Context(), storage.StoryFilter{Limit: 1}); err != nil {
		return nil, fmt.Errorf("%w: store: %v", errUnavailable, err)
	}
	return map[string]string{"status": "ok"}, nil
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) (any, error) {
	f, _, err := storyFilter(r.URL.Query())
	if err != nil {
		return nil, err
	}
	stories, err := s.store.Stories(r.Context(), f)
	if err != nil {
		return nil, err
	}
	if stories == nil {
		stories = []storage.Story{}
	}
	return map[string]any{"stories": stories, "limit": f.Limit, "offset": f.Offset}, nil
}

// articleSummary is an article without its body, for listings.
type articleSummary struct {
	ID            int64    `json:"id"`
	Title         string   `json:"title"`
	Outlet        string   `json:"outlet"`
	Origin        string   `json:"origin"`
	URL           string   `json:"url,omitempty"`
	Authors       []string `json:"authors,omitempty"`
	Published     string   `json:"published,omitempty"`
	DuplicateOf   int64    `json:"duplicate_of,omitempty"`
	DuplicateKind string   `json:"duplicate_kind,omitempty"`
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	st, err := s.store.Story(r.Context(), id)
	if err != nil {
		return nil, err
	}
	arts, err := s.store.StoryArticles(r.Context(), st.ID)
	if err != nil {
		return nil, err
	}
	list := make([]articleSummary, len(arts))
	for i, a := range arts {
		list[i] = articleSummary{ID: a.ID, Title: a.Title, Outlet: a.Outlet(), Origin: a.Origin, URL: a.URL, Authors: a.Authors,
			DuplicateOf: a.DuplicateOf, DuplicateKind: a.DuplicateKind}
		if !a.Published.IsZero() {
			list[i].Published = a.Published.Format("2006-01-02T15:04:05Z07:00")
		}
	}
	related, err := s.related(r.Context(), st, arts)
	if err != nil {
		return nil, err
	}
	return map[string]any{"story": st, "articles": list, "related": related}, nil
}

func (s *Server) apiBriefing(w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	st, cb, err := s.briefings.entry(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		// As stored, compressed when it was built: a tenth of the JSON.
		var written error
		err := s.briefings.keeper.WriteGzip(r.Context(), st, func(gz []byte) error {
			crc, size, _ := briefings.GzipTrailer(gz)
			written = writeBriefing(w, r, crc, size, "gzip", gz)
			return written
		})
		if err != nil && written == nil {
			return nil, fmt.Errorf("encoding briefing of story %d: %w", id, err)
		}
		return nil, err
	}
	if s.briefings.max == 0 {
		// No cache to keep it in: the stored bytes go to the client as
		// the store read them.
		var written error
		err := s.briefings.keeper.WriteEncoded(r.Context(), st, func(enc []byte) error {
			written = writeBriefing(w, r, crc32.ChecksumIEEE(enc), uint32(len(enc)), "", enc)
			return written
		})
		if err != nil && written == nil {
			return nil, fmt.Errorf("encoding briefing of story %d: %w", id, err)
		}
		return nil, err
	}
	body, err := cb.encoded(r.Context())
	if err != nil {
		return nil, fmt.Errorf("encoding briefing of story %d: %w", id, err)
	}
	return nil, writeBriefing(w, r, crc32.ChecksumIEEE(body), uint32(len(body)), "", body)
}

// writeBriefing answers with an encoded briefing, in the given content
// coding ("" for none), or 304 when the client holds it already. Its
// entity tag is the JSON's CRC-32 and length (modulo 2^32, as gzip's
// trailer has them), the same for either coding: a weak tag.
func writeBriefing(w http.ResponseWriter, r *http.Request, crc, size uint32, coding string, body []byte) error {
	if notModified(w, r, "application/json; charset=utf-8", crc, int64(size)) {
		return nil
	}
	hd := w.Header()
	if coding != "" {
		hd.Set("Content-Encoding", coding)
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(body)
	return err
}

// notModified sets the headers a stored body is revalidated with (a weak
// entity tag of its CRC-32 and length, the same for every content
// coding) and answers 304 when the client holds that body already.
func notModified(w http.ResponseWriter, r *http.Request, contentType string, crc uint32, size int64) bool {
	tag := fmt.Sprintf(`W/"%08x-%x"`, crc, size)
	hd := w.Header()
	hd.Set("Content-Type", contentType)
	hd.Set("ETag", tag)
	hd.Set("Vary", "Accept-Encoding")
	hd.Set("Cache-Control", "no-cache")
	if !matchesETag(r.Header.Get("If-None-Match"), tag) {
		return false
	}
	w.WriteHeader(http.StatusNotModified)
	return true
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return s.store.Article(r.Context(), id)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) (any, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return nil, fmt.Errorf("%w: the query parameter q is required", errBadRequest)
	}
	limit, err := parseInt("limit", r.URL.Query().Get("limit"), 50, 1, 500)
	if err != nil {
		return nil, err
	}
	hits, err := s.store.Search(r.Context(), q, limit)
	if err != nil {
		return nil, err
	}
	if hits == nil {
		hits = []storage.SearchHit{}
	}
	return map[string]any{"query": q, "hits": hits}, nil
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) (any, error) {
	doc, err := files.ReadFile("openapi.json")
	if err != nil {
		return nil, err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err = w.Write(doc)
	return nil, err
}
