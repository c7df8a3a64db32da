package storage

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/storage/pgtest"
)

// backends are the databases every store test runs against; each returns
// the DSN of an empty store.
var backends = []struct {
	name string
	dsn  func(t testing.TB) string
}{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "sub", "crosscheck.db") }},
	{"postgres", func(t testing.TB) string { return pgtest.DSN(t) }},
}

// eachBackend runs test once per backend, as a subtest named after it.
func eachBackend(t *testing.T, test func(t *testing.T, dsn string)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { test(t, b.dsn(t)) })
	}
}

func openTestStore(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func add(t *testing.T, s *Store, origin, site, title, body string, published time.Time, pl Placement) int64 {
	t.Helper()
	p := source.Page{Origin: origin, Kind: source.KindText, Data: []byte(title + "\n\n" + body)}
	a := &article.Article{Origin: origin, Site: site, Title: title, Text: body, Published: published, Authors: []string{"A. Writer"}}
	_, err := s.AddArticle(context.Background(), p, a, PageHash([]byte(body)), func(context.Context, article.Article) (Placement, error) {
		return pl, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return a.ID
}

func TestStoreStoriesAndSearch(t *testing.T) { eachBackend(t, testStoreStoriesAndSearch) }

func testStoreStoriesAndSearch(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	d1 := time.Date(2023, 9, 4, 18, 43, 0, 0, time.UTC)
	d2 := d1.Add(26 * time.Hour)
	a1 := add(t, s, "a.txt", "Daily Beast", "Kim heads to Russia", "Kim Jong Un left Pyongyang by armoured train.", d1, Placement{Story: 1, NewStory: true, StoryTitle: "Kim heads to Russia"})
	add(t, s, "b.txt", "NYT", "Kim to meet Putin", "Kim will meet Putin in Vladivostok.", d2, Placement{Story: 1})
	add(t, s, "c.txt", "Copycat", "Kim to meet Putin", "Kim will meet Putin in Vladivostok!", time.Time{}, Placement{Story: 1, DuplicateOf: a1, DuplicateKind: "near", Similarity: 0.9})
	add(t, s, "d.txt", "", "Quake in Chile", "An earthquake struck northern Chile.", time.Time{}, Placement{Story: 2, NewStory: true, StoryTitle: "Quake in Chile"})

	got, err := s.Stories(ctx, StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ignoreUpdated := cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Updated" }, cmp.Ignore())
	want := []Story{
		{ID: 1, Title: "Kim heads to Russia", Articles: 3, Outlets: 3, Duplicates: 1, First: d1, Last: d2, Recent: 1},
		{ID: 2, Title: "Quake in Chile", Articles: 1, Outlets: 1, Recent: 1, Thin: true},
	}
	if diff := cmp.Diff(want, got, ignoreUpdated); diff != "" {
		t.Errorf("Stories (-want +got):\n%s", diff)
	}
	for _, f := range []StoryFilter{{Query: "vladivostok"}, {Outlet: "nyt"}, {Since: d2}, {Until: d1.Add(time.Hour)}} {
		got, err := s.Stories(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != 1 {
			t.Errorf("Stories(%+v) = %+v, want story 1 only", f, got)
		}
	}
	hits, err := s.Search(ctx, `earthquake "chile*`, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Story != 2 || !strings.Contains(hits[0].Snippet, "[earthquake]") {
		t.Errorf("Search = %+v", hits)
	}

	// Reopening keeps everything and applies no migration twice.
	s.Close()
	s2, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	arts, err := s2.StoryArticles(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 3 || arts[0].ID != a1 || arts[0].Authors[0] != "A. Writer" || !arts[0].Published.Equal(d1) || arts[2].DuplicateOf != a1 {
		t.Errorf("StoryArticles = %+v", arts)
	}
	if id, err := s2.PageArticle(ctx, PageHash([]byte("Kim heads to Russia\n\nKim Jong Un left Pyongyang by armoured train."))); err != nil || id != a1 {
		t.Errorf("PageArticle = %d, %v; want %d", id, err, a1)
	}
	if _, err := s2.Story(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("Story(99) error = %v, want ErrNotFound", err)
	}
}

func TestStoreMergeAndRollback(t *testing.T) { eachBackend(t, testStoreMergeAndRollback) }

func testStoreMergeAndRollback(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	add(t, s, "a.txt", "A", "One", "First event text.", time.Time{}, Placement{Story: 1, NewStory: true})
	add(t, s, "b.txt", "B", "Two", "Second event text.", time.Time{}, Placement{Story: 2, NewStory: true})
	add(t, s, "c.txt", "C", "Both", "Text tying both.", time.Time{}, Placement{Story: 1, Merged: []int64{2}})
	st, err := s.Story(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Story 1 was opened untitled; the first headline to join it names it.
	if st.Title != "Both" {
		t.Errorf("story title = %q, want %q", st.Title, "Both")
	}
	if st.ID != 1 || st.Articles != 3 {
		t.Errorf("Story(2) after merge = %+v, want story 1 with 3 articles", st)
	}

	// A failing placement stores nothing.
	p := source.Page{Origin: "d.txt", Kind: source.KindText, Data: []byte("fails")}
	_, err = s.AddArticle(ctx, p, &article.Article{Origin: "d.txt", Text: "fails"}, "h", func(context.Context, article.Article) (Placement, error) {
		return Placement{}, errors.New("boom")
	})
	if err == nil {
		t.Fatal("AddArticle with a failing placement succeeded")
	}
	if _, err := s.PageArticle(ctx, PageHash([]byte("fails"))); !errors.Is(err, ErrNotFound) {
		t.Errorf("page of a failed add was stored: %v", err)
	}
}

// A new SQLite store has 16 kB pages and is in WAL mode; a store made
// with 4 kB pages keeps them and opens as before.
func TestSQLitePageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pragmas := func(path string) (int, string) {
		t.Helper()
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var n int
		var mode string
		if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		return n, mode
	}
	if size, mode := pragmas(filepath.Join(dir, "new.db")); size != 16384 || mode != "wal" {
		t.Errorf("new store: page size %d, journal mode %q; want 16384, wal", size, mode)
	}
	old := filepath.Join(dir, "old.db")
	db, err := sql.Open("sqlite", "file:"+old+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE made_before (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if size, mode := pragmas(old); size != 4096 || mode != "wal" {
		t.Errorf("store made with 4 kB pages: page size %d, journal mode %q after opening; want 4096, wal", size, mode)
	}
}
