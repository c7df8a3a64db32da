package briefings

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/analysis"
	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/demo"
	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/ingest"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
)

func openStore(t *testing.T, dsn string) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func sqliteDSN(t testing.TB) string { return filepath.Join(t.TempDir(), "crosscheck.db") }

// onBothBackends runs test on a fresh SQLite store and a fresh
// PostgreSQL schema, each as its own subtest.
func onBothBackends(t *testing.T, test func(t *testing.T, st *storage.Store)) {
	for _, be := range []struct {
		name string
		dsn  func(testing.TB) string
	}{{"sqlite", sqliteDSN}, {"postgres", func(t testing.TB) string { return pgtest.DSN(t) }}} {
		t.Run(be.name, func(t *testing.T) { test(t, openStore(t, be.dsn(t))) })
	}
}

// fullRebuild is the briefing of a stored story built from its articles'
// text in one go, as before briefings were stored.
func fullRebuild(t *testing.T, st *storage.Store, id int64) []byte {
	t.Helper()
	ctx := context.Background()
	s, err := st.Story(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.StoryArticles(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	arts, dups := Articles(stored)
	b, err := brief.Build(ctx, brief.Story{ID: s.ID, Title: s.Title}, arts, dups)
	if err != nil {
		t.Fatal(err)
	}
	return encode(t, b)
}

func encode(t *testing.T, b *brief.Briefing) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// storedCurrent is the stored briefing of a story, which must be
// current.
func storedCurrent(t *testing.T, st *storage.Store, id int64) []byte {
	t.Helper()
	ctx := context.Background()
	s, err := st.Story(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := st.Briefing(ctx, s.ID)
	if err != nil {
		t.Fatalf("story %d: %v", s.ID, err)
	}
	if sb.Revision != s.Revision || sb.Version != Version {
		t.Fatalf("story %d: stored briefing of revision %d version %s, story at %d version %s", s.ID, sb.Revision, sb.Version, s.Revision, Version)
	}
	return sb.Briefing
}

func same(t *testing.T, what string, want, got []byte) {
	t.Helper()
	if !bytes.Equal(want, got) {
		var w, g any
		json.Unmarshal(want, &w)
		json.Unmarshal(got, &g)
		t.Errorf("%s: stored briefing differs from the full rebuild (-rebuild +stored):\n%s", what, cmp.Diff(w, g))
	}
}

// addOneByOne stores arts one at a time in arrival order, each placed in
// the story story(i) with its analysis, and after each updates the
// story's stored briefing as ingest does.
func addOneByOne(t *testing.T, st *storage.Store, k *Keeper, arts []article.Article, story func(i int) int64) {
	t.Helper()
	ctx := context.Background()
	for i := range arts {
		a := &arts[i]
		an, err := analysis.Of(*a)
		if err != nil {
			t.Fatal(err)
		}
		id := story(i)
		_, err = st.Story(ctx, id)
		pl := storage.Placement{Story: id, NewStory: errors.Is(err, storage.ErrNotFound), StoryTitle: a.Title}
		p := source.Page{Origin: a.Origin, Kind: source.KindText, Data: []byte(a.Origin + "\n" + a.Text)}
		if _, err := st.AddArticles(ctx, []storage.NewArticle{{Page: p, Article: a, BodyHash: storage.PageHash([]byte(a.Text)), Analysis: an}},
			func(context.Context, int, article.Article) (storage.Placement, error) { return pl, nil }); err != nil {
			t.Fatal(err)
		}
		if err := k.RefreshStories(ctx, []int64{id}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIncrementalIsRebuildSeeds: the seed story, article by article, on
// both backends; at every step the stored briefing is the full rebuild
// of the articles so far.
func TestIncrementalIsRebuildSeeds(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		k := New(st)
		seeds := seedArticles(t)
		for n := 1; n <= len(seeds); n++ {
			addOneByOne(t, st, k, seeds[n-1:n], func(int) int64 { return 1 })
			same(t, fmt.Sprintf("seeds, %d articles", n), fullRebuild(t, st, 1), storedCurrent(t, st, 1))
		}
	})
}

func seedArticles(t *testing.T) []article.Article {
	t.Helper()
	var arts []article.Article
	for _, p := range sharedtest.Glob(t, "seeds", "*.txt") {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), source.Page{Origin: "seeds/" + filepath.Base(p), Kind: source.KindText, Data: data})
		if err != nil {
			t.Fatalf("extracting %s: %v", p, err)
		}
		arts = append(arts, a)
	}
	return arts
}

// TestIncrementalIsRebuildDemo ingests the demo corpus page by page
// through the real pipeline (extraction, dedup, clustering, analysis at
// ingest, briefings updated per page), and compares every story's stored
// briefing with its full rebuild.
func TestIncrementalIsRebuildDemo(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, sqliteDSN(t))
	pl, err := ingest.NewSharedStoryPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: st, Extract: extract.Extract, Placer: pl, Briefings: New(st)}
	for p, err := range demo.Pages() {
		if err != nil {
			t.Fatal(err)
		}
		if o := in.Page(ctx, p); o.Err != nil || o.BriefingErr != nil || o.Unanalysed != nil {
			t.Fatalf("%s: %v, briefing: %v, analysis: %v", p.Origin, o.Err, o.BriefingErr, o.Unanalysed)
		}
	}
	stories, err := st.Stories(ctx, storage.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) == 0 {
		t.Fatalf("%d demo stories", len(stories))
	}
	for _, s := range stories {
		same(t, fmt.Sprintf("demo story %d (%d articles)", s.ID, s.Articles), fullRebuild(t, st, s.ID), storedCurrent(t, st, s.ID))
	}
}

// TestIncrementalIsRebuildECB: every one of ECB+'s 86 events as a story,
// its articles added one by one in file order.
func TestIncrementalIsRebuildECB(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs all 86 ECB+ events")
	}
	docs, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	st := openStore(t, sqliteDSN(t))
	k := New(st)
	events := map[string]int64{}
	var arts []article.Article
	var story []int64
	for _, d := range docs {
		if _, ok := events[d.Event]; !ok {
			events[d.Event] = int64(len(events) + 1)
		}
		arts = append(arts, article.Article{Origin: "ecbplus/" + d.ID, Title: d.Title, Text: d.Text, Published: d.Published, Site: "site-" + d.ID})
		story = append(story, events[d.Event])
	}
	if len(events) != 86 {
		t.Fatalf("%d events in ECB+, want 86", len(events))
	}
	addOneByOne(t, st, k, arts, func(i int) int64 { return story[i] })
	for _, id := range events {
		same(t, fmt.Sprintf("ECB+ story %d", id), fullRebuild(t, st, id), storedCurrent(t, st, id))
	}
}

// TestIncrementalIsRebuildLarge: a story larger than the size up to
// which every article's words count (align's freezeFrom), where an
// update takes the links its stored alignment kept: one article joins
// 129 stored ones, and the stored briefing is the full rebuild.
func TestIncrementalIsRebuildLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs a story of 130 ECB+ articles")
	}
	docs, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := openStore(t, sqliteDSN(t))
	k := New(st)
	var arts []article.Article
	for _, d := range docs[:130] {
		arts = append(arts, article.Article{Origin: "ecbplus/" + d.ID, Title: d.Title, Text: d.Text, Published: d.Published, Site: "site-" + d.ID})
	}
	batch := make([]storage.NewArticle, 129)
	for i := range batch {
		a := &arts[i]
		an, err := analysis.Of(*a)
		if err != nil {
			t.Fatal(err)
		}
		p := source.Page{Origin: a.Origin, Kind: source.KindText, Data: []byte(a.Origin + "\n" + a.Text)}
		batch[i] = storage.NewArticle{Page: p, Article: a, BodyHash: storage.PageHash([]byte(a.Text)), Analysis: an}
	}
	if _, err := st.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (storage.Placement, error) {
		return storage.Placement{Story: 1, NewStory: i == 0, StoryTitle: a.Title}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := k.Refresh(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if sb, err := st.BriefingAlignment(ctx, 1); err != nil || len(sb.Alignment) == 0 {
		t.Fatalf("no alignment kept with the stored briefing (%d bytes): %v", len(sb.Alignment), err)
	}
	addOneByOne(t, st, k, arts[129:], func(int) int64 { return 1 })
	same(t, "130 ECB+ articles, the last added", fullRebuild(t, st, 1), storedCurrent(t, st, 1))
}
