package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
)

func eachBackend(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, filepath.Join(t.TempDir(), "cc.db")) })
	t.Run("postgres", func(t *testing.T) { test(t, pgtest.DSN(t)) })
}

// lineExtract makes an article of a text page: its first line is the
// title.
func lineExtract(_ context.Context, p source.Page) (article.Article, error) {
	title, _, _ := strings.Cut(string(p.Data), "\n")
	return article.Article{Origin: p.Origin, Title: title, Text: string(p.Data)}, nil
}

func textPages(texts ...string) func(yield func(source.Page, error) bool) {
	return func(yield func(source.Page, error) bool) {
		for i, text := range texts {
			if !yield(source.Page{Origin: fmt.Sprintf("%d.txt", i), Kind: source.KindText, Data: []byte(text)}, nil) {
				return
			}
		}
	}
}

// TestSharedPlacersSeeEachOther places articles through two
// SharedPlacers on one store, as two processes do, in turns: each must
// join the stories the other opened, give no story id twice, and learn
// the merges the other made.
func TestSharedPlacersSeeEachOther(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		a, _ := newIngesterOn(t, dsn)
		b, _ := newIngesterOn(t, dsn)
		a.Extract, b.Extract = lineExtract, lineExtract
		quake := "Earthquake strikes Chile\nA magnitude 7.8 earthquake struck central Chile on Monday, collapsing buildings in Valparaiso and Santiago, officials said."
		flood := "Floods in Derna\nTwo dams burst above Derna in eastern Libya, and floods swept whole districts of the city into the sea, officials said on Tuesday."
		first := a.Page(ctx, source.Page{Origin: "a1", Kind: source.KindText, Data: []byte(quake)})
		second := b.Page(ctx, source.Page{Origin: "b1", Kind: source.KindText, Data: []byte(flood)})
		third := b.Page(ctx, source.Page{Origin: "b2", Kind: source.KindText, Data: []byte(quake + " Rescuers searched the rubble in Valparaiso.")})
		for _, o := range []Outcome{first, second, third} {
			if o.Err != nil {
				t.Fatal(o.Err)
			}
		}
		if second.Story == first.Story {
			t.Errorf("the flood joined the quake's story %d", first.Story)
		}
		if third.Story != first.Story {
			t.Errorf("the second placer put the quake's rewrite in story %d, not the first placer's story %d", third.Story, first.Story)
		}
	})
}

// TestFailedBatchFailsOnlyItsPages: a batch the store refuses whole (a
// placement it cannot write) is stored again page by page; only the page
// that broke it fails, every input is reported, and the run goes on.
func TestFailedBatchFailsOnlyItsPages(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		st, err := storage.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		// Every article opens a story of its own id, except the one that
		// asks for the story of the first again, which the store refuses.
		var taken int64
		placer := placeFunc(func(_ context.Context, a article.Article) (storage.Placement, error) {
			if strings.HasPrefix(a.Text, "bad") {
				return storage.Placement{Story: taken, NewStory: true}, nil
			}
			return storage.Placement{Story: a.ID, NewStory: true}, nil
		})
		in := &Ingester{Store: st, Extract: lineExtract, Placer: placer, BatchSize: 4}
		taken = in.Page(ctx, source.Page{Origin: "first", Kind: source.KindText, Data: []byte("first")}).Story
		var reported []Outcome
		in.OnOutcome = func(o Outcome) { reported = append(reported, o) }
		sum, err := in.Run(ctx, textPages("one", "two", "bad three", "four", "five", "six", "seven", "eight", "nine", "ten"))
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != 9 || sum.Failed != 1 || len(reported) != 10 {
			t.Errorf("summary %+v with %d outcomes, want 9 added, 1 failed, 10 outcomes", sum, len(reported))
		}
		for _, o := range reported {
			if (o.Err != nil) != (o.Origin == "2.txt") {
				t.Errorf("%s: %v", o.Origin, o.Err)
			}
		}
	})
}

type placeFunc func(context.Context, article.Article) (storage.Placement, error)

func (f placeFunc) Place(ctx context.Context, a article.Article) (storage.Placement, error) {
	return f(ctx, a)
}

// TestPageOverBudget: a page whose extraction outlasts the budget is
// reported over budget when the budget runs out, and the pages after it
// are stored.
func TestPageOverBudget(t *testing.T) {
	ctx := context.Background()
	in, _ := newTestIngester(t)
	slow := func(ctx context.Context, p source.Page) (article.Article, error) {
		if strings.HasPrefix(string(p.Data), "slow") {
			time.Sleep(3 * time.Second)
		}
		return lineExtract(ctx, p)
	}
	in.Extract, in.PageBudget = slow, 200*time.Millisecond
	start := time.Now()
	o := in.Page(ctx, source.Page{Origin: "slow.txt", Kind: source.KindText, Data: []byte("slow page")})
	if !errors.Is(o.Err, ErrOverBudget) || time.Since(start) > 2*time.Second {
		t.Errorf("slow page: %v after %v, want ErrOverBudget at the budget", o.Err, time.Since(start))
	}
	sum, err := in.Run(ctx, textPages("one", "slow two", "three"))
	if err != nil || sum.Added != 2 || sum.Failed != 1 {
		t.Errorf("run: %+v, %v; want 2 added, 1 over budget", sum, err)
	}
}

// TestSharedPlacerRecoversFromFailedCatchUp: a catch-up that fails (the
// store closed under it) fails that batch, and the placer is not left
// locked.
func TestSharedPlacerRecoversFromFailedCatchUp(t *testing.T) {
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "cc.db")
	st, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewSharedStoryPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := p.Begin(ctx); err == nil {
		t.Fatal("Begin on a closed store succeeded")
	}
	p.End(false)
	done := make(chan struct{})
	go func() {
		p.Begin(ctx)
		p.End(false)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the placer stayed locked after a failed Begin")
	}
}
