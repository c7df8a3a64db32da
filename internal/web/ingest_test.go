package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/fetch"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// lineIngester stores each page as an article whose title is its first
// line, each in a story of its own: enough pipeline to test the server's
// side of ingest against the real store.
func lineIngester(st *storage.Store) IngestFunc {
	var mu sync.Mutex
	return func(ctx context.Context, p source.Page) Outcome {
		mu.Lock()
		defer mu.Unlock()
		o := Outcome{Origin: p.Origin}
		if id, err := st.PageArticle(ctx, storage.PageHash(p.Data)); err == nil {
			o.Article, o.Unchanged = id, true
			return o
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(p.Data)), "\n")
		if p.Kind == source.KindBinary {
			o.Error = fmt.Sprintf("%s: %v", p.Origin, source.ErrBinary)
			return o
		}
		next, err := st.MaxStoryID(ctx)
		if err != nil {
			o.Error = err.Error()
			return o
		}
		a := &article.Article{Origin: p.Origin, URL: p.URL, Title: title, Text: strings.TrimSpace(body)}
		pl, err := st.AddArticle(ctx, p, a, storage.PageHash(p.Data), func(context.Context, article.Article) (storage.Placement, error) {
			return storage.Placement{Story: next + 1, NewStory: true, StoryTitle: title}, nil
		})
		if err != nil {
			o.Error = err.Error()
			return o
		}
		o.Article, o.Story, o.Title, o.NewStory = a.ID, pl.Story, title, true
		return o
	}
}

func decodeResult(t *testing.T, body string) ingestResult {
	t.Helper()
	var res ingestResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatalf("ingest answer %q: %v", body, err)
	}
	return res
}

func TestIngestAPI(t *testing.T) {
	st := openStore(t)
	srv, _ := newTestServerOn(t, st, Options{Ingest: lineIngester(st), MaxUpload: 4096})

	resp, body := postJSON(t, srv.URL+"/api/v1/ingest", `{"pages":[{"origin":"a.txt","content":"Flood in Valencia\nRivers rose overnight."},{"origin":"empty.txt","content":"  "}]}`)
	if resp.StatusCode != 200 {
		t.Fatalf("JSON ingest: status %d: %s", resp.StatusCode, body)
	}
	res := decodeResult(t, body)
	if res.Added != 1 || res.Failed != 1 || res.Outcomes[0].Story == 0 || !strings.Contains(res.Outcomes[1].Error, "empty") {
		t.Errorf("JSON ingest = %+v", res)
	}
	if _, page := get(t, srv.URL+"/"); !strings.Contains(page, "Flood in Valencia") {
		t.Error("ingested story is not listed")
	}

	// The same bytes again are reported as already stored.
	_, body = postJSON(t, srv.URL+"/api/v1/ingest", `{"pages":[{"origin":"again.txt","content":"Flood in Valencia\nRivers rose overnight."}]}`)
	if res := decodeResult(t, body); res.Unchanged != 1 {
		t.Errorf("re-ingest = %+v, want 1 unchanged", res)
	}

	ct, form := multipartBody(t, map[string]string{"../../up.txt": "Storm in Oslo\nWinds reached 120 km/h.", "b.bin": "\x00\x01\x02\x03binary"}, map[string]string{"text": "Fire in Perth\nBushfire spread."})
	resp, err := http.Post(srv.URL+"/api/v1/ingest", ct, form)
	if err != nil {
		t.Fatal(err)
	}
	body = readBody(t, resp)
	res = decodeResult(t, body)
	origins := map[string]Outcome{}
	for _, o := range res.Outcomes {
		origins[o.Origin] = o
	}
	if o, ok := origins["up.txt"]; !ok || o.Error != "" {
		t.Errorf("uploaded up.txt: %+v (all: %+v)", o, res.Outcomes)
	}
	if o, ok := origins["pasted text"]; !ok || o.Error != "" {
		t.Errorf("pasted text: %+v", o)
	}
	if res.Failed != 1 {
		t.Errorf("multipart ingest = %+v, want the binary file to fail", res)
	}
	for _, o := range res.Outcomes {
		if strings.Contains(o.Origin+o.Error, "crosscheck-upload-") {
			t.Errorf("outcome leaks the temporary directory: %+v", o)
		}
	}

	for _, tc := range []struct {
		name, contentType, body string
		code                    int
	}{
		{"too large", "application/json", `{"pages":[{"content":"` + strings.Repeat("x", 5000) + `"}]}`, 413},
		{"bad JSON", "application/json", `{"pages":`, 400},
		{"unknown field", "application/json", `{"files":[]}`, 400},
		{"nothing", "application/json", `{}`, 400},
		{"wrong type", "text/plain", `hello`, 400},
		{"trailing garbage", "application/json", `{"pages":[{"origin":"g.txt","content":"Garbage after\nthe body."}]}garbage`, 400},
		{"second object", "application/json", `{"pages":[{"origin":"h.txt","content":"Two bodies\nin one request."}]} {"urls":[]}`, 400},
	} {
		resp, err := http.Post(srv.URL+"/api/v1/ingest", tc.contentType, strings.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		body := readBody(t, resp)
		if resp.StatusCode != tc.code || !strings.Contains(body, `"error"`) {
			t.Errorf("%s: status %d, body %s; want %d with an error", tc.name, resp.StatusCode, body, tc.code)
		}
	}
}

// TestIngestRefusesCrossOrigin checks that a page on another site cannot
// make a visitor's browser post to the ingest form or API.
func TestIngestRefusesCrossOrigin(t *testing.T) {
	st := openStore(t)
	srv, _ := newTestServerOn(t, st, Options{Ingest: lineIngester(st)})
	for _, path := range []string{"/ingest", "/api/v1/ingest"} {
		for _, h := range []map[string]string{{"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}} {
			ct, form := multipartBody(t, nil, map[string]string{"text": "Planted story\nText."})
			req, _ := http.NewRequest(http.MethodPost, srv.URL+path, form)
			req.Header.Set("Content-Type", ct)
			for k, v := range h {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("POST %s with %v: status %d, want 403: %s", path, h, resp.StatusCode, body)
			}
		}
	}
	if stories, _ := st.Stories(context.Background(), storage.StoryFilter{}); len(stories) != 0 {
		t.Errorf("a cross-origin post stored %d stories", len(stories))
	}
}

func TestIngestDisabled(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	resp, body := postJSON(t, srv.URL+"/api/v1/ingest", `{"pages":[{"content":"x"}]}`)
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "not available") {
		t.Errorf("ingest without an ingester: %d %s", resp.StatusCode, body)
	}
}

func TestIngestForm(t *testing.T) {
	st := openStore(t)
	srv, _ := newTestServerOn(t, st, Options{Ingest: lineIngester(st)})
	ct, form := multipartBody(t, nil, map[string]string{"text": "Quake in Lima\nBuildings shook.", "urls": "http://127.0.0.1:1/x"})
	resp, err := http.Post(srv.URL+"/ingest", ct, form)
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, resp)
	for _, want := range []string{"1 added", "failed", "pasted text", "fetching URLs is not enabled", `href="/stories/1"`} {
		if !strings.Contains(body, want) {
			t.Errorf("results page lacks %q", want)
		}
	}
}

// TestIngestURLs ingests URLs through the project's fetcher, which must
// refuse this machine's addresses unless told otherwise.
func TestIngestURLs(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Heatwave in Madrid\nTemperatures reached 44C."))
	}))
	defer page.Close()
	for _, tc := range []struct {
		allowPrivate bool
		url          string
		want         string // in the outcome's error; empty for success
	}{
		{false, page.URL + "/a", "not allowed"},
		{true, page.URL + "/a", ""},
		{true, "/etc/passwd", "not an http or https URL"},
		{true, "file:///etc/passwd", "not an http or https URL"},
	} {
		st := openStore(t)
		reader := &source.Reader{Fetch: fetch.New(fetch.Options{AllowPrivate: tc.allowPrivate, Delay: time.Millisecond}).Fetch}
		srv, _ := newTestServerOn(t, st, Options{Ingest: lineIngester(st), Reader: reader})
		_, body := postJSON(t, srv.URL+"/api/v1/ingest", `{"urls":["`+tc.url+`"]}`)
		res := decodeResult(t, body)
		if len(res.Outcomes) != 1 {
			t.Fatalf("%s: outcomes %+v", tc.url, res.Outcomes)
		}
		o := res.Outcomes[0]
		if tc.want == "" && (o.Error != "" || o.Title != "Heatwave in Madrid") || tc.want != "" && !strings.Contains(o.Error, tc.want) {
			t.Errorf("ingesting %s (allow private %v): %+v, want error %q", tc.url, tc.allowPrivate, o, tc.want)
		}
	}
}
