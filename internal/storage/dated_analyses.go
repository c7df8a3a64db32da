package storage

import (
	"context"
	"fmt"
)

// DatedAnalysis is an analysis of an article made against a day other
// than the article's own publication date (an undated article of a dated
// story): the encoded nlp.Doc, the day it was made against (Ref), the
// version of the rules and a sum of the text and language it was made
// from (From). The store reads none of them.
type DatedAnalysis struct {
	Article int64
	Ref     string
	Version string
	From    []byte
	Doc     []byte
}

// PutDatedAnalyses stores dated analyses in one transaction. Each
// article's dated analyses are replaced by those given for it: a day no
// longer the article's goes. An analysis of an article no longer stored
// is an error and nothing is written.
func (s *Store) PutDatedAnalyses(ctx context.Context, as []DatedAnalysis) error {
	if len(as) == 0 {
		return nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("storing %d dated analyses: %w", len(as), err)
	}
	w := newWriter(tx, s.dialect, len(as) > 1)
	cleared := make(map[int64]bool)
	for _, a := range as {
		if !cleared[a.Article] {
			cleared[a.Article] = true
			if err := w.exec(ctx, `DELETE FROM dated_analyses WHERE article_id = $1`, a.Article); err != nil {
				w.close()
				tx.Rollback()
				return fmt.Errorf("storing the dated analyses of article %d: %w", a.Article, err)
			}
		}
		if err := w.exec(ctx, `INSERT INTO dated_analyses (article_id, ref, version, made_from, doc) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (article_id, ref) DO UPDATE SET version = excluded.version, made_from = excluded.made_from, doc = excluded.doc`,
			a.Article, a.Ref, a.Version, a.From, a.Doc); err != nil {
			w.close()
			tx.Rollback()
			return fmt.Errorf("storing a dated analysis of article %d: %w", a.Article, err)
		}
	}
	w.close()
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing %d dated analyses: %w", len(as), err)
	}
	return nil
}

// StoryDatedAnalyses returns the dated analyses of a story's articles by
// article id.
func (s *Store) StoryDatedAnalyses(ctx context.Context, story int64) (map[int64][]DatedAnalysis, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT n.article_id, n.ref, n.version, n.made_from, n.doc FROM dated_analyses n JOIN articles a ON a.id = n.article_id WHERE a.story_id = $1`, story)
	if err != nil {
		return nil, fmt.Errorf("reading the dated analyses of story %d: %w", story, err)
	}
	defer rows.Close()
	out := make(map[int64][]DatedAnalysis)
	for rows.Next() {
		var a DatedAnalysis
		if err := rows.Scan(&a.Article, &a.Ref, &a.Version, &a.From, &a.Doc); err != nil {
			return nil, fmt.Errorf("reading the dated analyses of story %d: %w", story, err)
		}
		out[a.Article] = append(out[a.Article], a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the dated analyses of story %d: %w", story, err)
	}
	return out, nil
}
