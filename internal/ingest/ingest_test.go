package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/eval"
	"crosscheck/internal/extract"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
)

func newTestIngester(t *testing.T) (*Ingester, *storage.Store) {
	t.Helper()
	return newIngesterOn(t, filepath.Join(t.TempDir(), "cc.db"))
}

// newIngesterOn returns an ingester over the store at dsn, placing as
// every writing command does (SharedPlacer).
func newIngesterOn(t *testing.T, dsn string) (*Ingester, *storage.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pl, err := NewSharedStoryPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return &Ingester{Store: st, Extract: extract.Extract, Placer: pl}, st
}

func htmlPage(origin, chrome string) source.Page {
	return source.Page{Origin: origin, Kind: source.KindHTML, Data: []byte(`<!doctype html><html><head><title>Harbour reopens after three-day storm</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` + chrome + `
<article><h1>Harbour reopens after three-day storm</h1>` + harbour + `</article>
<footer>© 2024 Coast News. All rights reserved.</footer></body></html>`)}
}

const harbour = `<p>The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said in a statement on its website.</p>
<p>Fishing boats returned to their moorings by the afternoon, and the ferry to the islands resumed its normal schedule with two extra crossings.</p>
<p>"We lost no boats and no one was hurt," harbour master Ines Carvalho told reporters at the quay, adding that the breakwater had held.</p>
<p>The storm brought winds of up to 110 km/h to the coast and flooded the lower streets of the old town on Saturday night.</p>`

func TestPageStoresOnceAndLinksCopies(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	first := in.Page(ctx, htmlPage("a.html", ""))
	if first.Err != nil || first.Article == 0 || first.Story == 0 || !first.NewStory {
		t.Fatalf("first page: %+v", first)
	}
	again := in.Page(ctx, htmlPage("a-again.html", ""))
	if again.Err != nil || !again.Unchanged || again.Article != first.Article {
		t.Errorf("same bytes again: %+v, want unchanged article %d", again, first.Article)
	}
	// The same body behind other chrome is an exact copy, kept and linked.
	copied := in.Page(ctx, htmlPage("b.html", `<div class="share">Share this</div>`))
	if copied.Err != nil || copied.Unchanged || copied.Duplicate != "exact" || copied.Story != first.Story {
		t.Errorf("copy: %+v, want an exact duplicate in story %d", copied, first.Story)
	}
	a, err := st.Article(ctx, copied.Article)
	if err != nil || a.DuplicateOf != first.Article {
		t.Errorf("stored copy: %+v, %v", a, err)
	}
}

func TestRunReportsFailuresAndGoesOn(t *testing.T) {
	ctx := context.Background()
	in, _ := newTestIngester(t)
	readErr := errors.New("junk.gz: truncated compressed data")
	pages := func(yield func(source.Page, error) bool) {
		_ = yield(htmlPage("a.html", ""), nil) &&
			yield(source.Page{}, readErr) &&
			yield(source.Page{Origin: "empty.html", Kind: source.KindHTML, Data: []byte(`<html><head><meta property="og:type" content="article"></head><body></body></html>`)}, nil) &&
			yield(htmlPage("a.html", ""), nil) &&
			yield(source.Page{Origin: "robots.txt", URL: "https://a.example/robots.txt", Kind: source.KindText, Data: []byte("User-agent: *\nDisallow: /search\n")}, nil)
	}
	var outcomes []Outcome
	in.OnOutcome = func(o Outcome) { outcomes = append(outcomes, o) }
	sum, err := in.Run(ctx, pages)
	if err != nil {
		t.Fatal(err)
	}
	if sum != (Summary{Added: 1, Unchanged: 1, Skipped: 1, Failed: 2, NewStories: 1}) {
		t.Errorf("summary = %+v", sum)
	}
	if len(outcomes) != 5 || outcomes[4].Err != nil || outcomes[4].Article != 0 || !strings.Contains(outcomes[4].Skipped, "robots") || !errors.Is(outcomes[1].Err, readErr) || outcomes[2].Err == nil || !strings.Contains(outcomes[2].Err.Error(), "empty.html") {
		t.Errorf("outcomes = %+v", outcomes)
	}
}

func TestPlacerRestoresFromStore(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	first := in.Page(ctx, htmlPage("a.html", ""))
	pl, err := NewPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, first.Article)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pl.Place(ctx, article.Article{ID: 99, Text: strings.ToUpper(a.Text)})
	if err != nil || got.DuplicateOf != first.Article || got.Story != first.Story {
		t.Errorf("after restart, copy placed as %+v (%v), want duplicate of %d in story %d", got, err, first.Article, first.Story)
	}
}

func TestBodyHashIgnoresCaseAndPunctuation(t *testing.T) {
	if BodyHash("Kim left, on Monday.") != BodyHash("kim  LEFT on monday") {
		t.Error("hash differs for the same words")
	}
	if BodyHash("Kim left on Monday") == BodyHash("Kim left on Sunday") {
		t.Error("hash equal for different words")
	}
}

// TestRunMatchesPageByPage ingests a stream of ECB+ texts, with exact
// copies, repeated pages and pages that fail, once through Run in small
// batches and once page by page, on each backend: every outcome must be
// the same.
func TestRunMatchesPageByPage(t *testing.T) {
	backends := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "cc.db") },
		"postgres": func(t *testing.T) string { return pgtest.DSN(t) },
	}
	for name, dsn := range backends {
		t.Run(name, func(t *testing.T) { testRunMatchesPageByPage(t, dsn) })
	}
}

func testRunMatchesPageByPage(t *testing.T, dsn func(t *testing.T) string) {
	docs, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []source.Page
	for i, d := range docs[:min(len(docs), 300)] {
		pages = append(pages, source.Page{Origin: fmt.Sprintf("%d.txt", i), Kind: source.KindText, Data: []byte(d.Text)})
		switch i % 10 {
		case 3: // the same bytes again
			pages = append(pages, pages[len(pages)-1])
		case 5: // the same text from another outlet: an exact copy
			pages = append(pages, source.Page{Origin: fmt.Sprintf("%d-copy.txt", i), Kind: source.KindText, Data: []byte("Copy\n" + d.Text)})
		case 7: // nothing to extract
			pages = append(pages, source.Page{Origin: fmt.Sprintf("%d-empty.txt", i), Kind: source.KindText})
		}
	}
	extract := func(_ context.Context, p source.Page) (article.Article, error) {
		text := strings.TrimPrefix(string(p.Data), "Copy\n")
		if text == "" {
			return article.Article{}, fmt.Errorf("%s: no text", p.Origin)
		}
		title, _, _ := strings.Cut(text, "\n")
		return article.Article{Origin: p.Origin, Title: title, Text: text}, nil
	}
	ingesters := func() (*Ingester, *Ingester) {
		a, _ := newIngesterOn(t, dsn(t))
		b, _ := newIngesterOn(t, dsn(t))
		a.Extract, b.Extract = extract, extract
		return a, b
	}
	batched, single := ingesters()
	batched.BatchSize = 16
	var got []Outcome
	batched.OnOutcome = func(o Outcome) { got = append(got, o) }
	ctx := context.Background()
	if _, err := batched.Run(ctx, func(yield func(source.Page, error) bool) {
		for _, p := range pages {
			if !yield(p, nil) {
				return
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	var want []Outcome
	for _, p := range pages {
		want = append(want, single.Page(ctx, p))
	}
	errText := cmp.Transformer("error", func(err error) string {
		if err == nil {
			return ""
		}
		return err.Error()
	})
	if diff := cmp.Diff(want, got, errText); diff != "" {
		t.Errorf("Run outcomes differ from page by page (-want +got):\n%s", diff)
	}
}

// TestRunStopsWhenCancelled cancels a run from its first outcome: Run
// must return the context's error, not wait for pages it will not read.
func TestRunStopsWhenCancelled(t *testing.T) {
	in, _ := newTestIngester(t)
	in.BatchSize = 1
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in.OnOutcome = func(Outcome) { cancel() }
	pages := func(yield func(source.Page, error) bool) {
		for i := 0; ; i++ {
			if !yield(htmlPage(fmt.Sprintf("%d.html", i), fmt.Sprintf("<p>%d</p>", i)), nil) {
				return
			}
		}
	}
	done := make(chan error, 1)
	go func() {
		_, err := in.Run(ctx, pages)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run after cancel = %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return after its context was cancelled")
	}
}
