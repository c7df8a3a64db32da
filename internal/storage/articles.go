package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// PageHash identifies a page by its bytes; re-ingesting the same bytes
// finds the page already stored.
func PageHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Placement is where a new article goes: its story, and the earlier
// article it copies, if any.
type Placement struct {
	Story int64
	// NewStory asks for the story to be created with StoryTitle.
	NewStory   bool
	StoryTitle string
	// Merged are stories folded into Story by this article's evidence.
	Merged []int64
	// DuplicateOf is the earlier article this one copies; zero if none.
	DuplicateOf   int64
	DuplicateKind string // "exact", "near" or "syndicated"
	Similarity    float64
}

// PlaceFunc decides where an article goes once it has its id. It runs
// inside the transaction that stores the article, so a failure leaves
// nothing half stored.
type PlaceFunc func(ctx context.Context, a article.Article) (Placement, error)

// PageArticle returns the id of the article already stored for the page
// with this hash.
func (s *Store) PageArticle(ctx context.Context, pageHash string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.sha256 = $1`, pageHash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("looking up page %s: %w", pageHash, err)
	}
	return id, nil
}

// AddArticle stores a page and the article extracted from it, then places
// the article with place, all in one transaction. It sets a.ID.
func (s *Store) AddArticle(ctx context.Context, p source.Page, a *article.Article, bodyHash string, place PlaceFunc) (Placement, error) {
	added, err := s.AddArticles(ctx, []NewArticle{{Page: p, Article: a, BodyHash: bodyHash}}, func(ctx context.Context, _ int, a article.Article) (Placement, error) {
		return place(ctx, a)
	})
	if err != nil {
		return Placement{}, fmt.Errorf("adding %s: %w", p.Origin, err)
	}
	return added[0].Placement, added[0].Err
}

// StoredArticle is an article with where the store placed it.
type StoredArticle struct {
	article.Article
	Story         int64   `json:"story"`
	DuplicateOf   int64   `json:"duplicate_of,omitempty"`
	DuplicateKind string  `json:"duplicate_kind,omitempty"`
	Similarity    float64 `json:"similarity,omitempty"`
}

const articleColumns = `id, origin, url, title, description, authors, site, language, image,
	published, published_from, modified, fetched_at, date_lines, body, COALESCE(story_id, 0), COALESCE(duplicate_of, 0), duplicate_kind, similarity`

func scanArticle(row interface{ Scan(...any) error }) (StoredArticle, error) {
	var a StoredArticle
	var authors, dateLines string
	var published, modified, fetched sql.NullTime
	err := row.Scan(&a.ID, &a.Origin, &a.URL, &a.Title, &a.Description, &authors, &a.Site, &a.Language, &a.Image,
		&published, &a.PublishedFrom, &modified, &fetched, &dateLines, &a.Text, &a.Story, &a.DuplicateOf, &a.DuplicateKind, &a.Similarity)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return a, fmt.Errorf("article %d: authors: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(dateLines), &a.DateLines); err != nil {
		return a, fmt.Errorf("article %d: date lines: %w", a.ID, err)
	}
	if len(a.DateLines) == 0 {
		a.DateLines = nil
	}
	a.Published, a.Modified, a.FetchedAt = published.Time.UTC(), modified.Time.UTC(), fetched.Time.UTC()
	if !published.Valid {
		a.Published = time.Time{}
	}
	if !modified.Valid {
		a.Modified = time.Time{}
	}
	if !fetched.Valid {
		a.FetchedAt = time.Time{}
	}
	return a, nil
}

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id int64) (StoredArticle, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("reading article %d: %w", id, err)
	}
	return a, nil
}

// PageData returns the original bytes of the page an article came from.
func (s *Store) PageData(ctx context.Context, articleID int64) ([]byte, string, error) {
	var raw []byte
	var kind string
	err := s.db.QueryRowContext(ctx, `SELECT p.raw, p.kind FROM pages p JOIN articles a ON a.page_id = p.id WHERE a.id = $1`, articleID).Scan(&raw, &kind)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", fmt.Errorf("page of article %d: %w", articleID, ErrNotFound)
	}
	if err != nil {
		return nil, "", fmt.Errorf("reading page of article %d: %w", articleID, err)
	}
	return raw, kind, nil
}

// StoryArticles returns a story's articles, oldest first.
func (s *Store) StoryArticles(ctx context.Context, story int64) ([]StoredArticle, error) {
	return s.queryArticles(ctx, `SELECT `+articleColumns+` FROM articles WHERE story_id = $1 ORDER BY published IS NULL, published, id`, story)
}

// EachArticle calls fn for every stored article in id order, so that
// in-memory indexes can be rebuilt after a restart.
func (s *Store) EachArticle(ctx context.Context, fn func(StoredArticle) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY id`)
	if err != nil {
		return fmt.Errorf("reading articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("reading articles: %w", err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *Store) queryArticles(ctx context.Context, query string, args ...any) ([]StoredArticle, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("reading articles: %w", err)
	}
	defer rows.Close()
	var out []StoredArticle
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("reading articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func nullTime(t time.Time) sql.NullTime {
	return sql.NullTime{Time: t.UTC(), Valid: !t.IsZero()}
}

func nullID(id int64) sql.NullInt64 {
	return sql.NullInt64{Int64: id, Valid: id != 0}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
