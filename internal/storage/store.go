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
	"sync"
	"time"

	_ "modernc.org/sqlite" // the embedded default backend, pure Go
)

// ErrNotFound is returned when a requested story or article is not stored.
var ErrNotFound = errors.New("not found")

// Store is crosscheck's persistent state.
type Store struct {
	db *sql.DB
	// reads is the pool of the hot reads (prepared.go): db itself on
	// PostgreSQL, a bounded pool of its own on SQLite (readPool).
	reads   *sql.DB
	dialect dialect
	// stmts are the hot reads, prepared once on reads (prepared.go):
	// query text to *sql.Stmt.
	stmts sync.Map
}

// dialect is what differs between the backends: full-text search, and
// the locks PostgreSQL needs because several processes share it.
type dialect struct {
	name string // also the migrations folder
	// matchArticles is a subquery selecting the ids of the articles that
	// match the full-text query in the parameter named by param.
	matchArticles func(param string) string
	// search selects (article id, story id, title, snippet) for the
	// full-text query $1, best first, at most $2 rows.
	search string
	// textQuery turns what a user typed into the full-text parameter.
	textQuery func(q string) string
	// placementLock, when set, is run first in every transaction that
	// stores an article, so placements made by concurrent processes are
	// serialised and article ids grow in commit order.
	placementLock string
	// savepoints: store each article of a batch within a savepoint, so a
	// failed one can be rolled back alone. PostgreSQL needs them, as a
	// failed statement aborts the whole transaction. SQLite undoes just
	// the failed statement, and a savepoint there would flush the
	// full-text index's pending terms to disk each time (a third of the
	// cost of storing an article), so a failed article's rows are
	// deleted instead.
	savepoints bool
	// indexText, when set, adds the articles with ids from $1 to $2 to the
	// full-text index. SQLite's FTS5 index is filled once per batch by
	// this statement rather than by a trigger per article: FTS5 writes its
	// pending terms to disk at every statement that opens a statement
	// journal, which an insert with a trigger does.
	indexText string
	// hours is an SQL expression for the timestamp expr in hours since
	// the Unix epoch.
	hours func(expr string) string
	// timestamp is the inverse of hours: an expression for a time that
	// compares with stored times as they do with each other.
	timestamp func(hours string) string
}

var sqlite = dialect{
	name: "sqlite",
	matchArticles: func(param string) string {
		return `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ` + param
	},
	// The snippet is cut from the start of the body (see snippet.go):
	// FTS5's snippet() weighs every match of the document, and its time
	// grows with the square of their number.
	search: `SELECT a.id, COALESCE(a.story_id, 0), a.title, substr(a.body, 1, ` + snippetWindowChars + `)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH $1 ORDER BY rank LIMIT $2`,
	textQuery: ftsQuery,
	indexText: `INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles WHERE id BETWEEN $1 AND $2`,
	// The driver stores times as text, "2006-01-02 15:04:05.999999999
	// -0700 MST", always in UTC here (nullTime, time.Now().UTC()); its
	// first 19 characters are what julianday reads. 2440587.5 is the
	// Julian day of the Unix epoch.
	hours: func(expr string) string {
		return `((julianday(substr(` + expr + `, 1, 19)) - 2440587.5) * 24.0)`
	},
	// Text "2006-01-02 15:04:05" sorts before every stored time of that
	// second and after those of the seconds before it.
	timestamp: func(hours string) string {
		return `strftime('%Y-%m-%d %H:%M:%S', (` + hours + `) / 24.0 + 2440587.5)`
	},
}

// Open opens the store named by dsn — a SQLite file path (created with its
// directory when missing) or a postgres:// URL — and brings its schema up
// to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	if IsPostgres(dsn) {
		return openPostgres(ctx, dsn)
	}
	if dir := filepath.Dir(dsn); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("opening store %s: %w", dsn, err)
		}
	}
	// WAL lets readers (the web server) work while an ingest writes; the
	// busy timeout makes a second writer wait instead of failing. No
	// memory map (mmap_size): it took the read system calls out of
	// reading a 6.6 MB stored briefing (half its CPU), but it was tried
	// while TestIncrementalIsRebuildECB was failing now and then on main,
	// and whether memory-mapped reads are safe here was not settled.
	// A new store gets 16 kB pages: a 6.6 MB stored briefing is 400 page
	// reads instead of 1,600, and its read took 6.8 ms of CPU instead of
	// 10.9 (BENCHMARKS.md, issue 15, session 3b). page_size takes effect
	// only before the file is first written and is a no-op on a store
	// that exists; the driver runs the _pragma list sorted by name, so
	// journal_mode, which writes the file, is set after the connection
	// opens (connectSQLite), not here.
	db, err := sql.Open("sqlite", sqliteDSN(dsn))
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	// database/sql keeps two idle connections by default: under a burst
	// of concurrent reads (a web server's) every other connection was
	// closed after one query and a new one opened for the next, and
	// SQLite's opening and closing (pragmas, page cache, its statements
	// prepared anew) took a third of a story page's CPU.
	db.SetMaxIdleConns(sqliteIdleConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := connectSQLite(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	s := &Store{db: db, dialect: sqlite}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	if s.reads, err = readPool(dsn); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", dsn, err)
	}
	return s, nil
}

// sqliteDSN is the driver's name of the SQLite file at path, with the
// pragmas every connection runs.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=page_size(16384)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-65536)&_txlock=immediate"
}

// sqliteIdleConns is how many idle SQLite connections a store keeps open.
const sqliteIdleConns = 16

// IsPostgres says whether dsn names a PostgreSQL store rather than a
// SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Close releases the database.
func (s *Store) Close() error {
	var err error
	if s.reads != nil && s.reads != s.db {
		err = s.reads.Close()
	}
	return errors.Join(err, s.db.Close())
}

func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return runTx(ctx, func(ctx context.Context) (*sql.Tx, error) { return s.db.BeginTx(ctx, nil) }, fn)
}

// runTx runs fn in a transaction begun by begin, committed when fn
// succeeds and rolled back when it fails.
func runTx(ctx context.Context, begin func(context.Context) (*sql.Tx, error), fn func(tx *sql.Tx) error) error {
	tx, err := begin(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// inPlacementTx is inTx holding the store's write lock, with p told
// when the lock is held (Begin) and how the transaction ended (End). On
// SQLite every transaction begins IMMEDIATE (the _txlock of the DSN), so
// it holds the database's single write lock from its first statement; on
// PostgreSQL the dialect's advisory lock does the same for placements.
func (s *Store) inPlacementTx(ctx context.Context, p BatchPlacer, fn func(tx *sql.Tx) error) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	if s.dialect.placementLock != "" {
		if _, err := tx.ExecContext(ctx, s.dialect.placementLock); err != nil {
			tx.Rollback()
			return fmt.Errorf("taking the placement lock: %w", err)
		}
	}
	if err := p.Begin(ctx); err != nil {
		tx.Rollback()
		p.End(false)
		return fmt.Errorf("catching up with the store: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		p.End(false)
		return err
	}
	err = tx.Commit()
	p.End(err == nil)
	return err
}

// writeLockWait bounds how long a writer waits for the others to let it
// have the store: far above any one batch, so only a stuck process makes
// a batch fail.
const writeLockWait = 5 * time.Minute

// beginWrite begins a write transaction. SQLite's busy handler gives up
// after the DSN's busy_timeout, and under a writer that commits batch
// after batch another process may lose every race for that long; so a
// busy BEGIN is tried again (nothing has happened yet) until
// writeLockWait.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	deadline := time.Now().Add(writeLockWait)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		tx, err := s.db.BeginTx(ctx, nil)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			if err != nil {
				return nil, fmt.Errorf("beginning a write: %w", err)
			}
			return tx, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}
