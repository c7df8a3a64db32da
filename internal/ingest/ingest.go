// Package ingest runs the pipeline that turns pages into stored, placed
// articles: extract, then dedup and cluster, then store. The CLI, the web
// server and the workers all ingest through it.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"unicode"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// ExtractFunc reduces a page to its article.
type ExtractFunc func(ctx context.Context, p source.Page) (article.Article, error)

// Placer decides where a new article goes: which story, and which earlier
// article it copies. It is called inside the store's transaction with
// the article's id already set.
type Placer interface {
	Place(ctx context.Context, a article.Article) (storage.Placement, error)
}

// Outcome is what became of one input.
type Outcome struct {
	Origin    string
	Article   int64 // zero when the page failed
	Story     int64
	Title     string
	Unchanged bool   // the same page was stored before
	Duplicate string // "exact", "near", "syndicated" or empty
	NewStory  bool
	Err       error
}

// Summary counts the outcomes of a run.
type Summary struct {
	Added, Unchanged, Failed, Duplicates, NewStories int
}

// Ingester stores pages as placed articles.
type Ingester struct {
	Store   *storage.Store
	Extract ExtractFunc
	Placer  Placer
	// OnOutcome, when set, is told of every input as it is done.
	OnOutcome func(Outcome)
}

// Run ingests every page; a page that fails is reported and skipped, and
// the rest of the batch is stored. The error is only for what stops the
// whole run: a cancelled context or a store that fails.
func (in *Ingester) Run(ctx context.Context, pages iter.Seq2[source.Page, error]) (Summary, error) {
	var sum Summary
	for p, err := range pages {
		if ctx.Err() != nil {
			return sum, ctx.Err()
		}
		var o Outcome
		if err != nil {
			o = Outcome{Err: err}
		} else {
			o = in.Page(ctx, p)
		}
		switch {
		case o.Err != nil:
			sum.Failed++
		case o.Unchanged:
			sum.Unchanged++
		default:
			sum.Added++
			if o.Duplicate != "" {
				sum.Duplicates++
			}
			if o.NewStory {
				sum.NewStories++
			}
		}
		if in.OnOutcome != nil {
			in.OnOutcome(o)
		}
		if o.Err != nil && errors.Is(o.Err, errStore) {
			return sum, o.Err
		}
	}
	return sum, nil
}

// errStore marks failures of the store itself, which end a run: going on
// would only fail every page the same way.
var errStore = errors.New("store failed")

// Page ingests one page. Ingesting the same bytes again is a no-op that
// reports the article stored the first time.
func (in *Ingester) Page(ctx context.Context, p source.Page) Outcome {
	o := Outcome{Origin: p.Origin}
	id, err := in.Store.PageArticle(ctx, storage.PageHash(p.Data))
	switch {
	case err == nil:
		a, err := in.Store.Article(ctx, id)
		if err != nil {
			o.Err = fmt.Errorf("%w: %w", errStore, err)
			return o
		}
		o.Article, o.Story, o.Title, o.Unchanged = id, a.Story, a.Title, true
		return o
	case !errors.Is(err, storage.ErrNotFound):
		o.Err = fmt.Errorf("%w: %w", errStore, err)
		return o
	}
	a, err := in.Extract(ctx, p)
	if err != nil {
		o.Err = err
		return o
	}
	pl, err := in.Store.AddArticle(ctx, p, &a, BodyHash(a.Text), in.Placer.Place)
	if err != nil {
		o.Err = fmt.Errorf("%w: %w", errStore, err)
		return o
	}
	o.Article, o.Story, o.Title = a.ID, pl.Story, a.Title
	o.Duplicate, o.NewStory = pl.DuplicateKind, pl.NewStory
	return o
}

// BodyHash identifies an article body up to case, punctuation and spacing,
// so that the same text served with other markup is an exact copy.
func BodyHash(text string) string {
	var b strings.Builder
	space := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return storage.PageHash([]byte(b.String()))
}
