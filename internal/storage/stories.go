package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Story is a summary row of one story.
type Story struct {
	ID         int64     `json:"id"`
	Title      string    `json:"title"`
	Articles   int       `json:"articles"`
	Outlets    int       `json:"outlets"`
	Duplicates int       `json:"duplicates"`
	First      time.Time `json:"first,omitzero"` // earliest known publication
	Last       time.Time `json:"last,omitzero"`  // latest known publication
	Updated    time.Time `json:"updated"`
	// Recent and Thin are what Stories ranks by besides the counts and
	// dates; Story leaves them zero. Recent is the number of outlets with
	// an article in the day up to the story's newest; Thin marks a story
	// of one short page, no article worth a briefing (rank.go).
	Recent int  `json:"recent_outlets,omitempty"`
	Thin   bool `json:"thin,omitempty"`
	// Revision counts the placements that changed the story's articles;
	// Story sets it, Stories leaves it zero. A stored briefing is of one
	// revision.
	Revision int64 `json:"-"`
}

// StoryFilter selects stories. Zero fields select everything.
type StoryFilter struct {
	Query  string    // full-text query over the stories' articles
	Outlet string    // stories with an article from this outlet
	Since  time.Time // stories with an article published at or after
	Until  time.Time // stories with an article published before
	Order  StoryOrder
	Limit  int
	Offset int
}

// Stories lists stories ranked by f.Order, top stories when it is empty.
// Counts are made from the articles, so a story is never shown with stale
// numbers.
func (s *Store) Stories(ctx context.Context, f StoryFilter) ([]Story, error) {
	order, err := ParseStoryOrder(string(f.Order))
	if err != nil {
		return nil, err
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	where := []string{"s.merged_into IS NULL"}
	if f.Query != "" {
		where = append(where, `s.id IN (SELECT story_id FROM articles WHERE id IN (`+s.dialect.matchArticles(arg(s.dialect.textQuery(f.Query)))+`))`)
	}
	if f.Outlet != "" {
		where = append(where, `s.id IN (SELECT story_id FROM articles WHERE LOWER(outlet) = LOWER(`+arg(f.Outlet)+`))`)
	}
	if !f.Since.IsZero() {
		where = append(where, `s.id IN (SELECT story_id FROM articles WHERE published >= `+arg(f.Since.UTC())+`)`)
	}
	if !f.Until.IsZero() {
		where = append(where, `s.id IN (SELECT story_id FROM articles WHERE published < `+arg(f.Until.UTC())+`)`)
	}
	now := arg(float64(time.Now().Unix()) / 3600)
	query := s.dialect.rankQuery(strings.Join(where, " AND "), now, order)
	if f.Limit > 0 {
		query += ` LIMIT ` + arg(f.Limit) + ` OFFSET ` + arg(max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("listing stories: %w", err)
	}
	var stories []Story
	for rows.Next() {
		var st Story
		if err := rows.Scan(&st.ID, &st.Title, &st.Updated, &st.Articles, &st.Outlets, &st.Duplicates, &st.Recent, &st.Thin); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing stories: %w", err)
		}
		stories = append(stories, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing stories: %w", err)
	}
	for i := range stories {
		if err := s.storySpan(ctx, &stories[i]); err != nil {
			return nil, err
		}
	}
	return stories, nil
}

// Story returns one story's summary row; a story merged into another
// resolves to the one that absorbed it.
func (s *Store) Story(ctx context.Context, id int64) (Story, error) {
	for range 64 { // merges form short chains; a longer one is corrupt
		st := Story{ID: id}
		var merged sql.NullInt64
		err := s.queryRow(ctx, `SELECT title, updated_at, merged_into, revision FROM stories WHERE id = $1`, id).Scan(&st.Title, &st.Updated, &merged, &st.Revision)
		if errors.Is(err, sql.ErrNoRows) {
			return st, fmt.Errorf("story %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return st, fmt.Errorf("reading story %d: %w", id, err)
		}
		if merged.Valid {
			id = merged.Int64
			continue
		}
		err = s.queryRow(ctx, `SELECT COUNT(id), COUNT(DISTINCT outlet), COUNT(duplicate_of) FROM articles WHERE story_id = $1`, id).
			Scan(&st.Articles, &st.Outlets, &st.Duplicates)
		if err != nil {
			return st, fmt.Errorf("counting story %d: %w", id, err)
		}
		return st, s.storySpan(ctx, &st)
	}
	return Story{}, fmt.Errorf("story %d: merge chain too long", id)
}

// storySpan fills the earliest and latest known publication times.
func (s *Store) storySpan(ctx context.Context, st *Story) error {
	for _, q := range []struct {
		order string
		dst   *time.Time
	}{{"ASC", &st.First}, {"DESC", &st.Last}} {
		var t sql.NullTime
		err := s.queryRow(ctx, `SELECT published FROM articles WHERE story_id = $1 AND published IS NOT NULL ORDER BY published `+q.order+` LIMIT 1`, st.ID).Scan(&t)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("reading dates of story %d: %w", st.ID, err)
		}
		*q.dst = t.Time.UTC()
		if !t.Valid {
			*q.dst = time.Time{}
		}
	}
	return nil
}

// SearchHit is one article matching a full-text query.
type SearchHit struct {
	Article int64  `json:"article"`
	Story   int64  `json:"story"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"` // plain text; the matched terms between [ and ]
}

// Search finds articles matching query, best first.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, s.dialect.search, s.dialect.textQuery(query), limit)
	if err != nil {
		return nil, fmt.Errorf("searching %q: %w", query, err)
	}
	defer rows.Close()
	var hits []SearchHit
	words := queryWords(query)
	for rows.Next() {
		var h SearchHit
		var window string
		if err := rows.Scan(&h.Article, &h.Story, &h.Title, &window); err != nil {
			return nil, fmt.Errorf("searching %q: %w", query, err)
		}
		h.Snippet = snippet(window, words)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: every word becomes a quoted term, all of them required.
func ftsQuery(q string) string {
	words := queryWords(q)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	if len(words) == 0 {
		return `""`
	}
	return strings.Join(words, " ")
}

// MaxStoryID is the largest story id ever given, merged or not, so that
// a restarted process never reuses one.
func (s *Store) MaxStoryID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM stories`).Scan(&id); err != nil {
		return 0, fmt.Errorf("reading story ids: %w", err)
	}
	return id, nil
}

// queryWords splits what a user typed into the words of a full-text query,
// dropping operators and punctuation.
func queryWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return !(r == '-' || r == '\'' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127)
	})
}
