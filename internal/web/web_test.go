package web

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"maps"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/storage"
)

func TestPages(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		path string
		code int
		want []string
	}{
		{"/", 200, []string{"Kim Jong Un travels to Russia for talks with Putin", "Earthquake shakes northern Chile", `href="/stories/1"`}},
		{"/?outlet=chile+daily", 200, []string{"Earthquake shakes northern Chile"}},
		{"/?since=2023-09-01&until=2023-09-30", 200, []string{"Kim Jong Un travels"}},
		{"/?since=yesterday", 400, []string{"since must be a date"}},
		{"/stories/1", 200, []string{"agreed by all", "Facts × outlets", "Daily Planet", "Morning Globe", "Evening Star", `class="cell reports"`, `href="/stories/1/export/md"`, "<mark>"}},
		{"/stories/99", 404, []string{"story 99: not found"}},
		{"/stories/abc", 404, nil},
		{"/articles/1", 200, []string{`id="s0"`, "hl agreed", `sandbox=""`, `src="/articles/1/original"`}},
		{"/articles/1/original", 200, []string{"North Korean leader"}},
		{"/search?q=vladivostok", 200, []string{"<mark>Vladivostok</mark>", `href="/articles/1"`}},
		{"/search?q=zzzznothing", 200, []string{"Nothing matches"}},
		{"/ingest", 200, []string{"read-only"}},
		{"/static/style.css", 200, []string{"--conflict"}},
	} {
		resp, body := get(t, srv.URL+tc.path)
		if resp.StatusCode != tc.code {
			t.Errorf("GET %s: status %d, want %d", tc.path, resp.StatusCode, tc.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %q", tc.path, w)
			}
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, path := range []string{"/", "/stories/1", "/api/v1/stories", "/nothing"} {
		resp, _ := get(t, srv.URL+path)
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP allows inline code: %q", path, csp)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q", path, got)
		}
		if resp.Header.Get("Referrer-Policy") == "" {
			t.Errorf("GET %s: no Referrer-Policy", path)
		}
	}
	resp, _ := get(t, srv.URL+"/articles/1/original")
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox;") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("original page CSP = %q, want a sandbox that loads nothing", csp)
	}
}

// TestHostileArticleEscaped stores an article whose every field is
// markup and checks that none of it reaches a page as markup.
func TestHostileArticleEscaped(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	hostile := `<script>window.pwned=1</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>`
	ids := addArticles(t, st, []testArticle{{site: hostile, title: hostile, body: "Hostile " + hostile + " text.", story: 7}})
	for _, path := range []string{"/", "/stories/7", "/articles/" + itoa(ids[0]), "/search?q=hostile"} {
		resp, body := get(t, srv.URL+path)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: status %d", path, resp.StatusCode)
		}
		for _, bad := range []string{"<script>window", "<img src=x", `href="javascript:`} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: page contains unescaped %q", path, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("GET %s: escaped hostile text missing", path)
		}
	}
}

func TestAPI(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		path    string
		code    int
		wantKey string // a top-level key of the JSON answer
	}{
		{"/api/v1/health", 200, "status"},
		{"/api/v1/stories", 200, "stories"},
		{"/api/v1/stories?limit=1", 200, "stories"},
		{"/api/v1/stories?limit=0", 400, "error"},
		{"/api/v1/stories?sort=outlets", 200, "stories"},
		{"/api/v1/stories?sort=conflicts", 400, "error"},
		{"/api/v1/stories/1", 200, "articles"},
		{"/api/v1/stories/1/briefing", 200, "agreed"},
		{"/api/v1/stories/42/briefing", 404, "error"},
		{"/api/v1/articles/2", 200, "text"},
		{"/api/v1/articles/0", 404, "error"},
		{"/api/v1/search?q=earthquake", 200, "hits"},
		{"/api/v1/search", 400, "error"},
		{"/api/v1/nothing", 404, "error"},
		{"/api/v1/ingest", 405, "error"},
		{"/api/v1/openapi.json", 200, "openapi"},
	} {
		resp, body := get(t, srv.URL+tc.path)
		if resp.StatusCode != tc.code {
			t.Errorf("GET %s: status %d, want %d: %s", tc.path, resp.StatusCode, tc.code, body)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q", tc.path, ct)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Errorf("GET %s: not a JSON object: %v", tc.path, err)
			continue
		}
		if _, ok := m[tc.wantKey]; !ok {
			t.Errorf("GET %s: no %q in %s", tc.path, tc.wantKey, body)
		}
	}

	resp, err := http.Post(srv.URL+"/api/v1/stories/1", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET" {
		t.Errorf("POST /api/v1/stories/1: status %d, Allow %q; want 405, GET", resp.StatusCode, resp.Header.Get("Allow"))
	}

	_, body := get(t, srv.URL+"/api/v1/stories?limit=1")
	var list struct {
		Stories []struct {
			ID       int64
			Articles int
		}
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(1, len(list.Stories)); diff != "" {
		t.Errorf("stories with limit=1 (-want +got):\n%s", diff)
	}
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	raw, err := files.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Servers []struct{ URL string }
		Paths   map[string]map[string]json.RawMessage
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if len(doc.Servers) != 1 || doc.Servers[0].URL != "/api/v1" {
		t.Fatalf("servers = %+v, want one, /api/v1", doc.Servers)
	}
	routes := make(map[string]bool)
	for _, r := range apiRoutes {
		p := strings.TrimPrefix(r.path, "/api/v1")
		routes[strings.ToLower(r.method)+" "+p] = true
		if _, ok := doc.Paths[p][strings.ToLower(r.method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r.method, r.path)
		}
	}
	for p, ops := range doc.Paths {
		for method := range ops {
			if method == "parameters" {
				continue
			}
			if !routes[method+" "+p] {
				t.Errorf("openapi.json documents %s %s, which the server does not serve", method, p)
			}
		}
	}
}

// The sort parameter's documented values are the orders the store knows.
func TestOpenAPIDocumentsStoryOrders(t *testing.T) {
	raw, err := files.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name   string
				Schema struct {
					Enum    []storage.StoryOrder
					Default any
				}
			}
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	for _, p := range doc.Paths["/stories"]["get"].Parameters {
		if p.Name != "sort" {
			continue
		}
		if diff := cmp.Diff(storage.StoryOrders, p.Schema.Enum); diff != "" {
			t.Errorf("sort values (-store +openapi.json):\n%s", diff)
		}
		if p.Schema.Default != string(storage.OrderTop) {
			t.Errorf("sort default %q, want %q", p.Schema.Default, storage.OrderTop)
		}
		return
	}
	t.Error("openapi.json documents no sort parameter of GET /stories")
}

func TestExports(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for format, want := range map[string]string{"md": "# Kim Jong Un", "json": `"schema": "crosscheck.briefing/v1"`, "csv": "fact,status,text", "html": "<h1>Kim Jong Un travels to Russia for talks with Putin</h1>"} {
		resp, body := get(t, srv.URL+"/stories/1/export/"+format)
		if resp.StatusCode != 200 {
			t.Errorf("export %s: status %d", format, resp.StatusCode)
		}
		if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="story-1.`+format+`"` {
			t.Errorf("export %s: Content-Disposition %q", format, cd)
		}
		if !strings.Contains(body, want) {
			t.Errorf("export %s lacks %q:\n%s", format, want, body)
		}
	}
	if resp, _ := get(t, srv.URL+"/stories/1/export/exe"); resp.StatusCode != 404 {
		t.Errorf("unknown export format: status %d, want 404", resp.StatusCode)
	}
}

func TestBriefingFollowsStoryChanges(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	_, before := get(t, srv.URL+"/api/v1/stories/2/briefing")
	addArticles(t, st, []testArticle{{site: "Andes Post", title: "Quake in Chile", body: "An earthquake of magnitude 6.1 struck northern Chile on Monday.", story: 2}})
	_, after := get(t, srv.URL+"/api/v1/stories/2/briefing")
	if before == after {
		t.Errorf("briefing of story 2 did not change after an article was added:\n%s", after)
	}
	if !strings.Contains(after, "Andes Post") {
		t.Errorf("new outlet missing from rebuilt briefing:\n%s", after)
	}
}

func postJSON(t *testing.T, url, body string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return resp, readBody(t, resp)
}

func multipartBody(t *testing.T, files map[string]string, fields map[string]string) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		w, err := mw.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	return mw.FormDataContentType(), &buf
}

// panickyStore is the real store except that reading a story's articles
// panics, standing in for any stage that panics on a bad story.
type panickyStore struct{ *storage.Store }

func (panickyStore) StoryArticles(context.Context, int64) ([]storage.StoredArticle, error) {
	panic("boom")
}

func TestBriefingPanicIsAnError(t *testing.T) {
	st := openStore(t)
	addArticles(t, st, kimStory)
	srv, err := New(panickyStore{st}, Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	// Warm runs outside any request: a panic there would end the process.
	if err := srv.Warm(context.Background()); err != nil {
		t.Errorf("Warm: %v", err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	resp, body := get(t, ts.URL+"/api/v1/stories/1/briefing")
	if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(body, `"error"`) || strings.Contains(body, "boom") {
		t.Errorf("briefing of a story whose build panics: %d %s; want a 500 that does not leak the panic", resp.StatusCode, body)
	}
}
