package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
)

// sqliteReadConns bounds the SQLite connections of the hot reads (a
// story page's story, head, rendered page and related stories). They
// are short and spend CPU, not disk waits, so more connections than a
// few per CPU only queue for the CPUs; and under a burst database/sql
// opened a connection for every request that found none idle — each with
// its pragmas, an empty page cache and its statements prepared anew, a
// third of the CPU of a story page under load (BENCHMARKS.md, issue 15,
// session 3b) — which slowed the requests and so opened more. Bounded,
// a request waits for a connection instead.
func sqliteReadConns() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// readPool opens the SQLite pool of the hot reads (Store.reads): at most
// sqliteReadConns connections, all kept open once opened (WarmReads opens
// them ahead). It is apart from the store's other pool because that one
// must stay unbounded: a reader streaming a whole briefing to a slow
// client holds its connection while it writes (WithBriefing), and a write
// transaction may wait seconds for SQLite's lock; neither should make a
// story page wait.
func readPool(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, err
	}
	n := sqliteReadConns()
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	// No idle time limit: a reader's idle connection holds no snapshot
	// of the WAL (it holds one only inside a statement), and a pool that
	// emptied in a quiet spell would start the next burst cold.
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// readDB is the pool the hot reads run on.
func (s *Store) readDB() *sql.DB {
	if s.reads != nil {
		return s.reads
	}
	return s.db
}

// WarmReads opens every connection of the hot reads' pool now, so that a
// server's first burst of requests does not open them under load. A
// PostgreSQL store's pool is the driver's and is left as it is.
func (s *Store) WarmReads(ctx context.Context) error {
	if s.dialect.name != sqlite.name || s.reads == nil {
		return nil
	}
	n := sqliteReadConns()
	conns := make([]*sql.Conn, 0, n)
	var errs []error
	for range n {
		c, err := s.reads.Conn(ctx)
		if err != nil {
			errs = append(errs, err)
			break
		}
		conns = append(conns, c)
		// The connection is opened by its first use.
		if err := c.PingContext(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	for _, c := range conns {
		errs = append(errs, c.Close()) // back to the pool, idle
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("opening the store's read connections: %w", err)
	}
	return nil
}

// ReadPoolStats are the statistics of the hot reads' pool: connections
// open and closed, and requests that waited for one.
func (s *Store) ReadPoolStats() sql.DBStats { return s.readDB().Stats() }

// opened is how many connections a pool has opened: those open and those
// it closed.
func opened(s sql.DBStats) int64 {
	return int64(s.OpenConnections) + s.MaxIdleClosed + s.MaxIdleTimeClosed + s.MaxLifetimeClosed
}
