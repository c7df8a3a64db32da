package storage

import (
	"context"
	"database/sql"
	"encoding/json"
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
}

// Added is what became of one NewArticle of a batch.
type Added struct {
	Placement Placement
	// Err says this article alone failed (its page was already stored,
	// its text was refused, its placement failed): nothing of it is
	// stored, and the rest of the batch is.
	Err error
}

// AddArticles stores a batch of pages and their articles in one
// transaction, placing each with place in batch order as soon as it has
// its id. One transaction for many articles is what makes bulk ingestion
// fast: a commit, with its full-text index flush and its sync, costs as
// much as storing dozens of articles.
//
// An article's page, article and placement are committed together or not
// at all. An article that fails (its page was stored before, its text
// was refused, its placement failed) is undone alone: its error is in its
// Added, and the rest of the batch is stored. The returned error is for
// the batch as a whole (the transaction could not begin, undo a failed
// article, or commit); then nothing of it is stored.
func (s *Store) AddArticles(ctx context.Context, batch []NewArticle, place PlaceFunc) ([]Added, error) {
	out := make([]Added, len(batch))
	err := s.inPlacementTx(ctx, func(tx *sql.Tx) error {
		w, err := prepareWriter(ctx, tx, s.dialect)
		if err != nil {
			return err
		}
		defer w.close()
		// Ids grow within the transaction, so the batch's articles are
		// those above the largest id before it.
		var before int64
		if w.indexText != nil {
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM articles`).Scan(&before); err != nil {
				return fmt.Errorf("reading the last article id: %w", err)
			}
		}
		now := time.Now().UTC()
		for i, na := range batch {
			if out[i], err = w.store(ctx, na, place, now); err != nil {
				return err
			}
		}
		if w.indexText != nil {
			if _, err := w.indexText.ExecContext(ctx, before+1, int64(math.MaxInt64)); err != nil {
				return fmt.Errorf("indexing the text of the batch: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		for _, na := range batch {
			na.Article.ID = 0
		}
		return nil, fmt.Errorf("storing a batch of %d articles: %w", len(batch), err)
	}
	return out, nil
}

// writer holds the statements of a batch, prepared once per transaction.
type writer struct {
	// savepoint, release and rollback are nil without savepoints, and
	// deletePage and deleteArticle undo a failed article instead.
	savepoint, release, rollback            *sql.Stmt
	deletePage, deleteArticle               *sql.Stmt
	indexText                               *sql.Stmt // nil when the database indexes text itself
	page, article, newStory, touchStory     *sql.Stmt
	mergeArticles, mergeStory, placeArticle *sql.Stmt
}

func prepareWriter(ctx context.Context, tx *sql.Tx, d dialect) (*writer, error) {
	w := &writer{}
	type statement struct {
		dst   **sql.Stmt
		query string
	}
	undo := []statement{
		{&w.deleteArticle, `DELETE FROM articles WHERE id = $1`},
		{&w.deletePage, `DELETE FROM pages WHERE id = $1`},
	}
	if d.indexText != "" {
		undo = append(undo, statement{&w.indexText, d.indexText})
	}
	if d.savepoints {
		undo = []statement{
			{&w.savepoint, `SAVEPOINT article`},
			{&w.release, `RELEASE SAVEPOINT article`},
			{&w.rollback, `ROLLBACK TO SAVEPOINT article`},
		}
	}
	for _, st := range append(undo, []statement{
		{&w.page, `INSERT INTO pages (sha256, origin, url, kind, charset, fetched_at, ingested_at, raw)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`},
		{&w.article, `INSERT INTO articles (page_id, origin, url, title, description, authors, site, outlet, language, image,
				published, published_from, modified, fetched_at, body, body_hash, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`},
		{&w.newStory, `INSERT INTO stories (id, title, created_at, updated_at) VALUES ($1, $2, $3, $3)`},
		// A story opened by an untitled page takes the first headline
		// that joins it.
		{&w.touchStory, `UPDATE stories SET updated_at = $1, title = CASE WHEN title = '' THEN $3 ELSE title END WHERE id = $2`},
		{&w.mergeArticles, `UPDATE articles SET story_id = $1 WHERE story_id = $2`},
		{&w.mergeStory, `UPDATE stories SET merged_into = $1, updated_at = $2 WHERE id = $3`},
		{&w.placeArticle, `UPDATE articles SET story_id = $1, duplicate_of = $2, duplicate_kind = $3, similarity = $4 WHERE id = $5`},
	}...) {
		stmt, err := tx.PrepareContext(ctx, st.query)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("preparing statements: %w", err)
		}
		*st.dst = stmt
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.savepoint, w.release, w.rollback, w.deletePage, w.deleteArticle, w.indexText, w.page, w.article, w.newStory, w.touchStory, w.mergeArticles, w.mergeStory, w.placeArticle} {
		if st != nil {
			st.Close()
		}
	}
}

// store stores one article of the batch, undoing it if it fails. The
// error is for what stops the batch: an article that could not be undone.
func (w *writer) store(ctx context.Context, na NewArticle, place PlaceFunc, now time.Time) (Added, error) {
	if w.savepoint != nil {
		if _, err := w.savepoint.ExecContext(ctx); err != nil {
			return Added{}, fmt.Errorf("opening a savepoint: %w", err)
		}
	}
	var rows stored
	pl, err := w.add(ctx, na, place, now, &rows)
	if err == nil {
		if w.release != nil {
			if _, err := w.release.ExecContext(ctx); err != nil {
				return Added{}, fmt.Errorf("releasing a savepoint: %w", err)
			}
		}
		return Added{Placement: pl}, nil
	}
	na.Article.ID = 0
	failed := Added{Err: fmt.Errorf("adding %s: %w", na.Page.Origin, err)}
	if w.rollback != nil {
		if _, err := w.rollback.ExecContext(ctx); err != nil {
			return Added{}, fmt.Errorf("rolling back %s: %w", na.Page.Origin, err)
		}
		return failed, nil
	}
	// The failed statement undid itself; the rows stored before it are
	// deleted. Deleting an article takes it out of the full-text index
	// (by trigger), so it is put in first.
	if rows.article != 0 {
		if w.indexText != nil {
			if _, err := w.indexText.ExecContext(ctx, rows.article, rows.article); err != nil {
				return Added{}, fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
			}
		}
		if _, err := w.deleteArticle.ExecContext(ctx, rows.article); err != nil {
			return Added{}, fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
		}
	}
	if rows.page != 0 {
		if _, err := w.deletePage.ExecContext(ctx, rows.page); err != nil {
			return Added{}, fmt.Errorf("undoing %s: %w", na.Page.Origin, err)
		}
	}
	return failed, nil
}

// stored is the rows add inserted, to delete if the article fails.
type stored struct{ page, article int64 }

// add stores one page and article and places it.
func (w *writer) add(ctx context.Context, na NewArticle, place PlaceFunc, now time.Time, rows *stored) (Placement, error) {
	p, a := na.Page, na.Article
	authors, err := json.Marshal(nonNil(a.Authors))
	if err != nil {
		return Placement{}, err
	}
	err = w.page.QueryRowContext(ctx, PageHash(p.Data), p.Origin, p.URL, p.Kind.String(), p.Charset, nullTime(p.FetchedAt), now, p.Data).Scan(&rows.page)
	if err != nil {
		return Placement{}, fmt.Errorf("storing page: %w", err)
	}
	err = w.article.QueryRowContext(ctx, rows.page, a.Origin, a.URL, a.Title, a.Description, string(authors), a.Site, a.Outlet(), a.Language, a.Image,
		nullTime(a.Published), a.PublishedFrom, nullTime(a.Modified), nullTime(a.FetchedAt), a.Text, na.BodyHash, now).Scan(&a.ID)
	if err != nil {
		return Placement{}, fmt.Errorf("storing article: %w", err)
	}
	rows.article = a.ID
	pl, err := place(ctx, *a)
	if err != nil {
		return Placement{}, fmt.Errorf("placing article: %w", err)
	}
	if pl.NewStory {
		if _, err := w.newStory.ExecContext(ctx, pl.Story, pl.StoryTitle, now); err != nil {
			return Placement{}, fmt.Errorf("creating story %d: %w", pl.Story, err)
		}
	} else if _, err := w.touchStory.ExecContext(ctx, now, pl.Story, a.Title); err != nil {
		return Placement{}, fmt.Errorf("updating story %d: %w", pl.Story, err)
	}
	for _, m := range pl.Merged {
		if _, err := w.mergeArticles.ExecContext(ctx, pl.Story, m); err != nil {
			return Placement{}, fmt.Errorf("merging story %d into %d: %w", m, pl.Story, err)
		}
		if _, err := w.mergeStory.ExecContext(ctx, pl.Story, now, m); err != nil {
			return Placement{}, fmt.Errorf("merging story %d into %d: %w", m, pl.Story, err)
		}
	}
	if _, err := w.placeArticle.ExecContext(ctx, pl.Story, nullID(pl.DuplicateOf), pl.DuplicateKind, pl.Similarity, a.ID); err != nil {
		return Placement{}, fmt.Errorf("placing article in story %d: %w", pl.Story, err)
	}
	return pl, nil
}
