package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/article"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

func newTestIngester(t *testing.T) (*Ingester, *storage.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "cc.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pl, err := NewPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return &Ingester{Store: st, Extract: extract.Extract, Placer: pl}, st
}

func textPage(origin, text string) source.Page {
	return source.Page{Origin: origin, Kind: source.KindText, Data: []byte(text)}
}

const harbour = `Harbour reopens after three-day storm

The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said.

Fishing boats returned to their moorings by the afternoon, and the ferry to the islands resumed its schedule.

"We lost no boats and no one was hurt," harbour master Ines Carvalho told reporters at the quay.`

func TestPageStoresOnceAndLinksCopies(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	first := in.Page(ctx, textPage("a.txt", harbour))
	if first.Err != nil || first.Article == 0 || first.Story == 0 || !first.NewStory {
		t.Fatalf("first page: %+v", first)
	}
	again := in.Page(ctx, textPage("a-again.txt", harbour))
	if again.Err != nil || !again.Unchanged || again.Article != first.Article {
		t.Errorf("same bytes again: %+v, want unchanged article %d", again, first.Article)
	}
	// The same body behind other chrome is an exact copy, kept and linked.
	copied := in.Page(ctx, textPage("b.txt", "Share this\n\n"+harbour+"\n\nLeave a Reply"))
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
		_ = yield(textPage("a.txt", harbour), nil) &&
			yield(source.Page{}, readErr) &&
			yield(textPage("empty.txt", "   \n\n  "), nil) &&
			yield(textPage("a.txt", harbour), nil)
	}
	var outcomes []Outcome
	in.OnOutcome = func(o Outcome) { outcomes = append(outcomes, o) }
	sum, err := in.Run(ctx, pages)
	if err != nil {
		t.Fatal(err)
	}
	if sum != (Summary{Added: 1, Unchanged: 1, Failed: 2, NewStories: 1}) {
		t.Errorf("summary = %+v", sum)
	}
	if len(outcomes) != 4 || !errors.Is(outcomes[1].Err, readErr) || outcomes[2].Err == nil || !strings.Contains(outcomes[2].Err.Error(), "empty.txt") {
		t.Errorf("outcomes = %+v", outcomes)
	}
}

func TestPlacerRestoresFromStore(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	first := in.Page(ctx, textPage("a.txt", harbour))
	pl, err := NewPlacer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pl.Place(ctx, article.Article{ID: 99, Text: strings.ToUpper(harbour)})
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
