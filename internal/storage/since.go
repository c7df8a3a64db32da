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

// Merge is one story folded into another by the placement of an article.
type Merge struct {
	Story, Into int64
	By          int64 // the article whose placement made the merge
}

// MergesAfter returns the merges made by the placements of articles with
// ids above after, in the order they were made: with ArticlesAfter, what
// another process's placer decided since a process last looked.
func (s *Store) MergesAfter(ctx context.Context, after int64) ([]Merge, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, merged_into, merged_by FROM stories WHERE merged_by > $1 ORDER BY merged_by, id`, after)
	if err != nil {
		return nil, fmt.Errorf("reading merges: %w", err)
	}
	defer rows.Close()
	var out []Merge
	for rows.Next() {
		var m Merge
		if err := rows.Scan(&m.Story, &m.Into, &m.By); err != nil {
			return nil, fmt.Errorf("reading merges: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
