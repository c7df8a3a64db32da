// Package storage keeps pages, articles and stories. One concrete Store
// serves both backends: SQLite, the embedded default, and PostgreSQL for
// several workers. Queries are written once, with $N placeholders, which
// both drivers accept.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the embedded default backend, pure Go
)

// ErrNotFound is returned when a requested story or article is not stored.
var ErrNotFound = errors.New("not found")

// Store is crosscheck's persistent state.
type Store struct {
	db      *sql.DB
	dialect dialect
}

type dialect struct {
	name string // also the migrations folder
}

var sqlite = dialect{name: "sqlite"}

// Open opens the store named by dsn — a SQLite file path (created with its
// directory when missing) — and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, fmt.Errorf("opening store: PostgreSQL is not supported by this build")
	}
	if dir := filepath.Dir(dsn); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("opening store %s: %w", dsn, err)
		}
	}
	// WAL lets readers (the web server) work while an ingest writes; the
	// busy timeout makes a second writer wait instead of failing.
	db, err := sql.Open("sqlite", "file:"+dsn+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	s := &Store{db: db, dialect: sqlite}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	return s, nil
}

// Close releases the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
