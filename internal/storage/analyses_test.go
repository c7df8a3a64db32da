package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

func newArticle(origin, body string, an *Analysis) NewArticle {
	return NewArticle{
		Page:     source.Page{Origin: origin, Kind: source.KindText, Data: []byte(origin + "\n" + body)},
		Article:  &article.Article{Origin: origin, Site: origin, Title: origin, Text: body},
		BodyHash: PageHash([]byte(body)),
		Analysis: an,
	}
}

func TestAnalysesStoredWithArticles(t *testing.T) { eachBackend(t, testAnalysesStoredWithArticles) }

func testAnalysesStoredWithArticles(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	batch := []NewArticle{
		newArticle("a", "Alpha text.", &Analysis{Version: "v1", Doc: []byte(`{"a":1}`)}),
		newArticle("b", "Beta text.", &Analysis{Version: "v1", Doc: []byte(`{"b":2}`)}),
		newArticle("c", "Gamma text.", nil), // its analysis failed: stored all the same
		newArticle("d", "Delta text.", &Analysis{Version: "v1", Doc: []byte(`{"d":4}`)}),
	}
	added, err := s.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (Placement, error) {
		if i == 1 {
			return Placement{}, errors.New("placement refused")
		}
		return Placement{Story: 1, NewStory: i == 0}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if added[1].Err == nil {
		t.Fatal("the refused article was stored")
	}
	got, err := s.StoryAnalyses(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	a, d := batch[0].Article.ID, batch[3].Article.ID
	if len(got) != 2 || string(got[a].Doc) != `{"a":1}` || string(got[d].Doc) != `{"d":4}` || got[a].Version != "v1" {
		t.Fatalf("StoryAnalyses = %+v, want the analyses of articles %d and %d", got, a, d)
	}
	// The refused article's analysis went with it.
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM analyses`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d analyses stored (%v), want 2", n, err)
	}

	// Stale: c (none) under v1; all three under v2, in id order, from a
	// cursor.
	if n, err := s.CountStaleAnalyses(ctx, "v1"); err != nil || n != 1 {
		t.Errorf("CountStaleAnalyses(v1) = %d, %v; want 1", n, err)
	}
	stale, err := s.StaleAnalyses(ctx, "v2", 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) != 2 || stale[0].ID != a || stale[1].ID != batch[2].Article.ID || stale[1].Text != "Gamma text." {
		t.Fatalf("StaleAnalyses(v2, 0, 2) = %v", ids(stale))
	}
	if err := s.PutAnalyses(ctx, []Analysis{{Article: a, Version: "v2", Doc: []byte(`{"a":2}`)}, {Article: stale[1].ID, Version: "v2", Doc: []byte(`{}`)}}); err != nil {
		t.Fatal(err)
	}
	rest, err := s.StaleAnalyses(ctx, "v2", stale[1].ID, 10)
	if err != nil || len(rest) != 1 || rest[0].ID != d {
		t.Fatalf("StaleAnalyses after the cursor = %v, %v; want [%d]", ids(rest), err, d)
	}
	if n, err := s.CountStaleAnalyses(ctx, "v2"); err != nil || n != 1 {
		t.Errorf("CountStaleAnalyses(v2) = %d, %v; want 1", n, err)
	}
	got, _ = s.StoryAnalyses(ctx, 1)
	if string(got[a].Doc) != `{"a":2}` || got[a].Version != "v2" {
		t.Errorf("replaced analysis = %+v", got[a])
	}
	// An analysis of an article not stored is refused whole.
	if err := s.PutAnalyses(ctx, []Analysis{{Article: d, Version: "v2", Doc: []byte(`{}`)}, {Article: 999, Version: "v2", Doc: []byte(`{}`)}}); err == nil {
		t.Error("PutAnalyses of a missing article succeeded")
	}
	if n, _ := s.CountStaleAnalyses(ctx, "v2"); n != 1 {
		t.Errorf("a refused PutAnalyses wrote some: %d stale, want 1", n)
	}
}

func ids(arts []StoredArticle) []int64 {
	var out []int64
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestStoredBriefings(t *testing.T) { eachBackend(t, testStoredBriefings) }

func testStoredBriefings(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	add(t, s, "a.txt", "A", "One", "First event text.", time.Time{}, Placement{Story: 1, NewStory: true})
	add(t, s, "b.txt", "B", "Two", "Second event text.", time.Time{}, Placement{Story: 2, NewStory: true})
	stale, err := s.StaleBriefings(ctx, "v1", 10)
	if err != nil || fmt.Sprint(stale) != "[2 1]" {
		t.Fatalf("StaleBriefings on a new store = %v, %v; want [2 1]", stale, err)
	}
	st, _ := s.Story(ctx, 1)
	if ok, err := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v1", Revision: st.Revision, Briefing: []byte("one")}); err != nil || !ok {
		t.Fatalf("PutBriefing = %v, %v", ok, err)
	}
	if stale, _ := s.StaleBriefings(ctx, "v1", 10); fmt.Sprint(stale) != "[2]" {
		t.Errorf("StaleBriefings after storing story 1's = %v, want [2]", stale)
	}
	if stale, _ := s.StaleBriefings(ctx, "v2", 10); len(stale) != 2 {
		t.Errorf("StaleBriefings of another version = %v, want both", stale)
	}
	// An article joining story 1 makes its briefing stale; a merge makes
	// the absorbing story's stale and drops the absorbed one.
	add(t, s, "c.txt", "C", "Three", "Text tying both.", time.Time{}, Placement{Story: 1, Merged: []int64{2}})
	st2, _ := s.Story(ctx, 1)
	if st2.Revision <= st.Revision {
		t.Fatalf("revision %d after an article joined, was %d", st2.Revision, st.Revision)
	}
	if stale, _ := s.StaleBriefings(ctx, "v1", 10); fmt.Sprint(stale) != "[1]" {
		t.Errorf("StaleBriefings after a merge = %v, want [1]", stale)
	}
	// A builder finishing late does not overwrite a newer briefing.
	if ok, _ := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v1", Revision: st2.Revision, Briefing: []byte("new"), Alignment: []byte("kept")}); !ok {
		t.Fatal("the current briefing was not stored")
	}
	if ok, _ := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v1", Revision: st.Revision, Briefing: []byte("old")}); ok {
		t.Error("an older revision's briefing replaced a newer one")
	}
	b, err := s.Briefing(ctx, 1)
	if err != nil || string(b.Briefing) != "new" || b.Revision != st2.Revision || b.Version != "v1" {
		t.Errorf("Briefing(1) = %+v, %v", b, err)
	}
	if _, err := s.Briefing(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("Briefing of an unbriefed story: %v, want ErrNotFound", err)
	}
	// What the alignment kept is stored with the briefing and read alone.
	if a, err := s.BriefingAlignment(ctx, 1); err != nil || string(a.Alignment) != "kept" || a.Revision != st2.Revision || a.Version != "v1" || a.Briefing != nil {
		t.Errorf("BriefingAlignment(1) = %+v, %v", a, err)
	}
	if _, err := s.BriefingAlignment(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("BriefingAlignment of an unbriefed story: %v, want ErrNotFound", err)
	}
	// A briefing stored without one keeps none.
	if ok, _ := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v2", Revision: st2.Revision, Briefing: []byte("v2")}); !ok {
		t.Fatal("the briefing of other rules was not stored")
	}
	if a, err := s.BriefingAlignment(ctx, 1); err != nil || a.Alignment != nil {
		t.Errorf("BriefingAlignment(1) after a briefing without = %q, %v; want nil", a.Alignment, err)
	}
	// The compressed briefing and the rendered page are stored with the
	// briefing, and the compressed one read alone; one stored without
	// them has none until PutBriefingGzip, which needs the revision.
	gzipOf := func() (string, error) {
		var got string
		err := s.WithBriefingGzip(ctx, 1, func(b StoredBriefing) error {
			if b.Briefing != nil {
				t.Errorf("WithBriefingGzip read the plain briefing too")
			}
			if b.Gzip != nil {
				got = string(b.Gzip)
			}
			return nil
		})
		return got, err
	}
	if got, err := gzipOf(); err != nil || got != "" {
		t.Errorf("compressed briefing of a briefing stored without = %q, %v; want none", got, err)
	}
	if ok, _ := s.PutBriefingGzip(ctx, StoredBriefing{Story: 1, Version: "v2", Revision: st.Revision, Gzip: []byte("stale")}); ok {
		t.Error("PutBriefingGzip stored beside a briefing of another revision")
	}
	if ok, err := s.PutBriefingGzip(ctx, StoredBriefing{Story: 1, Version: "v2", Revision: st2.Revision, Gzip: []byte("z2")}); !ok || err != nil {
		t.Errorf("PutBriefingGzip = %v, %v", ok, err)
	}
	if got, err := gzipOf(); err != nil || got != "z2" {
		t.Errorf("compressed briefing = %q, %v; want z2", got, err)
	}
	if ok, _ := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v3", Revision: st2.Revision, Briefing: []byte("v3"), Gzip: []byte("z3"), Fragment: []byte("<p>"), FragmentKey: "k"}); !ok {
		t.Fatal("the briefing with its compressed form was not stored")
	}
	if got, err := gzipOf(); err != nil || got != "z3" {
		t.Errorf("compressed briefing = %q, %v; want z3", got, err)
	}
	if h, err := s.BriefingHead(ctx, 1); err != nil || string(h.Fragment) != "<p>" || h.FragmentKey != "k" {
		t.Errorf("rendered page stored with the briefing = %q, %q, %v", h.Fragment, h.FragmentKey, err)
	}
	if err := s.WithBriefingGzip(ctx, 2, func(StoredBriefing) error { return nil }); !errors.Is(err, ErrNotFound) {
		t.Errorf("WithBriefingGzip of an unbriefed story: %v, want ErrNotFound", err)
	}
}

// TestMigrateKeepsStoredData opens a store as the release before stored
// analyses left it, with articles in it, and lets Open bring it up to
// date: everything stored stays, and every article is stale.
func TestMigrateKeepsStoredData(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			dsn := b.dsn(t)
			var old *Store
			if IsPostgres(dsn) {
				db, err := sql.Open("pgx", dsn)
				if err != nil {
					t.Fatal(err)
				}
				old = &Store{db: db, dialect: postgres}
				if err := old.migrateUpTo(ctx, 3); err != nil {
					t.Fatal(err)
				}
			} else {
				s, err := Open(ctx, dsn) // creates the file with the pragmas
				if err != nil {
					t.Fatal(err)
				}
				s.Close()
				db, err := sql.Open("sqlite", "file:"+dsn+"?_pragma=foreign_keys(1)")
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range []string{`DROP TABLE briefing_parts`, `DROP TABLE related_stories`, `DROP TABLE dated_analyses`, `DROP TABLE analyses`, `DROP TABLE briefing_reads`, `DROP TABLE briefings`, `DROP INDEX articles_story_counts`, `ALTER TABLE stories DROP COLUMN revision`, `ALTER TABLE articles DROP COLUMN date_lines`, `DELETE FROM schema_migrations WHERE version >= 5`} {
					if _, err := db.ExecContext(ctx, q); err != nil {
						t.Fatal(q, err)
					}
				}
				old = &Store{db: db, dialect: sqlite}
			}
			// As that release wrote them: its statements, not today's.
			now := time.Now().UTC()
			for _, q := range []struct {
				sql  string
				args []any
			}{
				{`INSERT INTO stories (id, title, created_at, updated_at) VALUES (1, 'One', $1, $1)`, []any{now}},
				{`INSERT INTO pages (id, sha256, origin, kind, ingested_at, raw) VALUES (1, 'h1', 'a.txt', 'text', $1, $2), (2, 'h2', 'b.txt', 'text', $1, $2)`, []any{now, []byte("raw")}},
				{`INSERT INTO articles (id, page_id, origin, title, body, body_hash, story_id, created_at) VALUES
					(1, 1, 'a.txt', 'One', 'First event text.', 'b1', 1, $1), (2, 2, 'b.txt', 'Two', 'Second event text.', 'b2', 1, $1)`, []any{now}},
			} {
				if _, err := old.db.ExecContext(ctx, q.sql, q.args...); err != nil {
					t.Fatal(q.sql, err)
				}
			}
			old.db.Close()

			s := openTestStore(t, dsn)
			arts, err := s.StoryArticles(ctx, 1)
			if err != nil || len(arts) != 2 || arts[1].Text != "Second event text." {
				t.Fatalf("after the migration story 1 has %d articles (%v)", len(arts), err)
			}
			if n, err := s.CountStaleAnalyses(ctx, "v1"); err != nil || n != 2 {
				t.Errorf("stale analyses after the migration = %d, %v; want 2", n, err)
			}
			if stale, err := s.StaleBriefings(ctx, "v1", 10); err != nil || fmt.Sprint(stale) != "[1]" {
				t.Errorf("stale briefings after the migration = %v, %v; want [1]", stale, err)
			}
		})
	}
}

func TestAnalysisSums(t *testing.T) { eachBackend(t, testAnalysisSums) }

// testAnalysisSums: each analysis is stored with its sum, read without
// the analysis by StoryAnalysisSums and with it by Analysis; a writer
// that changes an analysis without the sum (the statement of the
// release before the column) leaves none.
func testAnalysisSums(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	batch := []NewArticle{
		newArticle("a", "Alpha text.", &Analysis{Version: "v1", Doc: []byte(`{"a":1}`)}),
		newArticle("b", "Beta text.", &Analysis{Version: "v1", Doc: []byte(`{"b":2}`)}),
		newArticle("c", "Gamma text.", nil),
	}
	if _, err := s.AddArticles(ctx, batch, func(_ context.Context, i int, _ article.Article) (Placement, error) {
		return Placement{Story: 1, NewStory: i == 0}, nil
	}); err != nil {
		t.Fatal(err)
	}
	a, b, c := batch[0].Article.ID, batch[1].Article.ID, batch[2].Article.ID
	want := func(what string, id int64, version, doc string, summed bool) {
		t.Helper()
		sums, err := s.StoryAnalysisSums(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Analysis(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var sum []byte
		if summed {
			sum = DocSum([]byte(doc))
		}
		if n := sums[id]; n.Doc != nil || n.Version != version || !bytes.Equal(n.Sum, sum) {
			t.Errorf("%s: StoryAnalysisSums of article %d = %+v, want version %s, sum %x", what, id, n, version, sum)
		}
		if got.Version != version || string(got.Doc) != doc || !bytes.Equal(got.Sum, sum) {
			t.Errorf("%s: Analysis(%d) = %s %q %x, want %s %q %x", what, id, got.Version, got.Doc, got.Sum, version, doc, sum)
		}
	}
	want("added", a, "v1", `{"a":1}`, true)
	want("added", b, "v1", `{"b":2}`, true)
	if sums, _ := s.StoryAnalysisSums(ctx, 1); len(sums) != 2 {
		t.Errorf("StoryAnalysisSums = %d analyses, want 2", len(sums))
	}
	if _, err := s.Analysis(ctx, c); !errors.Is(err, ErrNotFound) {
		t.Errorf("Analysis of an article analysed never: %v, want ErrNotFound", err)
	}
	if err := s.PutAnalyses(ctx, []Analysis{{Article: a, Version: "v2", Doc: []byte(`{"a":2}`), Sum: []byte("ignored")}}); err != nil {
		t.Fatal(err)
	}
	want("replaced", a, "v2", `{"a":2}`, true)

	// The release before the column: its statement, not today's.
	const before = `INSERT INTO analyses (article_id, version, doc, analyzed_at) VALUES ($1, $2, $3, $4)
	ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, doc = excluded.doc, analyzed_at = excluded.analyzed_at`
	for _, w := range []struct {
		id     int64
		doc    string
		summed bool
	}{
		{b, `{"b":2}`, true},  // the same analysis again: its sum holds
		{b, `{"b":3}`, false}, // another: no sum
		{c, `{"c":1}`, false}, // a new one: no sum
	} {
		if _, err := s.db.ExecContext(ctx, before, w.id, "v1", []byte(w.doc), time.Now().UTC()); err != nil {
			t.Fatal(err)
		}
		want("written without the sum", w.id, "v1", w.doc, w.summed)
	}
	if err := s.PutAnalyses(ctx, []Analysis{{Article: b, Version: "v1", Doc: []byte(`{"b":3}`)}}); err != nil {
		t.Fatal(err)
	}
	want("the same analysis stored with its sum", b, "v1", `{"b":3}`, true)
}
