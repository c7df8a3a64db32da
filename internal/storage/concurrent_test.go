package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// TestConcurrentStores opens one store from several handles at once, as
// workers starting together do, and stores articles from all of them:
// migrations apply once, and each placement sees every article with a
// smaller id already committed, which is what lets a worker catch up
// from a high-water mark.
func TestConcurrentStores(t *testing.T) { eachBackend(t, testConcurrentStores) }

func testConcurrentStores(t *testing.T, dsn string) {
	ctx := context.Background()
	const handles, perHandle = 4, 6
	stores := make([]*Store, handles)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() {
			s, err := Open(ctx, dsn)
			if err != nil {
				t.Error(err)
				return
			}
			stores[i] = s
		})
	}
	wg.Wait()
	for _, s := range stores {
		if s == nil {
			t.FailNow()
		}
		defer s.Close()
	}
	for h, s := range stores {
		wg.Go(func() {
			for i := range perHandle {
				text := fmt.Sprintf("article %d from handle %d", i, h)
				p := source.Page{Origin: text, Kind: source.KindText, Data: []byte(text)}
				_, err := s.AddArticle(ctx, p, &article.Article{Origin: text, Text: text}, PageHash(p.Data), func(ctx context.Context, a article.Article) (Placement, error) {
					last, err := s.LastArticleID(ctx)
					if err != nil {
						return Placement{}, err
					}
					if last != a.ID-1 {
						return Placement{}, fmt.Errorf("placing article %d: the last committed article is %d", a.ID, last)
					}
					return Placement{Story: a.ID, NewStory: true}, nil
				})
				if err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if last, err := stores[0].LastArticleID(ctx); err != nil || last != handles*perHandle {
		t.Errorf("LastArticleID = %d, %v; want %d", last, err, handles*perHandle)
	}
	if arts, err := stores[0].ArticlesAfter(ctx, handles*perHandle-2); err != nil || len(arts) != 2 {
		t.Errorf("ArticlesAfter returned %d articles, %v; want 2", len(arts), err)
	}
}
