package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// testArticle is an article to store for a test, with its placement.
type testArticle struct {
	site, title, body string
	published         time.Time
	story             int64
	duplicateOf       int64
}

var day = time.Date(2023, 9, 11, 8, 0, 0, 0, time.UTC)

// kimStory is a small story on which outlets agree on some facts, each in
// its own words (a paragraph printed word for word by another outlet would
// be a reuse, not a second witness), and disagree on the distance to the
// border.
var kimStory = []testArticle{
	{site: "Daily Planet", title: "Kim Jong Un travels to Russia for talks with Putin", published: day, story: 1, body: "North Korean leader Kim Jong Un left Pyongyang on Sunday aboard his armoured train for talks with Russian President Vladimir Putin.\n\n" +
		"The train will travel to Vladivostok, which is 75 miles from the North Korean border.\n\n" +
		"\"We will discuss weapons and satellites,\" Kremlin spokesman Dmitry Peskov said.\n\n" +
		"According to the New York Times, the two leaders will meet on Wednesday."},
	{site: "Morning Globe", title: "Kim heads to Vladivostok", published: day.Add(3 * time.Hour), story: 1, body: "Kim Jong Un, the North Korean leader, left Pyongyang on Sunday in his armoured train for talks with Russian President Vladimir Putin.\n\n" +
		"The train will travel to Vladivostok, which is 130 miles from the North Korean border.\n\n" +
		"South Korean media, citing government sources, said the summit could include a visit to a space centre."},
	{site: "Evening Star", title: "Putin to host Kim", published: day.Add(5 * time.Hour), story: 1, body: "North Korea's Kim Jong Un left Pyongyang by armoured train on Sunday, heading for talks with President Vladimir Putin.\n\n" +
		"Peskov said the visit would be a full-fledged one with negotiations.\n\n" +
		"The New York Times, citing US officials, reported that Putin wants artillery shells."},
	{site: "Chile Daily", title: "Earthquake shakes northern Chile", published: day.AddDate(0, -2, 0), story: 2, body: "An earthquake of magnitude 6.1 struck northern Chile on Monday.\n\nNo damage was reported, officials said."},
}

// openStore opens a real SQLite store in a temporary directory.
func openStore(t testing.TB) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "crosscheck.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// addArticles stores articles with their given placements and returns
// their ids.
func addArticles(t testing.TB, st *storage.Store, arts []testArticle) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for i, ta := range arts {
		origin := strings.ToLower(strings.ReplaceAll(ta.site, " ", "-")) + ".txt"
		page := source.Page{Origin: origin, Kind: source.KindText, Data: []byte(ta.title + "\n\n" + ta.body)}
		a := &article.Article{Origin: origin, Site: ta.site, Title: ta.title, Text: ta.body, Published: ta.published}
		_, err := st.Story(ctx, ta.story)
		pl := storage.Placement{Story: ta.story, NewStory: err != nil, StoryTitle: ta.title, DuplicateOf: ta.duplicateOf}
		if ta.duplicateOf != 0 {
			pl.DuplicateKind = "near"
		}
		if _, err := st.AddArticle(ctx, page, a, storage.PageHash(page.Data), func(context.Context, article.Article) (storage.Placement, error) {
			return pl, nil
		}); err != nil {
			t.Fatalf("adding article %d: %v", i, err)
		}
		ids = append(ids, a.ID)
	}
	return ids
}

// newTestServer serves a store holding kimStory.
func newTestServer(t testing.TB, opts Options) (*httptest.Server, *storage.Store) {
	t.Helper()
	st := openStore(t)
	addArticles(t, st, kimStory)
	return newTestServerOn(t, st, opts)
}

// newTestServerOn serves st.
func newTestServerOn(t testing.TB, st *storage.Store, opts Options) (*httptest.Server, *storage.Store) {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	h, err := New(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t testing.TB, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	return resp, readBody(t, resp)
}

func readBody(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// addHostile stores a hostile HTML page as the only article of story 1,
// with its markup also in the article's fields, as a careless extractor
// would leave it.
func addHostile(t testing.TB, st *storage.Store, html string) int64 {
	t.Helper()
	page := source.Page{Origin: "hostile.html", URL: "javascript:alert(1)", Kind: source.KindHTML, Data: []byte(html)}
	a := &article.Article{
		Origin: "hostile.html", URL: "javascript:alert(1)", Site: `<script>window.pwned=10</script>`,
		Title: `Markets fall <img src=x onerror="window.pwned=4">`,
		Text:  "Stocks fell sharply on Monday. <a href=\"javascript:window.pwned=5\">Read more</a>\n\n<svg><script>window.pwned=6</script></svg> <object data=\"javascript:1\"></object>",
	}
	if _, err := st.AddArticle(context.Background(), page, a, storage.PageHash(page.Data), func(context.Context, article.Article) (storage.Placement, error) {
		return storage.Placement{Story: 1, NewStory: true, StoryTitle: a.Title}, nil
	}); err != nil {
		t.Fatal(err)
	}
	return a.ID
}
