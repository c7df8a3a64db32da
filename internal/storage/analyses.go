package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Analysis is an article's stored analysis: the encoded nlp.Doc and the
// version of the rules that made it. The store does not read Doc.
type Analysis struct {
	Article int64
	Version string
	Doc     []byte
	// Sum is Doc's SHA-256 (DocSum) as stored with it: nil for an
	// analysis stored before the sums were, or by a writer that did not
	// store one. Set by the store; what a writer gives is not read.
	Sum []byte
}

// DocSum is the sum stored with an analysis's Doc.
func DocSum(doc []byte) []byte {
	s := sha256.Sum256(doc)
	return s[:]
}

const upsertAnalysis = `INSERT INTO analyses (article_id, version, doc, analyzed_at, doc_sum) VALUES ($1, $2, $3, $4, $5)
	ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, doc = excluded.doc, analyzed_at = excluded.analyzed_at, doc_sum = excluded.doc_sum`

// PutAnalyses stores analyses of stored articles, replacing those there
// were, in one short transaction: readers go on reading the old ones
// until it commits. An analysis of an article no longer stored is an
// error and nothing is written.
func (s *Store) PutAnalyses(ctx context.Context, as []Analysis) error {
	if len(as) == 0 {
		return nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("storing %d analyses: %w", len(as), err)
	}
	w := newWriter(tx, s.dialect, len(as) > 1)
	now := time.Now().UTC()
	for _, a := range as {
		if err := w.exec(ctx, upsertAnalysis, a.Article, a.Version, a.Doc, now, DocSum(a.Doc)); err != nil {
			w.close()
			tx.Rollback()
			return fmt.Errorf("storing the analysis of article %d: %w", a.Article, err)
		}
	}
	w.close()
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing %d analyses: %w", len(as), err)
	}
	return nil
}

// staleAnalysis selects the articles whose analysis is missing or of a
// version other than $1.
const staleAnalysis = `FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
	WHERE (n.article_id IS NULL OR n.version <> $1)`

// StaleAnalyses returns, in id order, up to limit articles with an id
// above after whose analysis is missing or not of version: the next
// batch for a reanalysis to do, resumable from the last id it did.
func (s *Store) StaleAnalyses(ctx context.Context, version string, after int64, limit int) ([]StoredArticle, error) {
	arts, err := s.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles WHERE id IN
		(SELECT a.id `+staleAnalysis+` AND a.id > $2 ORDER BY a.id LIMIT $3) ORDER BY id`, version, after, limit)
	if err != nil {
		return nil, fmt.Errorf("finding stale analyses: %w", err)
	}
	return arts, nil
}

// CountStaleAnalyses counts the articles whose analysis is missing or not
// of version.
func (s *Store) CountStaleAnalyses(ctx context.Context, version string) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) `+staleAnalysis, version).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting stale analyses: %w", err)
	}
	return n, nil
}

// StoryAnalyses returns the stored analyses of a story's articles by
// article id, of whatever version; an article analysed never is missing.
func (s *Store) StoryAnalyses(ctx context.Context, story int64) (map[int64]Analysis, error) {
	return s.storyAnalyses(ctx, story, `n.doc`)
}

// StoryAnalysisSums is StoryAnalyses without the analyses: their
// versions and sums (Doc nil), what an update compares with the
// analyses it holds before reading the others (Analysis).
func (s *Store) StoryAnalysisSums(ctx context.Context, story int64) (map[int64]Analysis, error) {
	return s.storyAnalyses(ctx, story, `NULL`)
}

func (s *Store) storyAnalyses(ctx context.Context, story int64, doc string) (map[int64]Analysis, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT n.article_id, n.version, `+doc+`, n.doc_sum FROM analyses n JOIN articles a ON a.id = n.article_id WHERE a.story_id = $1`, story)
	if err != nil {
		return nil, fmt.Errorf("reading the analyses of story %d: %w", story, err)
	}
	defer rows.Close()
	out := make(map[int64]Analysis)
	for rows.Next() {
		var a Analysis
		if err := rows.Scan(&a.Article, &a.Version, &a.Doc, &a.Sum); err != nil {
			return nil, fmt.Errorf("reading the analyses of story %d: %w", story, err)
		}
		out[a.Article] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the analyses of story %d: %w", story, err)
	}
	return out, nil
}

// Analysis returns the stored analysis of an article, ErrNotFound when
// it has none.
func (s *Store) Analysis(ctx context.Context, article int64) (Analysis, error) {
	a := Analysis{Article: article}
	err := s.db.QueryRowContext(ctx, `SELECT version, doc, doc_sum FROM analyses WHERE article_id = $1`, article).Scan(&a.Version, &a.Doc, &a.Sum)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	if err != nil {
		return a, fmt.Errorf("reading the analysis of article %d: %w", article, err)
	}
	return a, nil
}
