package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/article"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func seedPages(t *testing.T) []source.Page {
	t.Helper()
	paths := sharedtest.Glob(t, "seeds", "*.txt")
	var pages []source.Page
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, source.Page{Origin: p, Kind: source.KindText, Data: b})
	}
	return pages
}

// TestSeedsIngestAsOneStory runs the five seed pages through extraction,
// dedup and clustering into a real SQLite store.
func TestSeedsIngestAsOneStory(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	stories := make(map[int64]bool)
	for _, p := range seedPages(t) {
		o := in.Page(ctx, p)
		if o.Err != nil {
			t.Fatalf("%s: %v", p.Origin, o.Err)
		}
		if o.Duplicate != "" {
			t.Errorf("%s stored as a %s copy; the seeds are five outlets' own articles", filepath.Base(p.Origin), o.Duplicate)
		}
		stories[o.Story] = true
	}
	if len(stories) != 1 {
		t.Errorf("seeds went to %d stories, want 1", len(stories))
	}
	list, err := st.Stories(ctx, storage.StoryFilter{})
	if err != nil || len(list) != 1 || list[0].Articles != 5 {
		t.Errorf("store lists %+v (%v), want one story of 5 articles", list, err)
	}
}

// TestPlacerContinuesStoriesAfterRestart stores the seeds, rebuilds the
// placer from the store as a restarted process does, and places a
// rewrite of one seed: it must join the stored story, as a syndicated
// copy of the article it rewrites.
func TestPlacerContinuesStoriesAfterRestart(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	var story, last int64
	for _, p := range seedPages(t) {
		o := in.Page(ctx, p)
		if o.Err != nil {
			t.Fatal(o.Err)
		}
		story, last = o.Story, o.Article
	}
	stored, err := st.Article(ctx, last)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(stored.Text, "\n\n")
	rewrite := "A regional paper adds its own opening paragraph to the wire copy, framing the news for local readers.\n\n" +
		strings.Join(paras[:max(1, len(paras)*3/4)], "\n\n")

	restarted, err := NewPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	pl, err := restarted.Place(ctx, article.Article{ID: last + 1, Title: stored.Title, Text: rewrite})
	if err != nil {
		t.Fatal(err)
	}
	if pl.Story != story || pl.NewStory {
		t.Errorf("rewrite placed in story %d (new %v), want stored story %d", pl.Story, pl.NewStory, story)
	}
	if pl.DuplicateOf != last || pl.DuplicateKind != "syndicated" {
		t.Errorf("rewrite linked as %q copy of %d, want syndicated copy of %d", pl.DuplicateKind, pl.DuplicateOf, last)
	}
}
