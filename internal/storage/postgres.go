package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx", so both backends share one code path
)

// Advisory lock keys, arbitrary but fixed: every crosscheck process on a
// database must agree on them.
const (
	migrationLockKey = 0x63726f7373_01 // "cross" 1
	placementLockKey = 0x63726f7373_02 // "cross" 2
)

var postgres = dialect{
	name: "postgres",
	matchArticles: func(param string) string {
		return `SELECT id FROM articles WHERE fts @@ plainto_tsquery('simple', ` + param + `)`
	},
	// As on SQLite, the snippet comes from a bounded start of the body.
	search: `SELECT a.id, COALESCE(a.story_id, 0), a.title, left(a.body, ` + snippetWindowChars + `)
		FROM articles a, plainto_tsquery('simple', $1) q
		WHERE a.fts @@ q ORDER BY ts_rank(a.fts, q) DESC, a.id LIMIT $2`,
	// plainto_tsquery requires every word and cannot fail on syntax; the
	// words are split as for SQLite so both backends read a query alike.
	textQuery: func(q string) string { return strings.Join(queryWords(q), " ") },
	// A transaction-scoped advisory lock is released by the commit, after
	// the placement is visible to every other worker.
	placementLock: fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", placementLockKey),
	savepoints:    true,
	hours:         func(expr string) string { return `(EXTRACT(EPOCH FROM ` + expr + `) / 3600.0)` },
	timestamp:     func(hours string) string { return `to_timestamp((` + hours + `) * 3600.0)` },
}

// openPostgres opens a PostgreSQL store. Query parameters of the URL
// other than libpq's own (search_path, for one) are set on every
// connection, so a store can live in a schema of its own.
func openPostgres(ctx context.Context, dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", redact(dsn), err)
	}
	s := &Store{db: db, reads: db, dialect: postgres}
	if err := s.migrateLocked(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", redact(dsn), err)
	}
	return s, nil
}

// migrateLocked migrates while holding a session advisory lock, so that
// workers starting together on an empty database do not race to create
// the same tables.
func (s *Store) migrateLocked(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLockKey); err != nil {
		return fmt.Errorf("taking the migration lock: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLockKey)
	return s.migrate(ctx)
}

// redact drops the password from a database URL before it is shown.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres database"
	}
	return u.Redacted()
}
