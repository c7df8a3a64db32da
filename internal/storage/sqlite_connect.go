package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	sqlitedriver "modernc.org/sqlite"
)

// sqliteBusy is SQLite's result code SQLITE_BUSY.
const sqliteBusy = 5

// connectSQLite opens the pool's first connection and puts the file in WAL
// mode (which the file keeps, for every connection), retrying while another
// process turns a new database file into WAL mode: SQLite answers that
// conversion's lock with SQLITE_BUSY at once, without calling the busy
// handler, so two workers starting on a new file would otherwise see one of
// them fail. Once the file is in WAL mode the busy timeout covers the rest.
func connectSQLite(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(10 * time.Second)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := db.PingContext(ctx)
		if err == nil {
			_, err = db.ExecContext(ctx, `PRAGMA journal_mode = WAL`)
		}
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("connecting: %w", err)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (or one of its
// extended codes): another connection holds the lock asked for.
func isBusy(err error) bool {
	var e *sqlitedriver.Error
	return errors.As(err, &e) && e.Code()&0xff == sqliteBusy
}
