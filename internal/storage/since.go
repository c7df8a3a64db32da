package storage

import (
	"context"
	"fmt"
)

// LastArticleID is the largest id of a committed article, zero for none.
// Workers sharing a PostgreSQL store use it as a high-water mark: under
// the placement lock ids are given in commit order, so every article at
// or below the mark is visible.
func (s *Store) LastArticleID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM articles`).Scan(&id); err != nil {
		return 0, fmt.Errorf("reading the last article id: %w", err)
	}
	return id, nil
}

// ArticlesAfter returns the articles with ids above after, in id order:
// what other processes stored since a worker last looked.
func (s *Store) ArticlesAfter(ctx context.Context, after int64) ([]StoredArticle, error) {
	return s.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles WHERE id > $1 ORDER BY id`, after)
}
