package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// StoredBriefing is a story's briefing as stored: the encoded
// brief.Briefing, its first page (what a story page shows first, encoded
// apart so that a page need not read the whole briefing; nil when not
// stored), the version of the rules that built it and the story's
// revision (Story.Revision) it was built from. The store does not read
// Briefing or Page.
type StoredBriefing struct {
	Story    int64
	Version  string
	Revision int64
	Briefing []byte
	Page     []byte
	// Head is what a story page shows around its stored rendered page,
	// encoded apart from Page (a few hundred bytes); nil when not stored.
	Head  []byte
	Built time.Time
	// Fragment is the page as a renderer rendered it, FragmentKey the
	// version of that renderer (PutBriefingFragment); both empty when
	// none is stored. PutBriefing stores them as given: none when empty.
	Fragment    []byte
	FragmentKey string
	// Alignment is what the briefing's alignment kept for the next build
	// of the story (align.Kept, encoded), read only by BriefingAlignment;
	// nil when none is stored.
	Alignment []byte
	// Gzip is Briefing compressed, a whole gzip member (what the API
	// sends a client that accepts gzip), read only by WithBriefingGzip;
	// nil when none is stored.
	Gzip []byte
}

// Briefing returns the stored briefing of a story, current or not.
func (s *Store) Briefing(ctx context.Context, story int64) (StoredBriefing, error) {
	return s.readBriefing(ctx, story, "briefing", "page")
}

// BriefingPage is Briefing without the whole briefing: the version,
// revision, first page, head and fragment only (Page nil when none is
// stored).
func (s *Store) BriefingPage(ctx context.Context, story int64) (StoredBriefing, error) {
	return s.readBriefing(ctx, story, "NULL", "page")
}

// BriefingHead is Briefing without the whole briefing or its first page:
// the version, revision, head and fragment only (Head nil when none is
// stored).
func (s *Store) BriefingHead(ctx context.Context, story int64) (StoredBriefing, error) {
	return s.readBriefing(ctx, story, "NULL", "NULL")
}

// BriefingAlignment returns the version, revision and Alignment of a
// story's stored briefing, nothing else (Alignment nil when none is
// stored).
func (s *Store) BriefingAlignment(ctx context.Context, story int64) (StoredBriefing, error) {
	b := StoredBriefing{Story: story}
	var list []byte
	err := s.queryRow(ctx, `SELECT version, revision, alignment, alignment_parts FROM briefings WHERE story_id = $1`, story).Scan(&b.Version, &b.Revision, &b.Alignment, &list)
	if errors.Is(err, sql.ErrNoRows) {
		return b, fmt.Errorf("briefing of story %d: %w", story, ErrNotFound)
	}
	if err == nil && list != nil {
		// Stored in parts (parts.go).
		b.Alignment, err = s.readParts(ctx, story, list)
	}
	if err != nil {
		return b, fmt.Errorf("reading what the alignment of story %d kept: %w", story, err)
	}
	return b, nil
}

// BriefingVersion returns the version and revision of a story's stored
// briefing, nothing else: whether it is current, without reading it.
func (s *Store) BriefingVersion(ctx context.Context, story int64) (StoredBriefing, error) {
	b := StoredBriefing{Story: story}
	err := s.queryRow(ctx, `SELECT version, revision FROM briefings WHERE story_id = $1`, story).Scan(&b.Version, &b.Revision)
	if errors.Is(err, sql.ErrNoRows) {
		return b, fmt.Errorf("briefing of story %d: %w", story, ErrNotFound)
	}
	if err != nil {
		return b, fmt.Errorf("reading the version of the briefing of story %d: %w", story, err)
	}
	return b, nil
}

// readBriefing reads a stored briefing row with whole as its briefing
// column and page as its page column: the column's name, or "NULL" to
// leave it unread. The head and rendered page are read from
// briefing_reads; with neither whole nor page, only from there, so that
// the briefing's large row is not touched.
func (s *Store) readBriefing(ctx context.Context, story int64, whole, page string) (StoredBriefing, error) {
	b := StoredBriefing{Story: story}
	var key sql.NullString
	if whole == "NULL" && page == "NULL" {
		row := s.queryRow(ctx, `SELECT version, revision, head, built_at, fragment, fragment_key FROM briefing_reads WHERE story_id = $1`, story)
		err := row.Scan(&b.Version, &b.Revision, &b.Head, &b.Built, &b.Fragment, &key)
		return b, s.readBriefingDone(&b, key, err)
	}
	if whole != "NULL" {
		whole = "b." + whole
	}
	if page != "NULL" {
		page = "b." + page
	}
	row := s.queryRow(ctx, `SELECT b.version, b.revision, `+whole+`, `+page+`, r.head, b.built_at, r.fragment, r.fragment_key FROM briefings b
		LEFT JOIN briefing_reads r ON r.story_id = b.story_id AND r.version = b.version AND r.revision = b.revision WHERE b.story_id = $1`, story)
	err := row.Scan(&b.Version, &b.Revision, &b.Briefing, &b.Page, &b.Head, &b.Built, &b.Fragment, &key)
	return b, s.readBriefingDone(&b, key, err)
}

func (s *Store) readBriefingDone(b *StoredBriefing, key sql.NullString, err error) error {
	b.FragmentKey = key.String
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("briefing of story %d: %w", b.Story, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("reading the briefing of story %d: %w", b.Story, err)
	}
	b.Built = b.Built.UTC()
	return nil
}

// WithBriefing calls fn with the stored briefing of a story (its version,
// revision, built time and whole briefing; no page, head or fragment).
// Briefing holds the bytes as the driver read them, not copied again:
// they are valid only while fn runs, and fn must not keep them. Read
// through Briefing, the 6.6 MB briefing of a 1,000-article story was
// copied twice (the driver's copy and database/sql's copy of it).
func (s *Store) WithBriefing(ctx context.Context, story int64, fn func(StoredBriefing) error) error {
	return s.withBriefing(ctx, story, "briefings", "briefing", func(b *StoredBriefing, raw []byte) { b.Briefing = raw }, fn)
}

// WithBriefingGzip is WithBriefing with the compressed briefing in Gzip
// instead of Briefing (nil when none is stored), as the driver read it.
func (s *Store) WithBriefingGzip(ctx context.Context, story int64, fn func(StoredBriefing) error) error {
	return s.withBriefing(ctx, story, "briefing_reads", "briefing_gzip", func(b *StoredBriefing, raw []byte) { b.Gzip = raw }, fn)
}

// withBriefing calls fn with a stored briefing's version, revision,
// built time and one blob column of table, set into the StoredBriefing
// by put as sql.RawBytes (nil for NULL).
func (s *Store) withBriefing(ctx context.Context, story int64, table, column string, put func(*StoredBriefing, []byte), fn func(StoredBriefing) error) error {
	// Not a hot read's pool (readPool): fn may write to a slow client
	// while the row is open.
	rows, err := s.db.QueryContext(ctx, `SELECT version, revision, `+column+`, built_at FROM `+table+` WHERE story_id = $1`, story)
	if err != nil {
		return fmt.Errorf("reading the briefing of story %d: %w", story, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reading the briefing of story %d: %w", story, err)
		}
		return fmt.Errorf("briefing of story %d: %w", story, ErrNotFound)
	}
	b := StoredBriefing{Story: story}
	var raw sql.RawBytes
	if err := rows.Scan(&b.Version, &b.Revision, &raw, &b.Built); err != nil {
		return fmt.Errorf("reading the briefing of story %d: %w", story, err)
	}
	if raw != nil {
		put(&b, raw)
	}
	b.Built = b.Built.UTC()
	return fn(b)
}

// PutBriefingFragment stores the rendered page of a stored briefing and
// the version of its renderer, provided the stored briefing is still of
// b's version and revision. It says whether it was stored.
func (s *Store) PutBriefingFragment(ctx context.Context, b StoredBriefing) (bool, error) {
	stored, err := s.updateCurrentBriefing(ctx, `UPDATE briefing_reads SET fragment = $1, fragment_key = $2 WHERE story_id = $3 AND version = $4 AND revision = $5`,
		b.Fragment, b.FragmentKey, b.Story, b.Version, b.Revision)
	if err != nil {
		return false, fmt.Errorf("storing the rendered briefing of story %d: %w", b.Story, err)
	}
	return stored, nil
}

// PutBriefingPage stores the first page and head of a stored briefing
// that has none, provided the stored briefing is still of b's version and
// revision. It says whether the page was stored.
func (s *Store) PutBriefingPage(ctx context.Context, b StoredBriefing) (bool, error) {
	stored, err := s.updateCurrentBriefing(ctx, `UPDATE briefings SET page = $1 WHERE story_id = $2 AND version = $3 AND revision = $4`,
		b.Page, b.Story, b.Version, b.Revision)
	if err == nil && stored {
		stored, err = s.updateCurrentBriefing(ctx, `UPDATE briefing_reads SET head = $1, fragment = NULL, fragment_key = NULL WHERE story_id = $2 AND version = $3 AND revision = $4`,
			b.Head, b.Story, b.Version, b.Revision)
	}
	if err != nil {
		return false, fmt.Errorf("storing the first page of the briefing of story %d: %w", b.Story, err)
	}
	return stored, nil
}

// PutBriefingGzip stores the compressed briefing of a stored briefing
// that has none, provided the stored briefing is still of b's version
// and revision. It says whether it was stored.
func (s *Store) PutBriefingGzip(ctx context.Context, b StoredBriefing) (bool, error) {
	stored, err := s.updateCurrentBriefing(ctx, `UPDATE briefing_reads SET briefing_gzip = $1 WHERE story_id = $2 AND version = $3 AND revision = $4`,
		b.Gzip, b.Story, b.Version, b.Revision)
	if err != nil {
		return false, fmt.Errorf("storing the compressed briefing of story %d: %w", b.Story, err)
	}
	return stored, nil
}

// PutBriefingHead stores the head of a stored briefing that has a page
// but no head, provided the stored briefing is still of b's version and
// revision. It says whether the head was stored.
func (s *Store) PutBriefingHead(ctx context.Context, b StoredBriefing) (bool, error) {
	stored, err := s.updateCurrentBriefing(ctx, `UPDATE briefing_reads SET head = $1 WHERE story_id = $2 AND version = $3 AND revision = $4`,
		b.Head, b.Story, b.Version, b.Revision)
	if err != nil {
		return false, fmt.Errorf("storing the head of the briefing of story %d: %w", b.Story, err)
	}
	return stored, nil
}

// updateCurrentBriefing runs an update of a stored briefing that names
// its version and revision, and says whether a row was still of them.
func (s *Store) updateCurrentBriefing(ctx context.Context, query string, args ...any) (bool, error) {
	var stored bool
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		stored = n > 0
		return err
	})
	return stored, err
}

// nullString is s, or NULL when s is empty.
func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// PutBriefing stores a story's briefing unless one built from a later
// revision of the story is stored already: two builders racing leave the
// newer. It says whether b was stored.
func (s *Store) PutBriefing(ctx context.Context, b StoredBriefing) (bool, error) {
	var stored bool
	// The alignment is stored in parts (parts.go), cut before the write
	// lock is taken.
	parts, list := partsOf(b.Alignment)
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		now := time.Now().UTC()
		res, err := tx.ExecContext(ctx, `INSERT INTO briefings (story_id, version, revision, briefing, page, alignment, alignment_parts, built_at) VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)
			ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, revision = excluded.revision, briefing = excluded.briefing, page = excluded.page, alignment = NULL, alignment_parts = excluded.alignment_parts, built_at = excluded.built_at
			WHERE briefings.revision <= excluded.revision`, b.Story, b.Version, b.Revision, b.Briefing, b.Page, list, now)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if stored = n > 0; err != nil || !stored {
			return err
		}
		if err := putParts(ctx, tx, b.Story, parts); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO briefing_reads (story_id, version, revision, built_at, fragment_key, head, fragment, briefing_gzip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, revision = excluded.revision, built_at = excluded.built_at, fragment_key = excluded.fragment_key, head = excluded.head, fragment = excluded.fragment, briefing_gzip = excluded.briefing_gzip`,
			b.Story, b.Version, b.Revision, now, nullString(b.FragmentKey), b.Head, b.Fragment, b.Gzip)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("storing the briefing of story %d: %w", b.Story, err)
	}
	return stored, nil
}

// StaleBriefings returns up to limit stories, not merged into another,
// whose stored briefing is missing, of another version than version or
// of an earlier revision of the story: the most recently updated first.
func (s *Store) StaleBriefings(ctx context.Context, version string, limit int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.id FROM stories s LEFT JOIN briefings b ON b.story_id = s.id
		WHERE s.merged_into IS NULL AND (b.story_id IS NULL OR b.version <> $1 OR b.revision <> s.revision)
		ORDER BY s.updated_at DESC, s.id DESC LIMIT $2`, version, limit)
	if err != nil {
		return nil, fmt.Errorf("finding stale briefings: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("finding stale briefings: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// inWriteTx is inTx for a short write that must wait its turn behind a
// batch rather than fail.
func (s *Store) inWriteTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return runTx(ctx, s.beginWrite, fn)
}
