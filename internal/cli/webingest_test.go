package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// TestWebIngestsDoNotQueue: while one web ingest is stuck extracting a
// slow page, another request's small page is extracted, stored and
// answered — ingests share the store's write lock, not one lock for
// the whole of each ingest.
func TestWebIngestsDoNotQueue(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "cc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	placer, err := ingest.NewSharedStoryPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	extract := func(ctx context.Context, p source.Page) (article.Article, error) {
		if strings.HasPrefix(string(p.Data), "slow") {
			<-release
		}
		return article.Article{Origin: p.Origin, Title: "t", Text: string(p.Data)}, nil
	}
	// No page budget: the slow page is held as long as the test says,
	// so only a lock shared by ingests could hold the small one.
	in := &ingest.Ingester{Store: st, Extract: extract, Placer: placer, PageBudget: -1}
	web := webIngest(in)
	slowDone := make(chan struct{})
	go func() {
		web(ctx, source.Page{Origin: "slow.html", Kind: source.KindText, Data: []byte("slow page")})
		close(slowDone)
	}()
	defer func() { close(release); <-slowDone }()
	time.Sleep(50 * time.Millisecond) // the slow page is being extracted
	small := make(chan string, 1)
	go func() {
		o := web(ctx, source.Page{Origin: "small.txt", Kind: source.KindText, Data: []byte("small page")})
		small <- o.Error
	}()
	select {
	case e := <-small:
		if e != "" {
			t.Errorf("small page: %s", e)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the small page waited behind the slow one")
	}
}
