package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

func TestAddArticles(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) { testAddArticles(t, dsn, 0) })
}

// TestAddArticlesSlowFailure: the failing placement takes long enough
// that SQLite has inserted the rest of the batch and filled its
// full-text index before it fails; the article still leaves no trace.
func TestAddArticlesSlowFailure(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) { testAddArticles(t, dsn, 200*time.Millisecond) })
}

// testAddArticles stores a batch in which one page repeats an earlier
// one and one placement fails, after slow: those two are rolled back
// alone, the others are stored and placed, in batch order.
func testAddArticles(t *testing.T, dsn string, slow time.Duration) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	texts := []string{"Quake strikes Chile.", "Chile counts the damage.", "Quake strikes Chile.", "Placement fails here.", "Aftershocks in Chile."}
	var batch []NewArticle
	for i, text := range texts {
		origin := fmt.Sprintf("%d.txt", i)
		batch = append(batch, NewArticle{
			Page:     source.Page{Origin: origin, Kind: source.KindText, Data: []byte(text)},
			Article:  &article.Article{Origin: origin, Title: fmt.Sprintf("Title %d", i), Text: text},
			BodyHash: PageHash([]byte(text)),
		})
	}
	var placed []string
	added, err := s.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (Placement, error) {
		if batch[i].Article.Origin != a.Origin {
			t.Errorf("placing article %d of the batch, given %s", i, a.Origin)
		}
		if a.Origin == "3.txt" {
			time.Sleep(slow)
			return Placement{}, errors.New("boom")
		}
		placed = append(placed, a.Origin)
		if len(placed) == 1 {
			return Placement{Story: 1, NewStory: true, StoryTitle: a.Title}, nil
		}
		return Placement{Story: 1}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"0.txt", "1.txt", "4.txt"}, placed); diff != "" {
		t.Errorf("placed (-want +got):\n%s", diff)
	}
	var failed []int
	for i, ad := range added {
		if ad.Err != nil {
			failed = append(failed, i)
			if batch[i].Article.ID != 0 {
				t.Errorf("failed article %d kept id %d", i, batch[i].Article.ID)
			}
		}
	}
	if diff := cmp.Diff([]int{2, 3}, failed); diff != "" {
		t.Errorf("failed articles (-want +got):\n%s", diff)
	}
	arts, err := s.StoryArticles(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Origin)
		if a.ID != batch[originIndex(a.Origin)].Article.ID {
			t.Errorf("%s stored as %d, batch says %d", a.Origin, a.ID, batch[originIndex(a.Origin)].Article.ID)
		}
	}
	if diff := cmp.Diff([]string{"0.txt", "1.txt", "4.txt"}, got); diff != "" {
		t.Errorf("stored articles (-want +got):\n%s", diff)
	}
	if _, err := s.PageArticle(ctx, PageHash([]byte("Placement fails here."))); !errors.Is(err, ErrNotFound) {
		t.Errorf("page of a failed placement was stored: %v", err)
	}
	// The full-text index has the stored articles and not the failed ones.
	for query, want := range map[string]int{"aftershocks": 1, "chile": 3, "placement fails": 0} {
		hits, err := s.Search(ctx, query, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != want {
			t.Errorf("Search(%q) found %d articles, want %d", query, len(hits), want)
		}
	}
	if s.dialect.indexText != "" {
		// The index holds each stored article once and nothing else.
		if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
			t.Errorf("full-text index: %v", err)
		}
	}
	if st, err := s.Story(ctx, 1); err != nil || st.Title != "Title 0" {
		t.Errorf("Story(1) = %+v, %v; want titled %q", st, err, "Title 0")
	}
}

func originIndex(origin string) int {
	var i int
	fmt.Sscanf(origin, "%d.txt", &i)
	return i
}

func TestAddArticlesCancelled(t *testing.T) { eachBackend(t, testAddArticlesCancelled) }

// testAddArticlesCancelled: a batch whose transaction cannot commit
// stores nothing and leaves no article with an id.
func testAddArticlesCancelled(t *testing.T, dsn string) {
	s := openTestStore(t, dsn)
	ctx, cancel := context.WithCancel(context.Background())
	a := &article.Article{Origin: "a.txt", Text: "Never stored."}
	batch := []NewArticle{{Page: source.Page{Origin: "a.txt", Kind: source.KindText, Data: []byte(a.Text)}, Article: a, BodyHash: "h"}}
	_, err := s.AddArticles(ctx, batch, func(context.Context, int, article.Article) (Placement, error) {
		cancel()
		return Placement{Story: 1, NewStory: true}, nil
	})
	if err == nil {
		t.Fatal("AddArticles succeeded with its context cancelled")
	}
	if a.ID != 0 {
		t.Errorf("article of a failed batch kept id %d", a.ID)
	}
	if _, err := s.PageArticle(context.Background(), PageHash([]byte(a.Text))); !errors.Is(err, ErrNotFound) {
		t.Errorf("page of a failed batch was stored: %v", err)
	}
}
