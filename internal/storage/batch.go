package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// NewArticle is a page and the article extracted from it, to be stored.
type NewArticle struct {
	Page     source.Page
	Article  *article.Article // its ID is set once stored
	BodyHash string
	// Analysis, when set, is stored with the article (its Article field
	// is filled in once the article has its id). An article without one
	// is stored all the same, to be analysed later (crosscheck
	// reanalyze).
	Analysis *Analysis
}

// Added is what became of one NewArticle of a batch.
type Added struct {
	Placement Placement
	// Err says this article alone failed (its page was already stored,
	// its text was refused, its placement failed): nothing of it is
	// stored, and the rest of the batch is.
	Err error
}

// BatchPlaceFunc is PlaceFunc for the article at index i of a batch.
type BatchPlaceFunc func(ctx context.Context, i int, a article.Article) (Placement, error)

// BatchPlacer places the articles of a batch inside the transaction that
// stores them. It is the store's half of the placement protocol that lets
// any number of processes write one store (ingest.SharedPlacer is the
// other half):
//
//   - Begin runs once the transaction holds the store's write lock (BEGIN
//     IMMEDIATE on SQLite, a transaction-scoped advisory lock on
//     PostgreSQL), before the first Place. Until End no other writer
//     commits, and every article committed before has a smaller id than
//     the batch's: Begin is where a placer catches up with them.
//   - Place decides where article i goes, once it has its id. A Place that
//     returns an error must leave the placer as it was: that article
//     alone is undone and the rest of the batch goes on.
//   - End runs after the commit or the rollback, with committed saying
//     which — also when Begin failed. After a rollback every placement
//     since Begin is void.
type BatchPlacer interface {
	Begin(ctx context.Context) error
	Place(ctx context.Context, i int, a article.Article) (Placement, error)
	End(committed bool)
}

// placeFuncs is a BatchPlacer with nothing to catch up and nothing to
// forget.
type placeFuncs BatchPlaceFunc

func (f placeFuncs) Begin(context.Context) error { return nil }
func (f placeFuncs) Place(ctx context.Context, i int, a article.Article) (Placement, error) {
	return f(ctx, i, a)
}
func (f placeFuncs) End(bool) {}

// AddArticles is AddBatch with a placement function that needs no
// protocol: one writer, or a test.
func (s *Store) AddArticles(ctx context.Context, batch []NewArticle, place BatchPlaceFunc) ([]Added, error) {
	return s.AddBatch(ctx, batch, placeFuncs(place))
}

// AddBatch stores a batch of pages and their articles in one
// transaction, placing each with p in batch order as soon as it has
// its id. One transaction for many articles is what makes bulk ingestion
// fast: a commit, with its full-text index flush and its sync, costs as
// much as storing dozens of articles.
//
// An article's page, article and placement are committed together or not
// at all. An article that fails before it is placed (its page was stored
// before, its text was refused) or whose placement fails is undone
// alone: its error is in its Added, and the rest of the batch is stored.
// The returned error is for the batch as a whole (the transaction could
// not begin or commit, a placement could not be written, a failed article
// could not be undone); then nothing of it is stored and p has been told
// so by End.
func (s *Store) AddBatch(ctx context.Context, batch []NewArticle, p BatchPlacer) ([]Added, error) {
	out := make([]Added, len(batch))
	err := s.inPlacementTx(ctx, p, func(tx *sql.Tx) error {
		w := newWriter(tx, s.dialect, len(batch) > 1)
		defer w.close()
		// Ids grow within the transaction, so the batch's articles are
		// those above the largest id before it.
		var before int64
		if s.dialect.indexText != "" {
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM articles`).Scan(&before); err != nil {
				return fmt.Errorf("reading the last article id: %w", err)
			}
		}
		now := time.Now().UTC()
		if !s.dialect.savepoints && len(batch) > 1 {
			// Without savepoints an article's rows can be inserted
			// and indexed while the one before it is placed.
			return w.storePipelined(ctx, batch, p.Place, now, before, out)
		}
		for i, na := range batch {
			var err error
			if out[i], err = w.store(ctx, i, na, p.Place, now); err != nil {
				return err
			}
		}
		return w.indexText(ctx, before)
	})
	if err != nil {
		for _, na := range batch {
			na.Article.ID = 0
		}
		return nil, fmt.Errorf("storing a batch of %d articles: %w", len(batch), err)
	}
	return out, nil
}

// The statements that store an article.
const (
	insertPage = `INSERT INTO pages (sha256, origin, url, kind, charset, fetched_at, ingested_at, raw)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`
	insertArticle = `INSERT INTO articles (page_id, origin, url, title, description, authors, site, outlet, language, image,
			published, published_from, modified, fetched_at, date_lines, body, body_hash, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`
	insertStory = `INSERT INTO stories (id, title, created_at, updated_at) VALUES ($1, $2, $3, $3)`
	// A story opened by an untitled page takes the first headline that
	// joins it.
	touchStory    = `UPDATE stories SET updated_at = $1, revision = revision + 1, title = CASE WHEN title = '' THEN $3 ELSE title END WHERE id = $2`
	mergeArticles = `UPDATE articles SET story_id = $1 WHERE story_id = $2`
	mergeStory    = `UPDATE stories SET merged_into = $1, updated_at = $2, merged_by = $4, revision = revision + 1 WHERE id = $3`
	placeArticle  = `UPDATE articles SET story_id = $1, duplicate_of = $2, duplicate_kind = $3, similarity = $4 WHERE id = $5`
	deleteArticle = `DELETE FROM articles WHERE id = $1`
	deletePage    = `DELETE FROM pages WHERE id = $1`
)

// writer runs a batch's statements in its transaction. For a batch of
// more than one article each statement is prepared once, at its first
// use; for a single article preparing would only add a round trip.
type writer struct {
	tx      *sql.Tx
	d       dialect
	prepare bool
	stmts   map[string]*sql.Stmt
}

func newWriter(tx *sql.Tx, d dialect, prepare bool) *writer {
	return &writer{tx: tx, d: d, prepare: prepare, stmts: map[string]*sql.Stmt{}}
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = st
	return st, nil
}

func (w *writer) exec(ctx context.Context, query string, args ...any) error {
	if !w.prepare {
		_, err := w.tx.ExecContext(ctx, query, args...)
		return err
	}
	st, err := w.stmt(ctx, query)
	if err == nil {
		_, err = st.ExecContext(ctx, args...)
	}
	return err
}

// insert runs an INSERT … RETURNING id.
func (w *writer) insert(ctx context.Context, query string, args ...any) (int64, error) {
	var id int64
	if !w.prepare {
		err := w.tx.QueryRowContext(ctx, query, args...).Scan(&id)
		return id, err
	}
	st, err := w.stmt(ctx, query)
	if err == nil {
		err = st.QueryRowContext(ctx, args...).Scan(&id)
	}
	return id, err
}

// store stores one article of the batch, undoing it if it fails. The
// error is for what stops the batch: an article that could not be undone.
func (w *writer) store(ctx context.Context, i int, na NewArticle, place BatchPlaceFunc, now time.Time) (Added, error) {
	if w.d.savepoints {
		if err := w.exec(ctx, `SAVEPOINT article`); err != nil {
			return Added{}, fmt.Errorf("opening a savepoint: %w", err)
		}
	}
	var rows stored
	pl, err := w.add(ctx, i, na, place, now, &rows)
	var unwritten *unwrittenPlacement
	if errors.As(err, &unwritten) {
		// The placer counts the article placed: the batch cannot go on.
		return Added{}, err
	}
	if err == nil {
		if w.d.savepoints {
			if err := w.exec(ctx, `RELEASE SAVEPOINT article`); err != nil {
				return Added{}, fmt.Errorf("releasing a savepoint: %w", err)
			}
		}
		return Added{Placement: pl}, nil
	}
	var failed Added
	return failed, w.undo(ctx, na, rows, err, &failed)
}

// undo takes back the rows of an article that failed with err, and
// records err in failed. The error it returns stops the batch: the
// article could not be undone.
func (w *writer) undo(ctx context.Context, na NewArticle, rows stored, err error, failed *Added) error {
	na.Article.ID = 0
	*failed = Added{Err: fmt.Errorf("adding %s: %w", na.Page.Origin, err)}
	if w.d.savepoints {
		if err := w.exec(ctx, `ROLLBACK TO SAVEPOINT article`); err != nil {
			return fmt.Errorf("rolling back %s: %w", na.Page.Origin, err)
		}
		return nil
	}
	// The failed statement undid itself; the rows stored before it are
	// deleted. Deleting an article takes it out of the full-text index
	// (by trigger), so it is put in first.
	if rows.article != 0 && w.d.indexText != "" && !rows.indexed {
		if err := w.exec(ctx, w.d.indexText, rows.article, rows.article); err != nil {
			return fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
		}
	}
	if rows.article != 0 {
		if err := w.exec(ctx, deleteArticle, rows.article); err != nil {
			return fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
		}
	}
	if rows.page != 0 {
		if err := w.exec(ctx, deletePage, rows.page); err != nil {
			return fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
		}
	}
	return nil
}

// stored is the rows add inserted, to delete if the article fails, and
// whether the article is in the full-text index yet.
type stored struct {
	page, article int64
	indexed       bool
}

// indexText adds the articles stored after the id before to the
// full-text index, where the dialect fills it per batch.
func (w *writer) indexText(ctx context.Context, before int64) error {
	if w.d.indexText == "" {
		return nil
	}
	if err := w.exec(ctx, w.d.indexText, before+1, int64(math.MaxInt64)); err != nil {
		return fmt.Errorf("indexing the text of the batch: %w", err)
	}
	return nil
}

// add stores one page and article and places it.
func (w *writer) add(ctx context.Context, i int, na NewArticle, place BatchPlaceFunc, now time.Time, rows *stored) (Placement, error) {
	if err := w.insertRows(ctx, na, now, rows); err != nil {
		return Placement{}, err
	}
	pl, err := place(ctx, i, *na.Article)
	if err != nil {
		return Placement{}, fmt.Errorf("placing article: %w", err)
	}
	if err := w.applyPlacement(ctx, *na.Article, pl, now); err != nil {
		return Placement{}, &unwrittenPlacement{origin: na.Page.Origin, err: err}
	}
	return pl, nil
}

// unwrittenPlacement is a placement the store refused to write. The
// placer has counted the article in its story, so the batch is rolled
// back whole and the placer told by End: going on would place the
// articles after it against a story the store does not have.
type unwrittenPlacement struct {
	origin string
	err    error
}

func (e *unwrittenPlacement) Error() string {
	return fmt.Sprintf("writing the placement of %s: %v", e.origin, e.err)
}

func (e *unwrittenPlacement) Unwrap() error { return e.err }

// insertRows stores one page and its article, unplaced, and sets the
// article's id.
func (w *writer) insertRows(ctx context.Context, na NewArticle, now time.Time, rows *stored) error {
	p, a := na.Page, na.Article
	authors, err := json.Marshal(nonNil(a.Authors))
	if err != nil {
		return err
	}
	dateLines, err := json.Marshal(nonNil(a.DateLines))
	if err != nil {
		return err
	}
	rows.page, err = w.insert(ctx, insertPage, PageHash(p.Data), p.Origin, p.URL, p.Kind.String(), p.Charset, nullTime(p.FetchedAt), now, p.Data)
	if err != nil {
		return fmt.Errorf("storing page: %w", err)
	}
	a.ID, err = w.insert(ctx, insertArticle, rows.page, a.Origin, a.URL, a.Title, a.Description, string(authors), a.Site, a.Outlet(), a.Language, a.Image,
		nullTime(a.Published), a.PublishedFrom, nullTime(a.Modified), nullTime(a.FetchedAt), string(dateLines), a.Text, na.BodyHash, now)
	if err != nil {
		a.ID = 0
		return fmt.Errorf("storing article: %w", err)
	}
	rows.article = a.ID
	if an := na.Analysis; an != nil {
		an.Article = a.ID
		// Deleting the article (undo) deletes it by cascade.
		if err := w.exec(ctx, upsertAnalysis, an.Article, an.Version, an.Doc, now, DocSum(an.Doc)); err != nil {
			return fmt.Errorf("storing the analysis: %w", err)
		}
	}
	return nil
}

// applyPlacement writes the placement of the stored article a.
func (w *writer) applyPlacement(ctx context.Context, a article.Article, pl Placement, now time.Time) error {
	if pl.NewStory {
		if err := w.exec(ctx, insertStory, pl.Story, pl.StoryTitle, now); err != nil {
			return fmt.Errorf("creating story %d: %w", pl.Story, err)
		}
	} else if err := w.exec(ctx, touchStory, now, pl.Story, a.Title); err != nil {
		return fmt.Errorf("updating story %d: %w", pl.Story, err)
	}
	for _, m := range pl.Merged {
		if err := w.exec(ctx, mergeArticles, pl.Story, m); err != nil {
			return fmt.Errorf("merging story %d into %d: %w", m, pl.Story, err)
		}
		if err := w.exec(ctx, mergeStory, pl.Story, now, m, a.ID); err != nil {
			return fmt.Errorf("merging story %d into %d: %w", m, pl.Story, err)
		}
	}
	if err := w.exec(ctx, placeArticle, pl.Story, nullID(pl.DuplicateOf), pl.DuplicateKind, pl.Similarity, a.ID); err != nil {
		return fmt.Errorf("placing article in story %d: %w", pl.Story, err)
	}
	return nil
}
