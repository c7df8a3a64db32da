// Package ingest runs the pipeline that turns pages into stored, placed
// articles: extract, then dedup and cluster, then store. The CLI, the web
// server and the workers all ingest through it.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"crosscheck/internal/analysis"
	"crosscheck/internal/article"
	"crosscheck/internal/pagetype"
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
	// Skipped says why the page was not stored: it is not an article
	// (an error page, a home page, a robots.txt...). A skip is not a
	// failure.
	Skipped string
	Err     error
	// Unanalysed says why the stored article's analysis failed: the
	// article is stored without it, for crosscheck reanalyze to retry.
	Unanalysed error
	// BriefingErr says Page stored the article but could not update its
	// story's stored briefing (left stale, rebuilt when read).
	BriefingErr error
}

// Summary counts the outcomes of a run.
type Summary struct {
	Added, Unchanged, Skipped, Failed, Duplicates, NewStories int
	// BriefingsErr says the stored briefings of the stories the run
	// added to could not all be brought up to date; the articles are
	// stored, and a briefing left stale is rebuilt when read.
	BriefingsErr error
}

// Ingester stores pages as placed articles.
type Ingester struct {
	Store   *storage.Store
	Extract ExtractFunc
	Placer  Placer
	// OnOutcome, when set, is told of every input as it is done.
	OnOutcome func(Outcome)
	// BatchSize is the most pages Run stores in one transaction; zero
	// means DefaultBatchSize.
	BatchSize int
	// PageBudget is the most time one page's extraction may take; zero
	// means DefaultPageBudget, a negative value no bound.
	PageBudget time.Duration
	// SkipAnalysis stores articles without their analysis (nlp.Doc),
	// leaving it to crosscheck reanalyze; it measures what analysing at
	// ingest costs.
	SkipAnalysis bool
	// Briefings, when set, is told of the stories articles joined, so
	// that their stored briefings are brought up to date: by Page at
	// once, by Run once at its end, each story once.
	Briefings Refresher
}

// Refresher keeps the stored briefings of stories current:
// briefings.Keeper.
type Refresher interface {
	RefreshStories(ctx context.Context, stories []int64) error
}

// refresh tells Briefings of the stories of the outcomes that added an
// article. A briefing that cannot be refreshed now is stale in the
// store, and rebuilt by the next reader or by a keeper's loop, so the
// failure is the run's to report, not the pages'.
func (in *Ingester) refresh(ctx context.Context, stories []int64) error {
	if in.Briefings == nil || len(stories) == 0 {
		return nil
	}
	if err := in.Briefings.RefreshStories(ctx, stories); err != nil {
		return fmt.Errorf("updating the briefings of %d stories: %w", len(stories), err)
	}
	return nil
}

// DefaultPageBudget bounds one page's extraction. A news page takes
// milliseconds, the slowest real pages measured well under a second; the
// extractor refuses up front the pages whose cost it knows would be
// unbounded (extract.ErrTooLarge), and the budget catches the rest.
const DefaultPageBudget = 10 * time.Second

// ErrOverBudget is a page whose extraction took longer than the
// Ingester's PageBudget.
var ErrOverBudget = errors.New("extraction over its time budget")

// DefaultBatchSize amortises a transaction's commit and full-text index
// flush over enough pages that they cost little per page.
const DefaultBatchSize = 256

// Run ingests every page; a page that fails is reported and skipped, and
// the rest are stored. The error is only for what stops the whole run:
// a cancelled context. A batch the store refuses is stored again page by
// page, so a page that breaks it fails alone, and every input is
// reported.
//
// Pages are looked up and extracted on all cores, then stored in batches,
// one transaction each, and placed one at a time in input order, so the
// stories are those that ingesting the pages one by one would make. A
// batch is stored as soon as no further page is waiting, so a slow input
// is never held back to fill one. Outcomes are reported in input order.
func (in *Ingester) Run(ctx context.Context, pages iter.Seq2[source.Page, error]) (Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	jobs, wait := in.extractAll(ctx, pages)
	defer func() {
		cancel()
		wait()
	}()
	var sum Summary
	var batch []*job
	var touched []int64
	flush := func() {
		in.storeBatch(ctx, batch)
		for _, j := range batch {
			sum.count(j.o)
			if j.o.Err == nil && j.o.Article != 0 && !j.o.Unchanged {
				touched = append(touched, j.o.Story)
			}
			if in.OnOutcome != nil {
				in.OnOutcome(j.o)
			}
		}
		batch = batch[:0]
	}
	size := in.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	for j := range jobs {
		<-j.done
		batch = append(batch, j)
		if len(batch) >= size || len(jobs) == 0 {
			flush()
		}
		if ctx.Err() != nil {
			return sum, ctx.Err()
		}
	}
	flush()
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	sum.BriefingsErr = in.refresh(ctx, touched)
	return sum, ctx.Err()
}

func (sum *Summary) count(o Outcome) {
	switch {
	case o.Err != nil:
		sum.Failed++
	case o.Skipped != "":
		sum.Skipped++
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
}

// job is one input on its way through Run.
type job struct {
	page source.Page
	art  article.Article
	prep Prepared
	// analysis is the article's, to be stored with it; nil when it
	// failed or was skipped.
	analysis *storage.Analysis
	// store says the page is new and extracted: it goes to the store.
	store bool
	o     Outcome
	done  chan struct{} // closed once extracted
}

// preparer is a Placer that can do the part of placing that needs no
// state ahead, on any goroutine: StoryPlacer.
type preparer interface {
	Prepare(a article.Article) Prepared
	PlacePrepared(ctx context.Context, a article.Article, pr Prepared) (storage.Placement, error)
}

// extractAll reads the pages on one goroutine and looks them up and
// extracts them on all cores. It returns them in input order, each to be
// waited for, and a function that waits for its goroutines to end once
// ctx is cancelled or the pages are all read.
func (in *Ingester) extractAll(ctx context.Context, pages iter.Seq2[source.Page, error]) (<-chan *job, func()) {
	workers := runtime.GOMAXPROCS(0)
	order := make(chan *job, 4*DefaultBatchSize)
	work := make(chan *job, workers)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(work)
		defer close(order)
		for p, err := range pages {
			j := &job{page: p, o: Outcome{Origin: p.Origin, Err: err}, done: make(chan struct{})}
			if err != nil {
				close(j.done)
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			if err == nil {
				select {
				case work <- j:
				case <-ctx.Done():
					// It is queued: Run waits for it.
					j.o.Err = ctx.Err()
					close(j.done)
					return
				}
			}
		}
	})
	for range workers {
		wg.Go(func() {
			for j := range work {
				in.extract(ctx, j)
				close(j.done)
			}
		})
	}
	return order, wg.Wait
}

// extract finds a page stored before, or extracts its article.
func (in *Ingester) extract(ctx context.Context, j *job) {
	if in.unchanged(ctx, &j.o, j.page) {
		return
	}
	j.art, j.o.Err = in.extractPage(ctx, j.page)
	if skipped(&j.o) || j.o.Err != nil {
		return
	}
	j.store, j.o.Title = true, j.art.Title
	if pp, ok := in.Placer.(preparer); ok {
		j.prep = pp.Prepare(j.art)
	}
	if !in.SkipAnalysis {
		j.analysis, j.o.Unanalysed = analysis.Of(j.art)
	}
}

// extractPage extracts p within the page budget. A page over it is
// reported at once; its extraction, which cannot be stopped midway,
// ends in the background, and the caller is not held behind it.
func (in *Ingester) extractPage(ctx context.Context, p source.Page) (article.Article, error) {
	budget := in.PageBudget
	if budget == 0 {
		budget = DefaultPageBudget
	}
	if budget < 0 {
		return in.Extract(ctx, p)
	}
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	type result struct {
		a   article.Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := in.Extract(ctx, p)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-ctx.Done():
		if errors.Is(context.Cause(ctx), context.DeadlineExceeded) {
			return article.Article{}, fmt.Errorf("extracting %s: %w: not done after %v", p.Origin, ErrOverBudget, budget)
		}
		return article.Article{}, ctx.Err()
	}
}

// unchanged says whether the page's bytes are stored already, and if so
// fills o with the article stored then (or the store's failure).
func (in *Ingester) unchanged(ctx context.Context, o *Outcome, p source.Page) bool {
	id, err := in.Store.PageArticle(ctx, storage.PageHash(p.Data))
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return false
	case err != nil:
		o.Err = err
		return true
	}
	a, err := in.Store.Article(ctx, id)
	if err != nil {
		o.Err = err
		return true
	}
	o.Article, o.Story, o.Title, o.Unchanged, o.Err = id, a.Story, a.Title, true, nil
	return true
}

// storeBatch stores the extracted pages of a batch in one transaction and
// fills in their outcomes. When the store refuses the batch as a whole,
// each page is tried again in a transaction of its own, so only the
// pages that break a batch fail.
func (in *Ingester) storeBatch(ctx context.Context, batch []*job) {
	var items []storage.NewArticle
	var stored []*job
	for _, j := range batch {
		if j.store {
			items = append(items, storage.NewArticle{Page: j.page, Article: &j.art, BodyHash: BodyHash(j.art.Text), Analysis: j.analysis})
			stored = append(stored, j)
		}
	}
	if len(items) == 0 {
		return
	}
	added, err := in.Store.AddBatch(ctx, items, in.batchPlacer(stored))
	if err != nil {
		if len(stored) > 1 && ctx.Err() == nil {
			for _, j := range stored {
				in.storeBatch(ctx, []*job{j})
			}
			return
		}
		for _, j := range stored {
			j.o.Err = err
			// The page may be stored by now, by another process.
			if ctx.Err() == nil {
				in.unchanged(ctx, &j.o, j.page)
			}
		}
		return
	}
	// The same bytes twice in one batch: the second is reported as
	// page-by-page ingestion would have, with the story the first was in
	// when the second came, not the one later articles of the batch may
	// have merged it into.
	earlier := make(map[string]*Outcome)
	for i, j := range stored {
		hash := storage.PageHash(j.page.Data)
		switch first, ok := earlier[hash]; {
		case added[i].Err == nil:
			pl := added[i].Placement
			j.o.Article, j.o.Story = j.art.ID, pl.Story
			j.o.Duplicate, j.o.NewStory = pl.DuplicateKind, pl.NewStory
			for _, o := range earlier {
				if slices.Contains(pl.Merged, o.Story) {
					o.Story = pl.Story
				}
			}
			earlier[hash] = &Outcome{Article: j.o.Article, Story: j.o.Story, Title: j.art.Title}
		case ok:
			j.o.Article, j.o.Story, j.o.Title, j.o.Unchanged = first.Article, first.Story, first.Title, true
		case in.unchanged(ctx, &j.o, j.page):
			// Stored by an earlier batch or another process.
		default:
			j.o.Err = added[i].Err
		}
	}
}

// protocol is a Placer that follows the store's placement protocol:
// SharedPlacer.
type protocol interface {
	Begin(ctx context.Context) error
	End(committed bool)
}

// batchPlacer places the stored jobs of a batch with the Ingester's
// placer, by the store's protocol when the placer follows it.
func (in *Ingester) batchPlacer(stored []*job) storage.BatchPlacer {
	return &batchPlacement{placer: in.Placer, stored: stored}
}

type batchPlacement struct {
	placer Placer
	stored []*job
}

func (b *batchPlacement) Begin(ctx context.Context) error {
	if p, ok := b.placer.(protocol); ok {
		return p.Begin(ctx)
	}
	return nil
}

func (b *batchPlacement) Place(ctx context.Context, i int, a article.Article) (storage.Placement, error) {
	if pp, ok := b.placer.(preparer); ok {
		return pp.PlacePrepared(ctx, a, b.stored[i].prep)
	}
	return b.placer.Place(ctx, a)
}

func (b *batchPlacement) End(committed bool) {
	if p, ok := b.placer.(protocol); ok {
		p.End(committed)
	}
}

// Page ingests one page. Ingesting the same bytes again is a no-op that
// reports the article stored the first time.
func (in *Ingester) Page(ctx context.Context, p source.Page) Outcome {
	j := &job{page: p, o: Outcome{Origin: p.Origin}}
	in.extract(ctx, j)
	in.storeBatch(ctx, []*job{j})
	if j.o.Err == nil && j.o.Article != 0 && !j.o.Unchanged {
		j.o.BriefingErr = in.refresh(ctx, []int64{j.o.Story})
	}
	return j.o
}

// skipped turns an extraction error that says the page is not an
// article into a skip.
func skipped(o *Outcome) bool {
	var na *pagetype.NotArticleError
	if !errors.As(o.Err, &na) {
		return false
	}
	o.Skipped, o.Err = fmt.Sprintf("%s page (%s)", na.Verdict.Type, na.Verdict.Reason), nil
	return true
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
