// Package web serves crosscheck's stories to people and programs: pages
// rendered on the server with html/template (usable without JavaScript)
// and a JSON API under /api/v1, documented by an embedded OpenAPI file.
//
// Everything that came from a scraped page is hostile. Templates escape it,
// every response carries a strict Content-Security-Policy, and the original
// page is only ever shown as escaped text or from a route whose own policy
// sandboxes it.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"crosscheck/internal/briefings"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// Store is what the server reads from the store.
type Store interface {
	Stories(ctx context.Context, f storage.StoryFilter) ([]storage.Story, error)
	Story(ctx context.Context, id int64) (storage.Story, error)
	StoryArticles(ctx context.Context, story int64) ([]storage.StoredArticle, error)
	Article(ctx context.Context, id int64) (storage.StoredArticle, error)
	PageData(ctx context.Context, articleID int64) ([]byte, string, error)
	Search(ctx context.Context, query string, limit int) ([]storage.SearchHit, error)
	RelatedStories(ctx context.Context, story int64, names []string, limit int) ([]storage.RelatedStory, error)
	briefings.Store
}

// IngestFunc stores one page and says what became of it. The server does
// not know the pipeline; the command that starts it passes one in.
type IngestFunc func(ctx context.Context, p source.Page) Outcome

// Outcome is what became of one ingested input.
type Outcome struct {
	Origin    string `json:"origin"`
	Article   int64  `json:"article,omitempty"`
	Story     int64  `json:"story,omitempty"`
	Title     string `json:"title,omitempty"`
	Unchanged bool   `json:"unchanged,omitempty"`
	Duplicate string `json:"duplicate,omitempty"`
	NewStory  bool   `json:"new_story,omitempty"`
	// Skipped says why a page that is not an article was not stored.
	Skipped string `json:"skipped,omitempty"`
	Error   string `json:"error,omitempty"`
}

// Options configure a server; the zero value of each field is a usable
// default.
type Options struct {
	// Ingest stores uploaded, pasted and fetched pages; without it the
	// ingest page and endpoint answer 503.
	Ingest IngestFunc
	// Reader reads uploaded files and, when its Fetch is set, URLs given
	// for ingest (the fetcher decides which addresses it may reach). The
	// default reads files only, without containers.
	Reader *source.Reader
	// Briefings keeps the stored briefings current; nil means a keeper
	// of the server's own on its store. A process that also ingests
	// shares one with its ingester, so a story is built once at a time.
	Briefings *briefings.Keeper
	// BriefingCache is how many briefings are kept decoded; zero means
	// 1024, a negative number disables the cache (for measuring it).
	BriefingCache int
	// MaxUpload bounds one ingest request's body. Default 32 MiB.
	MaxUpload int64
	// Hosts, when not nil, are the host names the server answers to
	// besides loopback names and address literals; a request for any
	// other Host is refused (see checkHosts). Nil answers every Host.
	Hosts  []string
	Logger *slog.Logger
}

//go:embed templates static openapi.json
var files embed.FS

// Server serves crosscheck's pages and API; it is an http.Handler.
type Server struct {
	handler   http.Handler
	store     Store
	opts      Options
	log       *slog.Logger
	pages     map[string]*template.Template
	briefings *briefingCache
}

// New returns the server of the pages, the API and the assets.
func New(store Store, opts Options) (*Server, error) {
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = 32 << 20
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	pages, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	if opts.BriefingCache == 0 {
		opts.BriefingCache = 1024
	}
	keeper := opts.Briefings
	if keeper == nil {
		keeper = briefings.New(store)
	}
	s := &Server{store: store, opts: opts, log: opts.Logger, pages: pages, briefings: newBriefingCache(store, keeper, max(opts.BriefingCache, 0))}
	// Every briefing the keeper builds from now on (this server's or the
	// ingester's it shares) is stored with its page rendered.
	keeper.RenderWith(s.fragmentRenderer())
	s.handler = s.routes()
	return s, nil
}

// readWarmer is a store whose connections for reading can be opened
// ahead of the first requests (storage.Store.WarmReads).
type readWarmer interface {
	WarmReads(ctx context.Context) error
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Warm opens the store's connections for reading (a store that has a
// pool of its own for them), then builds, renders and encodes the
// briefings of the top stories (the list's first page and on), as many as
// the cache holds, so that the first readers do not wait for either. It
// is meant to run in the background after start.
func (s *Server) Warm(ctx context.Context) error {
	if w, ok := s.store.(readWarmer); ok {
		if err := w.WarmReads(ctx); err != nil {
			s.log.Warn("opening the store's read connections", "err", err)
		}
	}
	if s.briefings.max == 0 {
		return nil
	}
	start := time.Now()
	stories, err := s.store.Stories(ctx, storage.StoryFilter{Limit: s.briefings.max})
	if err != nil {
		return fmt.Errorf("warming briefings: %w", err)
	}
	for _, st := range stories {
		_, cb, err := s.briefings.entry(ctx, st.ID)
		if err == nil {
			_, err = cb.rendered(ctx, s.renderBriefing)
		}
		if err == nil {
			_, err = cb.encoded(ctx)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.log.Warn("warming briefing", "story", st.ID, "err", err)
		}
	}
	s.log.Info("briefings built", "stories", len(stories), "duration", time.Since(start).Round(time.Millisecond))
	return nil
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(files, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))

	mux.HandleFunc("GET /{$}", s.page(s.storyList))
	mux.HandleFunc("GET /stories/{id}", s.page(s.storyPage))
	mux.HandleFunc("GET /stories/{id}/export/{format}", s.page(s.export))
	mux.HandleFunc("GET /articles/{id}", s.page(s.articlePage))
	mux.HandleFunc("GET /articles/{id}/original", s.original)
	mux.HandleFunc("GET /search", s.page(s.searchPage))
	mux.HandleFunc("GET /ingest", s.page(s.ingestForm))
	mux.HandleFunc("POST /ingest", s.page(s.ingestSubmit))

	for _, route := range apiRoutes {
		mux.HandleFunc(route.method+" "+route.path, s.api(func(w http.ResponseWriter, r *http.Request) (any, error) {
			return route.handler(s, w, r)
		}))
	}
	mux.HandleFunc("/api/", s.api(func(w http.ResponseWriter, r *http.Request) (any, error) {
		if allow := allowedMethods(r.URL.Path); len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			return nil, fmt.Errorf("%w: %s takes %s, not %s", errMethod, r.URL.Path, strings.Join(allow, ", "), r.Method)
		}
		return nil, fmt.Errorf("%w: no such endpoint %s %s", errNotFound, r.Method, r.URL.Path)
	}))
	// Another site's page must not make a visitor's browser ingest or
	// fetch through this server: cross-origin POSTs are refused.
	csrf := http.NewCrossOriginProtection()
	deny := fmt.Errorf("%w: cross-origin request refused", errForbidden)
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			s.api(func(http.ResponseWriter, *http.Request) (any, error) { return nil, deny })(w, r)
			return
		}
		s.page(func(http.ResponseWriter, *http.Request) error { return deny })(w, r)
	}))
	return s.logRequests(securityHeaders(s.checkHosts(csrf.Handler(mux))))
}

// Serve serves h on addr until ctx is done, then shuts down gracefully.
// The timeouts keep a slow or stalled client from holding a connection.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	return ServeListener(ctx, ln, h, log)
}

// ServeListener is Serve on a listener the caller opened.
func ServeListener(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	if log == nil {
		log = slog.Default()
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads of many pages
		WriteTimeout:      5 * time.Minute, // ingest answers when every input is done
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		done <- srv.Shutdown(shutdown)
	}()
	log.Info("serving", "addr", "http://"+ln.Addr().String())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	}
	return <-done
}
